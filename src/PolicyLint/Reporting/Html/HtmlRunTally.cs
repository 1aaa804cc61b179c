using PolicyLint.Analysis;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// What the HTML summary needs, counted as documents stream past: the run totals, findings by category and severity,
/// findings by rule, and one short row per document (never the document itself).
/// </summary>
internal sealed class HtmlRunTally
{
    private readonly Dictionary<(RuleCategory, Severity), int> _byCategory = [];
    private readonly SortedDictionary<string, (RuleDescriptor Rule, int Count)> _byRule = new(StringComparer.Ordinal);
    private readonly List<DocumentRow> _rows = [];

    public RunTotals Totals { get; } = new();

    /// <summary>One row of the summary's document table.</summary>
    public sealed record DocumentRow(int Index, string Path, DocumentKind? Kind, bool Unreadable, int Errors, int Warnings, int Infos, IReadOnlyDictionary<ClauseStatus, int> Clauses);

    public IReadOnlyList<DocumentRow> Documents => _rows;

    /// <summary>Rules that reported at least one finding, by id, with their counts.</summary>
    public IEnumerable<(RuleDescriptor Rule, int Count)> Rules => _byRule.Values;

    /// <summary>The categories in catalogue order, each with its counts of errors, warnings and infos.</summary>
    public IEnumerable<(RuleCategory Category, int Errors, int Warnings, int Infos)> Categories =>
        Enum.GetValues<RuleCategory>().Select(c => (c, Count(c, Severity.Error), Count(c, Severity.Warning), Count(c, Severity.Info)));

    public int Count(RuleCategory category, Severity severity) => _byCategory.GetValueOrDefault((category, severity));

    public void Add(int index, DocumentReport report)
    {
        Totals.Add(report);
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in report.Active)
        {
            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Info: infos++; break;
                default: continue;
            }

            var key = (f.Rule.Category, f.Severity);
            _byCategory[key] = _byCategory.GetValueOrDefault(key) + 1;
            _byRule[f.RuleId] = (f.Rule, _byRule.TryGetValue(f.RuleId, out var r) ? r.Count + 1 : 1);
        }

        var clauses = report.Clauses.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        _rows.Add(new DocumentRow(index, report.Path, report.Kind, report.Error is not null, errors, warnings, infos, clauses));
    }
}
