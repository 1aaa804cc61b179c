namespace PolicyLint.Rules.Text;

/// <summary>
/// A named set of phrase patterns a rule reads as one idea ("a prone position", "a permission"). Rules register their
/// groups with the driver, which compiles them into its single phrase matcher with every other rule's phrases, and
/// hands each sentence's matches back grouped (<see cref="Analysis.SentencePhrasesContext"/>).
/// </summary>
public sealed class PhraseGroup
{
    /// <summary>A group named <paramref name="name"/> of <paramref name="patterns"/> (the <see cref="Phrase"/> language).</summary>
    public PhraseGroup(string name, params string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(patterns);
        Name = name;
        Phrases = [.. patterns.Select(p => new Phrase(p, this))];
    }

    /// <summary>The group's name (for messages and debugging).</summary>
    public string Name { get; }

    /// <summary>The phrases, each carrying this group as its data.</summary>
    public IReadOnlyList<Phrase> Phrases { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
