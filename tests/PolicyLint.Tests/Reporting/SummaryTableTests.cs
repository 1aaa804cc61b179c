using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Reporting;

/// <summary>The summary table at the end of the text output: its rows agree with the JSON of the same run.</summary>
public sealed partial class SummaryTableTests
{
    [Fact]
    public void Each_row_gives_the_documents_kind_counts_and_clauses_as_the_json_does()
    {
        string[] files = [.. new[] { "weak-specification.md", "provider-letter.txt", "strong-specification.docx" }.Select(f => TestPaths.InRepo("corpus", f))];
        var (_, text, _) = CliRunner.Run(["check", .. files]);
        var (_, json, _) = CliRunner.Run(["check", .. files, "--format", "json"]);

        var lines = text.Split('\n');
        int summary = Array.IndexOf(lines, "Summary");
        Assert.True(summary > 0, "no Summary heading");
        Assert.Matches(@"^  Document +Kind +Errors +Warnings +Infos +Required clauses$", lines[summary + 1]);
        // The last scorecard comes before the table, and the one-line totals stay last.
        Assert.True(Array.FindLastIndex(lines, l => l.Contains(": required clauses (", StringComparison.Ordinal)) < summary);
        Assert.Matches(@"^3 documents checked \(", lines[^2]);

        int errors = 0, warnings = 0, infos = 0;
        var documents = JsonDocument.Parse(json).RootElement.GetProperty("documents").EnumerateArray().ToList();
        for (int i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var findings = doc.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("severity").GetString()).ToList();
            int e = findings.Count(s => s == "error"), w = findings.Count(s => s == "warning"), n = findings.Count(s => s == "info");
            errors += e;
            warnings += w;
            infos += n;
            var clauses = doc.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("status").GetString()!).ToList();
            var clauseText = clauses.Count == 0 ? "-" : string.Join(", ", new[] { "present", "partial", "uncertain", "missing" }
                .Where(s => clauses.Contains(s)).Select(s => $"{clauses.Count(c => c == s)} {s}"));
            var row = lines[summary + 2 + i];
            var expected = $"^  {Regex.Escape(doc.GetProperty("path").GetString()!)} +{doc.GetProperty("kind").GetString()} +{e} +{w} +{n}  {Regex.Escape(clauseText)}$";
            Assert.Matches(expected, row);
        }

        Assert.Matches(string.Create(CultureInfo.InvariantCulture, $"^  Total \\(3 documents\\) +{errors} +{warnings} +{infos}  "), lines[summary + 2 + documents.Count]);
        Assert.True(errors + warnings + infos > 0);
    }

    [Fact]
    public void A_long_run_lists_only_the_documents_with_errors_and_says_how_many_more()
    {
        var table = new SummaryTable();
        for (int i = 0; i < SummaryTable.MaxRows + 5; i++)
        {
            var severity = i % 10 == 0 ? Severity.Error : Severity.Warning;
            table.Add(Report($"docs/policy-{i:00}.md", severity));
        }

        using var writer = new StringWriter();
        table.Write(writer, TextStyle.Plain);
        var text = writer.ToString();

        Assert.Contains("docs/policy-00.md", text, StringComparison.Ordinal);
        Assert.Contains("docs/policy-40.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/policy-01.md", text, StringComparison.Ordinal);
        Assert.Contains("(40 more documents not listed: the 5 documents with errors are shown)", text, StringComparison.Ordinal);
        Assert.Matches(@"  Total \(45 documents\) +5 +40 +0  -", text);
    }

    [Fact]
    public void A_long_path_is_shortened_from_the_left()
    {
        var table = new SummaryTable();
        var path = "/very/long/folder/of/commissioning/documents/for/the/council/2026/drafts/weak-specification.md";
        table.Add(Report(path, Severity.Warning));
        using var writer = new StringWriter();
        table.Write(writer, TextStyle.Plain);

        var row = writer.ToString().Split('\n').First(l => l.Contains("weak-specification.md", StringComparison.Ordinal));
        Assert.StartsWith("  …", row, StringComparison.Ordinal);
        Assert.Contains(path[^(SummaryTable.MaxPathWidth - 1)..], row, StringComparison.Ordinal);
    }

    private static DocumentReport Report(string path, Severity severity) =>
        new(path, SourceFormat.Markdown, DocumentKind.Other, CareSetting.SocialCare, null,
            [new Finding
            {
                Rule = RuleCatalog.Find("PL3001")!,
                Severity = severity,
                Message = "m",
                Span = new TextSpan(0, 0),
                Text = string.Empty,
                Location = new SourceLocation(1, 1, null, null, null),
            }],
            [], null);
}
