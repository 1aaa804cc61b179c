using System.Globalization;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting;

/// <summary>
/// The table at the end of the text output: one row per document (kind, errors, warnings, infos, required clauses)
/// and a total. A long run lists only the documents with errors, up to <see cref="MaxRows"/>, and says how many more
/// there are; each row is a few numbers, never the document.
/// </summary>
internal sealed class SummaryTable
{
    /// <summary>The most document rows the table prints.</summary>
    public const int MaxRows = 40;

    /// <summary>Paths longer than this are shortened from the left, where the folders are.</summary>
    public const int MaxPathWidth = 60;

    private static readonly ClauseStatus[] StatusOrder = [ClauseStatus.Present, ClauseStatus.Partial, ClauseStatus.Uncertain, ClauseStatus.Missing];

    // Only what the table can print is kept: the first MaxRows + 1 rows (all of them, in a short run) and the first
    // MaxRows rows with errors (what a long run lists), with running totals; a run of any length holds at most 81 rows.
    private readonly List<Row> _rows = [];
    private readonly List<Row> _withErrors = [];
    private readonly Dictionary<ClauseStatus, int> _clauseTotals = [];
    private int _count, _errors, _warnings, _infos, _documentsWithErrors;
    private bool _anyClauses;

    private sealed record Row(string Path, string Kind, int Errors, int Warnings, int Infos, IReadOnlyDictionary<ClauseStatus, int>? Clauses);

    public int Count => _count;

    public void Add(Analysis.DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int errors = report.Active.Count(f => f.Severity == Severity.Error);
        int warnings = report.Active.Count(f => f.Severity == Severity.Warning);
        int infos = report.Active.Count(f => f.Severity == Severity.Info);
        var kind = report.Error is not null ? "unreadable" : report.Kind is { } k ? Names.Of(k) : "-";
        var clauses = report.Clauses.Count == 0 ? null : report.Clauses.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        var row = new Row(report.Path, kind, errors, warnings, infos, clauses);
        _count++;
        (_errors, _warnings, _infos) = (_errors + errors, _warnings + warnings, _infos + infos);
        if (_rows.Count <= MaxRows)
        {
            _rows.Add(row);
        }

        if (errors > 0)
        {
            _documentsWithErrors++;
            if (_withErrors.Count < MaxRows)
            {
                _withErrors.Add(row);
            }
        }

        if (clauses is not null)
        {
            _anyClauses = true;
            foreach (var (status, n) in clauses)
            {
                _clauseTotals[status] = _clauseTotals.GetValueOrDefault(status) + n;
            }
        }
    }

    public void Clear()
    {
        _rows.Clear();
        _withErrors.Clear();
        _clauseTotals.Clear();
        (_count, _errors, _warnings, _infos, _documentsWithErrors, _anyClauses) = (0, 0, 0, 0, 0, false);
    }

    /// <summary>Writes the table: a heading, a header row, the document rows, a total row.</summary>
    public void Write(TextWriter writer, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(style);
        if (_count == 0)
        {
            return;
        }

        var shown = _count <= MaxRows ? _rows : _withErrors;
        int pathWidth = Math.Min(MaxPathWidth, Math.Max("Document".Length, shown.Select(r => r.Path.Length).DefaultIfEmpty(0).Max()));
        int kindWidth = Math.Max("Kind".Length, shown.Select(r => r.Kind.Length).Append("specification".Length).Max());
        int errors = _errors, warnings = _warnings, infos = _infos;
        int errorWidth = Math.Max("Errors".Length, N(errors).Length);
        int warningWidth = Math.Max("Warnings".Length, N(warnings).Length);
        int infoWidth = Math.Max("Infos".Length, N(infos).Length);

        writer.WriteLine();
        writer.WriteLine(style.Bold("Summary"));
        writer.WriteLine(style.Bold($"  {Pad("Document", pathWidth)}  {Pad("Kind", kindWidth)}  {"Errors".PadLeft(errorWidth)}  {"Warnings".PadLeft(warningWidth)}  {"Infos".PadLeft(infoWidth)}  Required clauses"));
        foreach (var r in shown)
        {
            writer.WriteLine($"  {Pad(Shorten(r.Path, pathWidth), pathWidth)}  {Pad(r.Kind, kindWidth)}  {Number(style, Severity.Error, r.Errors, errorWidth)}  {Number(style, Severity.Warning, r.Warnings, warningWidth)}  {Number(style, Severity.Info, r.Infos, infoWidth)}  {Clauses(style, r.Clauses)}");
        }

        if (shown.Count < _count)
        {
            int withErrors = _documentsWithErrors;
            var listed = withErrors > shown.Count ? $"the first {N(shown.Count)} of the {N(withErrors)} documents with errors" : $"the {N(shown.Count)} documents with errors";
            writer.WriteLine(style.Dim($"  ({N(_count - shown.Count)} more documents not listed: {listed} are shown)"));
        }

        var totals = StatusOrder.ToDictionary(s => s, s => _clauseTotals.GetValueOrDefault(s));
        var anyClauses = _anyClauses;
        var total = $"Total ({N(_count)} {(_count == 1 ? "document" : "documents")})";
        writer.WriteLine(style.Bold($"  {Pad(total, pathWidth + 2 + kindWidth)}  ") +
            $"{Number(style, Severity.Error, errors, errorWidth)}  {Number(style, Severity.Warning, warnings, warningWidth)}  {Number(style, Severity.Info, infos, infoWidth)}  {Clauses(style, anyClauses ? totals : null)}");
    }

    private static string Clauses(TextStyle style, IReadOnlyDictionary<ClauseStatus, int>? clauses)
    {
        if (clauses is null)
        {
            return "-";
        }

        var parts = StatusOrder.Where(s => clauses.GetValueOrDefault(s) > 0).Select(s => style.Status(s, $"{N(clauses[s])} {Names.Of(s)}"));
        return string.Join(", ", parts);
    }

    private static string Number(TextStyle style, Severity severity, int n, int width) => new string(' ', Math.Max(0, width - N(n).Length)) + style.Count(severity, N(n), n);

    private static string Pad(string text, int width) => text.Length >= width ? text : text.PadRight(width);

    private static string Shorten(string path, int width) => path.Length <= width ? path : "…" + path[^(width - 1)..];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
