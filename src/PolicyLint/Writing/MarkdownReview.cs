using System.Text;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Writing;

/// <summary>
/// The review of a document that cannot be marked in place (.md, .txt, and for now .pdf) as a Markdown report beside
/// it: the required-clause scorecard, then every finding in document order with the flagged words quoted in their
/// context, where they are, why they matter and what to write instead.
/// </summary>
internal static class MarkdownReview
{
    public static void Write(DocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var name = Path.GetFileName(report.Path);
        writer.WriteLine($"# PolicyLint review of {Escape(name)}");
        writer.WriteLine();
        var kind = report.Kind is { } k ? Names.Of(k) : "unknown";
        writer.WriteLine($"Document: `{report.Path.Replace('`', '\'')}` · kind: {kind} · setting: {Names.Of(report.Setting)} · {ReviewText.Counts(report.Findings)}");
        writer.WriteLine();
        writer.WriteLine("## " + Escape(ReviewText.ScorecardTitle(report)));
        writer.WriteLine();
        var lines = ReviewText.Scorecard(report).ToList();
        if (lines.Count > 0)
        {
            writer.WriteLine("| Status | Clause | Where | Evidence (or nearest text) | Missing |");
            writer.WriteLine("|---|---|---|---|---|");
            foreach (var line in lines)
            {
                var quote = line.Quote is null ? "not found" : (line.Nearest ? "nearest: " : string.Empty) + "“" + Cell(line.Quote) + "”";
                writer.WriteLine($"| {Names.Of(line.Status)} | {line.RuleId} {Cell(line.Title)} | {Cell(line.Where ?? "–")} | {quote} | {Cell(string.Join(", ", line.Missing))} |");
            }

            writer.WriteLine();
        }

        writer.WriteLine($"## Findings ({report.Findings.Count})");
        foreach (var finding in report.Findings)
        {
            writer.WriteLine();
            var where = finding.Span.Length == 0 ? "the whole document" : $"{LocationText.Format(report.Format, finding.Location)}, {ReviewText.Where(report, finding.Location)}";
            writer.WriteLine($"### {Escape(ReviewText.Heading(finding))}");
            writer.WriteLine();
            writer.WriteLine($"At {Escape(where)}.");
            if (finding.Span.Length > 0 && report.Document is { } document)
            {
                writer.WriteLine();
                writer.WriteLine("> " + InContext(document, finding));
            }

            writer.WriteLine();
            writer.WriteLine(Escape(finding.Message));
            writer.WriteLine();
            writer.WriteLine(Escape(ReviewText.Why(finding.Rule)));
            if (ReviewText.Instead(finding) is { } instead)
            {
                writer.WriteLine();
                writer.WriteLine(Escape(instead));
            }

            writer.WriteLine();
            writer.WriteLine($"Rule: [{finding.RuleId}]({finding.Rule.HelpPath}) (`policylint explain {finding.RuleId}`)");
        }
    }

    // The flagged words in bold with up to about sixty characters of their block on each side.
    private static string InContext(PolicyLint.Rules.Syntax.PolicyDocument document, Finding finding)
    {
        var block = document.BlockAt(finding.Span.Start)?.Span ?? finding.Span;
        int start = Math.Max(block.Start, finding.Span.Start - 60);
        int end = Math.Min(Math.Max(block.End, finding.Span.End), finding.Span.End + 60);
        var before = document.Text[start..finding.Span.Start];
        var words = document.Text[finding.Span.Start..finding.Span.End];
        var after = document.Text[finding.Span.End..end];
        var sb = new StringBuilder();
        sb.Append(start > block.Start ? "…" : string.Empty).Append(Escape(Flat(before)));
        sb.Append("**").Append(Escape(Flat(words))).Append("**");
        sb.Append(Escape(Flat(after))).Append(end < block.End ? "…" : string.Empty);
        return sb.ToString();
    }

    private static string Flat(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Cell(string text) => Escape(Flat(text)).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Document text is shown as text: Markdown's own characters in it are escaped.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
