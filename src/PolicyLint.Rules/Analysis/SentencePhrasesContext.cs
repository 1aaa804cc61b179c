using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// A sentence with the matches of a rule's phrase groups in it, from the driver's single matcher: for rules that judge
/// a sentence by which ideas it holds (a practice and a purpose, a subject and a rule cue).
/// </summary>
public sealed class SentencePhrasesContext : RuleContext
{
    private readonly IReadOnlyList<PhraseMatch> _matches;

    internal SentencePhrasesContext(AnalysisDocument analysis, RuleDescriptor rule, Action<Finding> report, Sentence sentence, IReadOnlyList<PhraseMatch> matches)
        : base(analysis, rule, report)
    {
        Sentence = sentence;
        _matches = matches;
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The matches of <paramref name="group"/> in the sentence, in order (longer first at one start).</summary>
    public List<PhraseMatch> Find(PhraseGroup group) =>
        [.. _matches.Where(m => ReferenceEquals(m.Phrase.Data, group)).OrderBy(m => m.FirstToken).ThenByDescending(m => m.LastToken)];

    /// <summary>True when any phrase of <paramref name="group"/> occurs in the sentence.</summary>
    public bool Any(PhraseGroup group) => _matches.Any(m => ReferenceEquals(m.Phrase.Data, group));
}
