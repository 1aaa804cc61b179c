using PolicyLint.Analysis;

namespace PolicyLint.Reporting;

/// <summary>
/// Writes a run in one format, one document at a time: <see cref="Begin"/> with the plan of the run (every path in
/// order), <see cref="Add"/> for each report as it arrives, <see cref="End"/> with the totals. A reporter keeps no
/// document after writing it, so output streams and memory stays flat however many documents a run has. Reporters
/// never re-read or re-parse documents.
/// </summary>
internal interface IReporter : IDisposable
{
    void Begin(RunPlan plan, TextWriter writer);

    void Add(int index, DocumentReport report, TextWriter writer);

    void End(RunTotals totals, TextWriter writer);
}

/// <summary>The documents of a run, in the order they will be reported, with the format each will be read as.</summary>
internal sealed record RunPlan(IReadOnlyList<(string Path, PolicyLint.Rules.Syntax.SourceFormat? Format)> Documents)
{
    /// <summary>Rules beyond the catalogue that may report in this run: the organisation terms of its configuration.</summary>
    public IReadOnlyList<PolicyLint.Rules.Diagnostics.RuleDescriptor> ExtraRules { get; init; } = [];
}

internal static class ReporterExtensions
{
    /// <summary>Writes a whole result at once (the same output as streaming it).</summary>
    public static void Write(this IReporter reporter, CheckResult result, TextWriter writer)
    {
        reporter.Begin(new RunPlan([.. result.Documents.Select(d => (d.Path, d.Format))]), writer);
        var totals = new RunTotals();
        for (int i = 0; i < result.Documents.Count; i++)
        {
            reporter.Add(i, result.Documents[i], writer);
            totals.Add(result.Documents[i]);
        }

        reporter.End(totals, writer);
    }
}
