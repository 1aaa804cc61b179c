using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Configuration;

/// <summary>Every form of suppression, each with a reason, and the findings about suppressions themselves (PL9003–PL9005).</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void Markdown_markers_suppress_their_rule_where_they_reach_and_report_their_own_problems()
    {
        using var tree = new TempTree();
        var doc = tree.Write("a.md", """
            # Policy

            Staff support the service user at all times.

            <!-- policylint-disable-next-line PL2002 -- the title of the council's form -->
            The service user form is kept on file.

            <!-- policylint-disable PL2001 -- quoted from the 2015 contract we are replacing -->
            Violence and aggression was the old wording.

            Violence and aggression again.
            <!-- policylint-enable PL2001 -->

            Violence and aggression after the enable.

            <!-- policylint-disable PL2002 -->
            The service user without a reason.
            <!-- policylint-enable PL2002 -->

            <!-- policylint-disable-next-line PL2005 -- nothing to suppress here -->
            Good words only.

            <!-- policylint-disable-next-line PL2999 -- a typo -->
            Nothing else.
            """);
        var (exit, findings, root, _) = TempTree.CheckJson(doc, "--no-config");

        var pl2002 = TempTree.Of(findings, "PL2002");
        Assert.Equal([null, "inSource", null], pl2002.Select(TempTree.SuppressionKind));
        Assert.Equal("the title of the council's form", pl2002[1].GetProperty("suppression").GetProperty("justification").GetString());
        var pl2001 = TempTree.Of(findings, "PL2001");
        Assert.Equal(["inSource", "inSource", null], pl2001.Select(TempTree.SuppressionKind));
        Assert.Equal(14, pl2001[2].GetProperty("location").GetProperty("line").GetInt32());

        Assert.Equal(16, Assert.Single(TempTree.Of(findings, "PL9003")).GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(20, Assert.Single(TempTree.Of(findings, "PL9005")).GetProperty("location").GetProperty("line").GetInt32());
        var unknown = Assert.Single(TempTree.Of(findings, "PL9004"));
        Assert.Contains("PL2999", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, root.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.Equal(0, exit); // warnings and infos only
    }

    [Fact]
    public void Plain_text_markers_on_a_line_of_their_own_work_the_same_way()
    {
        using var tree = new TempTree();
        var doc = tree.Write("letter.txt", """
            Dear colleague,

            policylint-disable-next-line PL2002 -- the name of the national survey
            The service user survey closes in May.

            We will ask every service user what they think.
            """);
        var (_, findings, _, _) = TempTree.CheckJson(doc, "--no-config");
        var pl2002 = TempTree.Of(findings, "PL2002");
        Assert.Equal(["inSource", null], pl2002.Select(TempTree.SuppressionKind));
        Assert.Equal(4, pl2002[0].GetProperty("location").GetProperty("line").GetInt32());
        // The marker is not prose: no rule reads its words.
        Assert.DoesNotContain(findings, f => f.GetProperty("location").GetProperty("line").GetInt32() == 3 && !f.GetProperty("ruleId").GetString()!.StartsWith("PL9", StringComparison.Ordinal));
    }

    [Fact]
    public void Suppressed_findings_are_left_out_of_text_counted_in_the_summary_kept_in_SARIF_and_never_fail_the_run()
    {
        using var tree = new TempTree();
        var doc = tree.Write("a.md", "# Policy\n\n<!-- policylint-disable-next-line PL2002 -- the survey's name -->\nThe service user survey closes in May.\n");
        var (exit, stdout, _) = CliRunner.Run("check", "--no-config", "--fail-on", "warning", doc);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("PL2002", stdout, StringComparison.Ordinal);
        Assert.Contains("0 warnings, 0 infos, 1 suppressed", stdout, StringComparison.Ordinal);

        var (_, sarif, _) = CliRunner.Run("check", "--no-config", "--format", "sarif", doc);
        var result = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PL2002");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("the survey's name", suppression.GetProperty("justification").GetString());

        File.WriteAllText(doc, "# Policy\n\nThe service user survey closes in May.\n");
        (exit, _, _) = CliRunner.Run("check", "--no-config", "--fail-on", "warning", doc);
        Assert.Equal(1, exit);
    }

    [Fact]
    public void A_Word_comment_suppresses_the_findings_in_the_range_it_covers()
    {
        using var tree = new TempTree();
        var doc = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), "spec.docx");
        var before = TempTree.Of(TempTree.CheckJson(doc, "--no-config").Findings, "PL2001");
        Assert.True(before.Count >= 2);

        WordComments.Add(doc, "Incidents of violence and aggression", "policylint-disable PL2001 -- the outcome is quoted from the council's 2019 framework");
        WordComments.Add(doc, "Service users feel safe", "policylint-disable PL2002");
        var (_, findings, _, _) = TempTree.CheckJson(doc, "--no-config");
        var after = TempTree.Of(findings, "PL2001");
        Assert.Equal(before.Count, after.Count);
        var suppressed = Assert.Single(after, f => TempTree.SuppressionKind(f) == "inSource");
        Assert.Equal("violence and aggression", suppressed.GetProperty("text").GetString());
        Assert.Equal("the outcome is quoted from the council's 2019 framework", suppressed.GetProperty("suppression").GetProperty("justification").GetString());

        // The comment with no reason is PL9003 at the words it covers, and suppresses nothing.
        var noReason = Assert.Single(TempTree.Of(findings, "PL9003"));
        Assert.Equal(22, noReason.GetProperty("location").GetProperty("paragraph").GetInt32());
        Assert.All(TempTree.Of(findings, "PL2002"), f => Assert.Null(TempTree.SuppressionKind(f)));
    }

    [Fact]
    public void A_reply_to_PolicyLints_own_comment_in_a_reviewed_copy_suppresses_that_finding()
    {
        using var tree = new TempTree();
        var original = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), "spec.docx");
        var reviewed = tree.PathOf("spec.reviewed.docx");
        var (exit, _, stderr) = CliRunner.Run("review", "--no-track-changes", original, "-o", reviewed);
        Assert.True(exit is 0 or 1, stderr);
        var before = TempTree.Of(TempTree.CheckJson(reviewed, "--no-config").Findings, "PL2001");
        Assert.All(before, f => Assert.Null(TempTree.SuppressionKind(f)));

        // The commissioner answers PolicyLint's comment in Word; the reply names no rule: it is the comment's.
        WordComments.Reply(reviewed, "PolicyLint", "PL2001", "policylint-disable -- agreed at the 12 November tender panel: this outcome quotes the framework");
        var (_, findings, _, _) = TempTree.CheckJson(reviewed, "--no-config");
        var after = TempTree.Of(findings, "PL2001");
        Assert.Equal(before.Count, after.Count);
        var suppressed = Assert.Single(after, f => TempTree.SuppressionKind(f) == "inSource");
        Assert.Equal("agreed at the 12 November tender panel: this outcome quotes the framework", suppressed.GetProperty("suppression").GetProperty("justification").GetString());
        Assert.Empty(TempTree.Of(findings, "PL9005"));
    }

    [Fact]
    public void A_suppressions_file_keyed_by_fingerprint_works_for_a_PDF()
    {
        using var tree = new TempTree();
        var pdf = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.pdf"), "policies/spec.pdf");
        tree.Write("policylint.json", """{ "root": true }""");
        var (_, findings, _, _) = TempTree.CheckJson(pdf);
        var target = TempTree.Of(findings, "PL2001")[0];
        var fingerprint = target.GetProperty("fingerprint").GetString();
        tree.Write("policylint.suppressions.json", $$"""
            {
              "suppressions": [
                { "rule": "PL2001", "fingerprint": "{{fingerprint}}", "path": "policies/spec.pdf", "justification": "quoted from the framework" },
                { "rule": "PL2002", "fingerprint": "00000000000000000000000000000000", "justification": "a sentence since rewritten" },
                { "rule": "PL2002", "fingerprint": "11111111111111111111111111111111" },
                { "rule": "PL2099", "fingerprint": "22222222222222222222222222222222", "justification": "typo" }
              ]
            }
            """);
        var (_, after, _, stderr) = TempTree.CheckJson(pdf);
        var suppressed = Assert.Single(after, f => TempTree.SuppressionKind(f) is not null);
        Assert.Equal("external", TempTree.SuppressionKind(suppressed));
        Assert.Equal(fingerprint, suppressed.GetProperty("fingerprint").GetString());
        Assert.Equal(findings.Count, after.Count);
        Assert.Contains("policylint.suppressions.json:5:5: warning PL9003:", stderr, StringComparison.Ordinal);
        Assert.Contains("policylint.suppressions.json:6:5: warning PL9004: 'PL2099'", stderr, StringComparison.Ordinal);
        Assert.True(stderr.Contains("policylint.suppressions.json:4:5: info PL9005:", StringComparison.Ordinal), stderr);
    }
}
