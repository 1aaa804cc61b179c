using System.Text.RegularExpressions;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Reporting.Html;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Reporting;

/// <summary>The HTML report as text: encoding of every field, self-containment, streaming, and what it counts.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    /// <summary>Every element the report itself writes; anything else in the output came from a document.</summary>
    private static readonly HashSet<string> OwnElements =
    [
        "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "p", "nav", "ol", "li",
        "main", "div", "section", "strong", "table", "caption", "thead", "tbody", "tr", "th", "td", "span", "blockquote",
        "ul", "mark", "q", "form", "fieldset", "legend", "label", "input", "button", "details", "summary", "figure",
        "figcaption", "svg", "desc", "rect", "text", "footer", "script",
    ];

    [Fact]
    public void Markup_in_every_field_is_encoded_and_none_gets_through()
    {
        using var hostile = new HostileReport();
        var html = HtmlReportWriter.Render([hostile.Report], new HtmlReportOptions { HelpBaseUri = "file:///docs/" });

        // The payload is there, as text.
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("onerror=&quot;window.__pwned=2&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", html, StringComparison.Ordinal);
        Assert.Contains("plain &amp; simple", html, StringComparison.Ordinal);
        // In each field: path, message, heading path, quote in context, suggestion, error, evidence, explanation, elements.
        Assert.Contains("&lt;script&gt;window.__pwned=4&lt;script&gt; &amp; &quot;quoted&quot; &#39;name&#39;.txt", html, StringComparison.Ordinal);
        Assert.Contains("&lt;i&gt;<mark>violence and aggression</mark>&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=6&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<q>&lt;script&gt;window.__pwned=1", html, StringComparison.Ordinal);
        Assert.Contains("This file could not be read:</strong> could not read &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"message\">&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(", in &lt;script&gt;window.__pwned=1", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"explanation\">&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;script&gt;window.__pwned=1", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote class=\"evidence\"><p>Staff use &lt;i&gt;violence", html, StringComparison.Ordinal);

        // And no markup of its own: every tag is one the report writes, no event handler attributes, one script.
        var ownCode = html.Replace(HtmlReportAssets.Script, string.Empty, StringComparison.Ordinal)
                          .Replace(HtmlReportAssets.Stylesheet, string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        foreach (Match tag in Tag().Matches(ownCode))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            Assert.True(OwnElements.Contains(name), $"unexpected element <{name}> in the output: {tag.Value}");
            var attributes = tag.Groups["attrs"].Value;
            var rest = Attribute().Replace(attributes, string.Empty).Trim().TrimEnd('/');
            Assert.True(rest.Length == 0, $"malformed attributes in {tag.Value}");
            foreach (Match attribute in Attribute().Matches(attributes))
            {
                Assert.False(attribute.Groups["name"].Value.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute in {tag.Value}");
            }
        }
    }

    [Fact]
    public void The_page_stands_alone_and_forbids_the_network()
    {
        var html = HtmlReportWriter.Render(CheckCorpus("weak-specification.md", "provider-policy.docx"));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        // The only absolute URL is the SVG namespace, which is a name, not a fetch.
        var urls = Regex.Matches(html, "https?://[^\"'\\s<)]+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_document_section_is_written_when_its_report_arrives_and_the_summary_at_the_end()
    {
        var reports = CheckCorpus("weak-specification.md", "strong-specification.md");
        using var reporter = new HtmlReporter();
        using var writer = new StringWriter();
        reporter.Begin(new RunPlan([.. reports.Select(r => (r.Path, r.Format))]), writer);
        reporter.Add(0, reports[0], writer);

        var afterFirst = writer.ToString();
        Assert.Contains("<section class=\"document\" id=\"doc-1\"", afterFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"doc-2\"", afterFirst, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"summary\"", afterFirst, StringComparison.Ordinal);
        // The list of documents at the top comes from the plan, so it already links the second one.
        Assert.Contains("<a href=\"#doc-2\">", afterFirst, StringComparison.Ordinal);

        reporter.Add(1, reports[1], writer);
        var totals = new RunTotals();
        reports.ForEach(totals.Add);
        reporter.End(totals, writer);
        var html = writer.ToString();
        Assert.Equal(HtmlReportWriter.Render(reports), html);
        Assert.True(html.IndexOf("id=\"doc-2\"", StringComparison.Ordinal) < html.IndexOf("id=\"summary\"", StringComparison.Ordinal));
        Assert.Contains("<a class=\"skip-link\" href=\"#summary\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_what_the_run_found()
    {
        var reports = CheckCorpus("weak-specification.md", "provider-policy.md", "provider-letter.txt");
        var html = HtmlReportWriter.Render(reports);
        var findings = reports.SelectMany(r => r.Findings).ToList();

        Assert.Equal(findings.Count, Regex.Count(html, "<li class=\"finding\""));
        Assert.Contains($"<li id=\"summary-errors\"><span class=\"figure\">{findings.Count(f => f.Severity == Severity.Error)}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"summary-warnings\"><span class=\"figure\">{findings.Count(f => f.Severity == Severity.Warning)}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"summary-infos\"><span class=\"figure\">{findings.Count(f => f.Severity == Severity.Info)}</span>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"summary-documents\"><span class=\"figure\">3</span>", html, StringComparison.Ordinal);
        int withErrors = reports.Count(r => r.Findings.Any(f => f.Severity == Severity.Error));
        Assert.Contains($"<li id=\"summary-documents-with-errors\"><span class=\"figure\">{withErrors}</span>", html, StringComparison.Ordinal);
        Assert.Equal(reports.Sum(r => r.Clauses.Count), Regex.Count(html, "<tr class=\"clause\""));

        // The chart's text alternative states the language numbers.
        int languageWarnings = findings.Count(f => f.Rule.Category == RuleCategory.Language && f.Severity == Severity.Warning);
        Assert.Matches($"<desc id=\"chart-categories-desc\">[^<]*Language: \\d+ errors?, {languageWarnings} warnings?", html);
    }

    [Fact]
    public void A_finding_shows_its_sentence_with_the_flagged_words_marked_and_its_alternatives()
    {
        var report = CheckCorpus("weak-specification.md")[0];
        var finding = report.Findings.First(f => f.RuleId == "PL2001");
        var context = FindingContext.Of(report.Document, finding.Span)!;

        Assert.Equal(report.Document!.GetText(finding.Span), context.Marked);
        Assert.NotEmpty(context.Before + context.After);
        var sentence = context.Before + context.Marked + context.After;
        Assert.Contains(sentence.Trim(), report.Document.Text, StringComparison.Ordinal);

        var html = HtmlReportWriter.Render([report]);
        Assert.Contains($"<mark>{HtmlText.Encode(context.Marked)}</mark>", html, StringComparison.Ordinal);
        foreach (var alternative in finding.Suggestions)
        {
            Assert.Contains($"<q>{HtmlText.Encode(alternative)}</q>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_check_command_writes_an_html_file()
    {
        var target = Path.Combine(Path.GetTempPath(), "policylint-html-" + Guid.NewGuid().ToString("N")[..8] + ".html");
        try
        {
            var (exit, stdout, _) = CliRunner.Run("check", TestPaths.InRepo("corpus", "weak-specification.docx"), "--format", "html", "--output", target);

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stdout);
            var html = File.ReadAllText(target);
            Assert.Contains("weak-specification.docx</h2>", html, StringComparison.Ordinal);
            Assert.Contains("paragraph ", html, StringComparison.Ordinal);
            Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Theory]
    [InlineData("a < b & \"c\" 'd' > e", "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e")]
    [InlineData("plain text, ¶ and “quotes”", "plain text, ¶ and “quotes”")]
    [InlineData("bell\u0007 and nul\0", "bell\uFFFD and nul\uFFFD")]
    public void HtmlText_encodes_markup_and_replaces_what_HTML_does_not_allow(string input, string expected) =>
        Assert.Equal(expected, HtmlText.Encode(input));

    [Fact]
    public void HtmlText_keeps_surrogate_pairs_and_replaces_lone_surrogates()
    {
        // Built in code: an attribute argument cannot hold a lone surrogate.
        var input = "lone " + (char)0xD800 + " surrogate, pair " + char.ConvertFromUtf32(0x1F600);
        Assert.Equal("lone \uFFFD surrogate, pair " + char.ConvertFromUtf32(0x1F600), HtmlText.Encode(input));
    }

    private static List<DocumentReport> CheckCorpus(params string[] names)
    {
        var engine = new PolicyLintEngine(new CheckOptions { AsOf = AsOf });
        return [.. engine.Check([.. names.Select(n => TestPaths.InRepo("corpus", n))]).Documents];
    }

    [GeneratedRegex("<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+(?<name>[a-zA-Z_:][-a-zA-Z0-9_:.]*)(=\"[^\"<>]*\")?")]
    private static partial Regex Attribute();
}
