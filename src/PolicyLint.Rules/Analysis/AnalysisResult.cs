using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Analysis;

/// <summary>What the rules said about one document.</summary>
public sealed record AnalysisResult(IReadOnlyList<Finding> Findings, IReadOnlyList<ClauseResult> Clauses);
