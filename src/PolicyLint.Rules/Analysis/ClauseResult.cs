using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Analysis;

/// <summary>A required-clause decision with its evidence: the sentence that satisfied it, or the nearest paragraph.</summary>
/// <param name="RuleId">The clause rule.</param>
/// <param name="Status">Present, partial or missing.</param>
/// <param name="Explanation">What was looked for and what was found or is missing.</param>
/// <param name="Evidence">The evidence span, if any.</param>
public sealed record ClauseResult(string RuleId, ClauseStatus Status, string Explanation, TextSpan? Evidence);
