using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis;

/// <summary>Everything the run found about one file; what reporters print.</summary>
internal sealed record DocumentReport(
    string Path,
    SourceFormat? Format,
    DocumentKind? Kind,
    CareSetting Setting,
    string? Error,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ClauseResult> Clauses,
    PolicyDocument? Document)
{
    /// <summary>
    /// The level at which this document's findings fail the run, when configuration or the command line sets one
    /// (null: the run's default).
    /// </summary>
    public Severity? FailOn { get; init; }

    /// <summary>The configuration the document was checked with, when a policylint.json applied to it.</summary>
    public Configuration.EffectiveSettings? Settings { get; init; }

    /// <summary>Findings that count: not suppressed.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);
}
