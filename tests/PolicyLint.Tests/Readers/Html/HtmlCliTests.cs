using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;
using static PolicyLint.Tests.Readers.Html.HtmlTestReader;

namespace PolicyLint.Tests.Readers.Html;

/// <summary>HTML through the real command line: locations in the HTML source, the same findings as the Markdown text.</summary>
public sealed class HtmlCliTests
{
    [Fact]
    public void A_language_finding_lands_on_its_line_and_column_in_the_html_source()
    {
        var path = Asset("council-restrictive-practice.html");
        var (exit, output, _) = CliRunner.Run("check", path, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("html", doc.GetProperty("format").GetString());
        Assert.Equal("policy", doc.GetProperty("kind").GetString());
        var finding = doc.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "PL2002");
        var location = finding.GetProperty("location");
        Assert.Equal("service user", finding.GetProperty("text").GetString());
        Assert.Equal(55, location.GetProperty("line").GetInt32());
        Assert.Equal(13, location.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, location.GetProperty("page").ValueKind);
        Assert.Equal(JsonValueKind.Null, location.GetProperty("paragraph").ValueKind);
        Assert.Equal("Reducing restrictive practice policy > 2 Our approach", location.GetProperty("section").GetString());
        Assert.StartsWith("service user", File.ReadAllLines(path)[54][12..], StringComparison.Ordinal);

        // Nothing is reported from the cookie banner, the search box or the script, which also say "service user" or
        // "challenging behaviour".
        Assert.DoesNotContain(doc.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PL2005");
        Assert.Single(doc.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "PL2002");
    }

    [Fact]
    public void Text_and_sarif_output_give_the_same_html_line_and_column()
    {
        var path = Asset("council-restrictive-practice.html");

        var (_, text, _) = CliRunner.Run("check", path);
        Assert.Contains("council-restrictive-practice.html:55:13: warning PL2002: 'service user'", text, StringComparison.Ordinal);

        var (_, sarif, _) = CliRunner.Run("check", path, "--format", "sarif");
        using var json = JsonDocument.Parse(sarif);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("text/html", run.GetProperty("artifacts")[0].GetProperty("mimeType").GetString());
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PL2002");
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(55, region.GetProperty("startLine").GetInt32());
        Assert.Equal(13, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void The_same_policy_as_markdown_and_as_a_web_page_gives_the_same_findings()
    {
        var markdown = Findings(Asset("larkfield-policy.md"));
        var html = Findings(Asset("larkfield-policy.html"));

        Assert.Equal(markdown.Kind, html.Kind);
        Assert.Equal(markdown.Findings, html.Findings);
        Assert.Equal(markdown.Clauses, html.Clauses);
        Assert.Contains(html.Findings, f => f.StartsWith("PL2002 ", StringComparison.Ordinal));
        Assert.Contains(html.Findings, f => f.StartsWith("PL2005 ", StringComparison.Ordinal));
        Assert.Contains(html.Findings, f => f.StartsWith("PL3001 ", StringComparison.Ordinal));
        Assert.True(html.Findings.Count >= 15, string.Join('\n', html.Findings));
    }

    [Fact]
    public void A_folder_is_searched_for_html_pages_too()
    {
        var (_, output, _) = CliRunner.Run("check", TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "html"), "--format", "json");

        using var json = JsonDocument.Parse(output);
        var formats = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => Path.GetFileName(d.GetProperty("path").GetString()!), d => d.GetProperty("format").GetString());
        Assert.Equal("html", formats["council-restrictive-practice.html"]);
        Assert.Equal("html", formats["larkfield-policy.html"]);
        Assert.Equal("md", formats["larkfield-policy.md"]);
    }

    [Fact]
    public void An_unsupported_file_names_html_among_the_formats_read()
    {
        var path = TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "broken", "notes.rtf");
        var (_, output, _) = CliRunner.Run("check", path);

        Assert.Contains("'.rtf' files are not supported; PolicyLint reads .md, .txt, .docx, .pdf, .html and .htm", output, StringComparison.Ordinal);
    }

    private static (string Kind, List<string> Findings, List<string> Clauses) Findings(string path)
    {
        var (_, output, _) = CliRunner.Run("check", path, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var findings = doc.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("message").GetString() + " | " + f.GetProperty("location").GetProperty("section").GetString())
            .ToList();
        var clauses = doc.GetProperty("clauses").EnumerateArray()
            .Select(c => c.GetProperty("ruleId").GetString() + " " + c.GetProperty("status").GetString())
            .ToList();
        return (doc.GetProperty("kind").GetString()!, findings, clauses);
    }
}
