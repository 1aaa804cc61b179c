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

    private readonly List<Row> _rows = [];

    private sealed record Row(string Path, string Kind, int Errors, int Warnings, int Infos, IReadOnlyDictionary<ClauseStatus, int>? Clauses);

    public int Count => _rows.Count;

    public void Add(Analysis.DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        int errors = report.Findings.Count(f => f.Severity == Severity.Error);
        int warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        int infos = report.Findings.Count(f => f.Severity == Severity.Info);
        var kind = report.Error is not null ? "unreadable" : report.Kind is { } k ? Names.Of(k) : "-";
        var clauses = report.Clauses.Count == 0 ? null : report.Clauses.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Count());
        _rows.Add(new Row(report.Path, kind, errors, warnings, infos, clauses));
    }

    public void Clear() => _rows.Clear();

    /// <summary>Writes the table: a heading, a header row, the document rows, a total row.</summary>
    public void Write(TextWriter writer, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(style);
        if (_rows.Count == 0)
        {
            return;
        }

        var shown = _rows.Count <= MaxRows ? _rows : [.. _rows.Where(r => r.Errors > 0).Take(MaxRows)];
        int pathWidth = Math.Min(MaxPathWidth, Math.Max("Document".Length, shown.Select(r => r.Path.Length).DefaultIfEmpty(0).Max()));
        int kindWidth = Math.Max("Kind".Length, shown.Select(r => r.Kind.Length).Append("specification".Length).Max());
        int errors = _rows.Sum(r => r.Errors), warnings = _rows.Sum(r => r.Warnings), infos = _rows.Sum(r => r.Infos);
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

        if (shown.Count < _rows.Count)
        {
            int withErrors = _rows.Count(r => r.Errors > 0);
            var listed = withErrors > shown.Count ? $"the first {N(shown.Count)} of the {N(withErrors)} documents with errors" : $"the {N(shown.Count)} documents with errors";
            writer.WriteLine(style.Dim($"  ({N(_rows.Count - shown.Count)} more documents not listed: {listed} are shown)"));
        }

        var totals = StatusOrder.ToDictionary(s => s, s => _rows.Sum(r => r.Clauses?.GetValueOrDefault(s) ?? 0));
        var anyClauses = _rows.Any(r => r.Clauses is not null);
        var total = $"Total ({N(_rows.Count)} {(_rows.Count == 1 ? "document" : "documents")})";
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
