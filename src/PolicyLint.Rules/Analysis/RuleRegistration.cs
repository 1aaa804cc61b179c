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

    /// <summary>Calls <paramref name="action"/> for every match of any of <paramref name="phrases"/>.</summary>
    public void RegisterPhrases(IEnumerable<Phrase> phrases, Action<PhraseContext> action) =>
        PhraseActions.Add(([.. phrases], action));

    /// <summary>
    /// Phrases whose matches are collected for the document-end callback (<see cref="DocumentEndContext.ConceptMatches"/>)
    /// instead of calling back at once: how required-clause rules see which concepts co-occur in which sentence.
    /// </summary>
    public void RegisterConcepts(IEnumerable<Phrase> phrases) => Concepts.AddRange(phrases);

    /// <summary>Calls <paramref name="action"/> for every sentence.</summary>
    public void RegisterSentenceAction(Action<SentenceContext> action) => SentenceActions.Add(action);

    /// <summary>Calls <paramref name="action"/> once when the whole document has been walked.</summary>
    public void RegisterDocumentEndAction(Action<DocumentEndContext> action) => DocumentEndActions.Add(action);
}
