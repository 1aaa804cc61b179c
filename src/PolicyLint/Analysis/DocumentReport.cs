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
    PolicyDocument? Document);
