using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>The end of a document: for rules that decide on the whole document (required clauses).</summary>
public sealed class DocumentEndContext : RuleContext
{
    private readonly Action<ClauseResult> _clause;

    internal DocumentEndContext(AnalysisDocument analysis, RuleDescriptor rule, Action<Finding> report, Action<ClauseResult> clause, IReadOnlyList<(Sentence Sentence, PhraseMatch Match)> concepts, IReadOnlyList<Sentence> sentences)
        : base(analysis, rule, report)
    {
        Sentences = sentences;
        _clause = clause;
        ConceptMatches = concepts;
    }

    /// <summary>Every match of the rule's registered concept phrases, in document order.</summary>
    public IReadOnlyList<(Sentence Sentence, PhraseMatch Match)> ConceptMatches { get; }

    /// <summary>The sentences of the roles the rule reads (<see cref="RuleDescriptor.Reads"/>), in document order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Records the decision on a required clause, with its evidence (shown in JSON and the scorecard).</summary>
    public void ReportClause(ClauseResult result) => _clause(result);
}
