using System.Globalization;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// An inline SVG bar chart of findings by category, each bar split by severity. It is an image with a title and a
/// description that state every number, and the summary prints the same numbers as a table beside it.
/// </summary>
internal static class SeverityChart
{
    private const int LabelWidth = 170;
    private const int BarWidth = 420;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int LegendHeight = 34;

    /// <summary>Fill colours with at least 3:1 contrast against white, as WCAG asks of graphics.</summary>
    private static readonly (Severity Severity, string Fill)[] Segments =
    [
        (Severity.Error, "#a4001d"),
        (Severity.Warning, "#a35400"),
        (Severity.Info, "#0b4f9c"),
    ];

    public static void Write(TextWriter w, HtmlRunTally tally, string id)
    {
        var rows = tally.Categories.Where(c => c.Errors + c.Warnings + c.Infos > 0).ToList();
        int max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Errors + r.Warnings + r.Infos));
        int height = LegendHeight + (Math.Max(1, rows.Count) * RowHeight) + 10;
        int width = LabelWidth + BarWidth + 70;
        var description = rows.Count == 0
            ? "No findings."
            : string.Join("; ", rows.Select(r => $"{HtmlNames.Category(r.Category)}: {HtmlNames.Count(r.Errors, Severity.Error)}, {HtmlNames.Count(r.Warnings, Severity.Warning)}, {HtmlNames.Count(r.Infos, Severity.Info)}")) + ".";

        w.Write($"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        w.Write($"<title id=\"{id}-title\">Findings by category and severity</title>");
        w.Write($"<desc id=\"{id}-desc\">");
        HtmlText.Write(w, description);
        w.Write("</desc>");

        // Legend.
        int x = LabelWidth;
        foreach (var (severity, fill) in Segments)
        {
            w.Write($"<rect x=\"{N(x)}\" y=\"8\" width=\"14\" height=\"14\" fill=\"{fill}\"/>");
            w.Write($"<text x=\"{N(x + 20)}\" y=\"20\">{HtmlNames.Severities(severity)}</text>");
            x += 110;
        }

        int y = LegendHeight;
        foreach (var row in rows)
        {
            w.Write($"<text x=\"{N(LabelWidth - 8)}\" y=\"{N(y + 15)}\" text-anchor=\"end\">{HtmlText.Encode(HtmlNames.Category(row.Category))}</text>");
            int left = LabelWidth;
            foreach (var (severity, fill) in Segments)
            {
                int n = severity switch { Severity.Error => row.Errors, Severity.Warning => row.Warnings, _ => row.Infos };
                if (n == 0)
                {
                    continue;
                }

                int segment = Math.Max(2, (int)Math.Round((double)n * BarWidth / max));
                w.Write($"<rect x=\"{N(left)}\" y=\"{N(y)}\" width=\"{N(segment)}\" height=\"{N(BarHeight)}\" fill=\"{fill}\"><title>");
                HtmlText.Write(w, $"{HtmlNames.Category(row.Category)}: {HtmlNames.Count(n, severity)}");
                w.Write("</title></rect>");
                left += segment;
            }

            w.Write($"<text x=\"{N(left + 6)}\" y=\"{N(y + 15)}\">{N(row.Errors + row.Warnings + row.Infos)}</text>");
            y += RowHeight;
        }

        if (rows.Count == 0)
        {
            w.Write($"<text x=\"{N(LabelWidth)}\" y=\"{N(y + 15)}\">No findings</text>");
        }

        w.Write("</svg>");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
