using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>Where a rule registers what it wants to be called for.</summary>
public sealed class RuleRegistration
{
    internal RuleRegistration(PolicyRule rule)
    {
        Rule = rule;
    }

    internal PolicyRule Rule { get; }

    internal List<(IReadOnlyList<Phrase> Phrases, Action<PhraseContext> Action)> PhraseActions { get; } = [];

    internal List<Action<SentenceContext>> SentenceActions { get; } = [];

    internal List<Phrase> Concepts { get; } = [];

    internal List<Action<DocumentEndContext>> DocumentEndActions { get; } = [];

    internal List<(IReadOnlyList<Phrase> Phrases, Action<SentencePhrasesContext> Action)> SentencePhraseActions { get; } = [];

    /// <summary>Calls <paramref name="action"/> for every match of any of <paramref name="phrases"/>.</summary>
    public void RegisterPhrases(IEnumerable<Phrase> phrases, Action<PhraseContext> action) =>
        PhraseActions.Add(([.. phrases], action));

    /// <summary>
    /// Phrases whose matches are collected for the document-end callback (<see cref="DocumentEndContext.ConceptMatches"/>)
    /// instead of calling back at once: how required-clause rules see which concepts co-occur in which sentence.
    /// </summary>
    public void RegisterConcepts(IEnumerable<Phrase> phrases) => Concepts.AddRange(phrases);

    /// <summary>
    /// Calls <paramref name="action"/> once for every sentence holding a match of any of <paramref name="groups"/>, with
    /// the sentence's matches grouped: the groups are compiled into the driver's one matcher with every other rule's
    /// phrases, so a rule that reads several ideas in a sentence does not scan it again with matchers of its own.
    /// </summary>
    public void RegisterSentencePhrases(IEnumerable<PhraseGroup> groups, Action<SentencePhrasesContext> action)
    {
        ArgumentNullException.ThrowIfNull(groups);
        SentencePhraseActions.Add(([.. groups.SelectMany(g => g.Phrases)], action));
    }

    /// <summary>Calls <paramref name="action"/> for every sentence.</summary>
    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);

    /// <summary>Calls <paramref name="action"/> once when the whole document has been walked.</summary>
    public void RegisterDocumentEndAction(Action<DocumentEndContext> action) => DocumentEndActions.Add(action);
}
