using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Configuration;

/// <summary>
/// review, inspect and fix read policylint.json exactly as check does: a rule set to none is silent, an organisation's
/// term (PL8xxx) reports, the kind and setting given per glob are the ones used, and --no-config turns it all off.
/// </summary>
public sealed class EveryCommandHonoursConfigurationTests : IDisposable
{
    private const string Config = """
        {
          "root": true,
          "rules": { "PL2002": "none" },
          "terms": [ { "id": "PL8001", "phrase": "placement", "alternatives": ["home"], "reason": "we say home, not placement", "severity": "warning" } ],
          "overrides": [ { "files": "specs/**", "kind": "specification", "setting": "older-people" } ]
        }
        """;

    // Without configuration: PL2002 on 'service users', nothing on 'placement', a kind detected from the text.
    private const string Text = "# Notes on visits\n\nEach placement is visited by service users' families every month.\n";

    private readonly TempTree _tree = new();

    public EveryCommandHonoursConfigurationTests() => _tree.Write("policylint.json", Config);

    public void Dispose() => _tree.Dispose();

    private static List<string> RuleIds(string checkJson) =>
        [.. JsonDocument.Parse(checkJson).RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("ruleId").GetString()!)];

    [Fact]
    public void Review_of_markdown_leaves_out_the_silenced_rule_and_reports_the_organisation_term()
    {
        var doc = _tree.Write("specs/visits.md", Text);

        // What check says of this document, for comparison: the same rules.
        var (_, checkOut, _) = CliRunner.Run("check", doc, "--format", "json");
        Assert.DoesNotContain("PL2002", RuleIds(checkOut));
        Assert.Contains("PL8001", RuleIds(checkOut));

        var (exit, _, stderr) = CliRunner.Run("review", doc);
        Assert.True(exit == 0, stderr);
        var review = File.ReadAllText(_tree.PathOf("specs/visits.review.md"));
        Assert.DoesNotContain("PL2002", review, StringComparison.Ordinal);
        Assert.Contains("PL8001", review, StringComparison.Ordinal);
        Assert.Contains("we say home, not placement", review, StringComparison.Ordinal);
        Assert.Contains("kind: specification · setting: older-people", review, StringComparison.Ordinal);

        // --no-config: the built-in defaults, as check --no-config.
        (exit, _, stderr) = CliRunner.Run("review", doc, "--no-config", "-o", _tree.PathOf("plain.review.md"));
        Assert.True(exit == 0, stderr);
        var plain = File.ReadAllText(_tree.PathOf("plain.review.md"));
        Assert.Contains("PL2002", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("PL8001", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_of_a_word_document_comments_on_the_organisation_term_and_not_on_the_silenced_rule()
    {
        var docx = _tree.PathOf("specs/visits.docx");
        WriteDocx(docx, "Notes on visits", "Each placement is visited by service users' families every month.");
        var (exit, _, stderr) = CliRunner.Run("review", docx);
        Assert.True(exit == 0, stderr);
        var comments = CommentTexts(_tree.PathOf("specs/visits.reviewed.docx"));
        Assert.DoesNotContain(comments, c => c.Contains("PL2002", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.Contains("PL8001", StringComparison.Ordinal) && c.Contains("placement", StringComparison.Ordinal));

        // Without configuration the same copy has a PL2002 comment and no PL8001.
        (exit, _, stderr) = CliRunner.Run("review", docx, "--no-config", "-o", _tree.PathOf("plain.reviewed.docx"));
        Assert.True(exit == 0, stderr);
        var plain = CommentTexts(_tree.PathOf("plain.reviewed.docx"));
        Assert.Contains(plain, c => c.Contains("PL2002", StringComparison.Ordinal));
        Assert.DoesNotContain(plain, c => c.Contains("PL8001", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_leaves_out_findings_suppressed_in_a_suppressions_file()
    {
        var doc = _tree.Write("specs/visits.md", Text);
        var (_, checkOut, _) = CliRunner.Run("check", doc, "--format", "json");
        var term = JsonDocument.Parse(checkOut).RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "PL8001");
        _tree.Write("policylint.suppressions.json", $$"""
            { "suppressions": [ { "rule": "PL8001", "fingerprint": "{{term.GetProperty("fingerprint").GetString()}}", "justification": "the contract's own word" } ] }
            """);
        var (exit, _, stderr) = CliRunner.Run("review", doc);
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("PL8001", File.ReadAllText(_tree.PathOf("specs/visits.review.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_shows_the_configured_kind()
    {
        var doc = _tree.Write("specs/visits.md", Text);
        var other = _tree.Write("notes/visits.md", Text);
        var (exit, stdout, stderr) = CliRunner.Run("inspect", doc, other, "--format", "json");
        Assert.True(exit == 0, stderr);
        var kinds = JsonDocument.Parse(stdout).RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("path").GetString()!, d => d.GetProperty("kind").GetString());
        Assert.Equal("specification", kinds.Single(k => k.Key.Contains("specs/", StringComparison.Ordinal)).Value);
        // Outside the override, detected from the text (these notes are not a specification).
        Assert.NotEqual("specification", kinds.Single(k => k.Key.Contains("notes/", StringComparison.Ordinal)).Value);

        // The text dump says the same.
        (exit, stdout, _) = CliRunner.Run("inspect", doc);
        Assert.Equal(0, exit);
        Assert.Contains("(md, specification,", stdout, StringComparison.Ordinal);

        // --no-config: detected again.
        (_, stdout, _) = CliRunner.Run("inspect", doc, "--no-config");
        Assert.DoesNotContain("(md, specification,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_applies_the_organisation_term_and_not_the_silenced_rule()
    {
        var doc = _tree.Write("specs/visits.md", Text);
        var (exit, _, stderr) = CliRunner.Run("fix", doc);
        Assert.True(exit == 0, stderr);
        var fixedText = File.ReadAllText(doc);
        Assert.Contains("Each home is visited", fixedText, StringComparison.Ordinal);
        Assert.Contains("service users'", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_configuration_stops_review_inspect_and_fix_with_exit_2()
    {
        var doc = _tree.Write("specs/visits.md", Text);
        _tree.Write("policylint.json", "{ \"root\": true, \"rules\": { \"PL2002\": \"loud\" } }");
        foreach (var command in new[] { "review", "inspect", "fix" })
        {
            var (exit, _, stderr) = CliRunner.Run(command, doc);
            Assert.True(exit == 2, command + ": " + stderr);
            Assert.Contains("policylint.json:1:", stderr, StringComparison.Ordinal);
        }

        Assert.Equal(Text, File.ReadAllText(doc));
        Assert.False(File.Exists(_tree.PathOf("specs/visits.review.md")));
    }

    private static void WriteDocx(string path, string heading, string body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(heading))),
            new Paragraph(new Run(new Text(body) { Space = SpaceProcessingModeValues.Preserve }))));
        main.Document.Save();
    }

    private static List<string> CommentTexts(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, false);
        var comments = word.MainDocumentPart?.WordprocessingCommentsPart?.Comments;
        return comments is null ? [] : [.. comments.Elements<Comment>().Select(c => c.InnerText)];
    }
}
