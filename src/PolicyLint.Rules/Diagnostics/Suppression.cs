namespace PolicyLint.Rules.Diagnostics;

/// <summary>
/// Why a finding is not counted: where the suppression came from and the reason a person gave. A suppressed finding
/// stays in the report (JSON, SARIF) so a reviewer can judge the reason; it never fails a run.
/// </summary>
/// <param name="Kind">In the source, a suppressions file, or the baseline.</param>
/// <param name="Justification">The reason given (never empty for in-source and file suppressions).</param>
public sealed record Suppression(SuppressionKind Kind, string Justification);
