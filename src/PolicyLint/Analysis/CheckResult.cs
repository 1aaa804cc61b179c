using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Analysis;

/// <summary>A whole run: one report per file, in path order.</summary>
internal sealed record CheckResult(IReadOnlyList<DocumentReport> Documents)
{
    public IEnumerable<Finding> AllFindings => Documents.SelectMany(d => d.Active);

    public int Count(Severity severity) => AllFindings.Count(f => f.Severity == severity);

    public bool AnyUnreadable => Documents.Any(d => d.Error is not null);

    /// <summary>True when any finding is at or above <paramref name="level"/>.</summary>
    public bool AnyAtOrAbove(Severity level) => AllFindings.Any(f => f.Severity >= level && f.Severity != Severity.None);
}
