using System.Security.Cryptography;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Cli;

/// <summary><c>policylint review</c> on the command line: where reviews go, what it refuses, Markdown and PDF reviews.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylint-review-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Copy(string name)
    {
        var target = Path.Combine(_dir, name);
        File.Copy(TestPaths.InRepo("corpus", name), target);
        return target;
    }

    [Fact]
    public void An_output_path_equal_to_the_input_is_refused_with_exit_2_and_the_file_is_untouched()
    {
        var input = Copy("weak-specification.docx");
        var before = SHA256.HashData(File.ReadAllBytes(input));

        var (exit, output, error) = CliRunner.Run("review", input, "-o", input);
        Assert.Equal(2, exit);
        Assert.Contains("refusing to write the review to", error, StringComparison.Ordinal);
        Assert.Contains("is the input", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);

        // Another spelling of the same path, and a symbolic link to it, are the same file.
        var respelt = Path.Combine(_dir, ".", "weak-specification.docx");
        Assert.Equal(2, CliRunner.Run("review", input, "-o", respelt).Exit);
        var link = Path.Combine(_dir, "link.docx");
        File.CreateSymbolicLink(link, input);
        Assert.Equal(2, CliRunner.Run("review", input, "-o", link).Exit);

        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(input)));
        Assert.Equal(["link.docx", "weak-specification.docx"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Several_inputs_each_get_their_own_copy_and_output_is_refused_with_more_than_one()
    {
        var a = Copy("weak-specification.docx");
        var b = Copy("strong-specification.docx");

        var (refused, _, error) = CliRunner.Run("review", a, b, "-o", Path.Combine(_dir, "x.docx"));
        Assert.Equal(2, refused);
        Assert.Contains("--output names one file", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "x.docx")));

        var (exit, output, _) = CliRunner.Run("review", a, b);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(_dir, "weak-specification.reviewed.docx")));
        Assert.True(File.Exists(Path.Combine(_dir, "strong-specification.reviewed.docx")));
        Assert.Matches(@"weak-specification\.docx: \d+ findings: wrote .*weak-specification\.reviewed\.docx with \d+ comments", output);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void An_unreadable_docx_is_named_and_the_other_inputs_are_still_reviewed()
    {
        var good = Copy("strong-specification.docx");
        var bad = Path.Combine(_dir, "broken.docx");
        File.WriteAllText(bad, "this is not a zip package");

        var (exit, output, error) = CliRunner.Run("review", bad, good);
        Assert.Equal(2, exit);
        Assert.Contains("broken.docx", error, StringComparison.Ordinal);
        Assert.Contains("not a valid Word document", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "strong-specification.reviewed.docx")));
        Assert.Contains("strong-specification.docx", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "broken.reviewed.docx")));
    }

    [Fact]
    public void Markdown_and_text_get_a_Markdown_review_with_the_scorecard_and_every_finding()
    {
        var md = Copy("weak-specification.md");
        var txt = Copy("provider-letter.txt");
        var (exit, _, _) = CliRunner.Run("review", md, txt);
        Assert.Equal(0, exit);

        var report = File.ReadAllText(Path.Combine(_dir, "weak-specification.review.md"));
        var (_, json, _) = CliRunner.Run("check", md, "--format", "json");
        int findings = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("findings").GetArrayLength();
        Assert.StartsWith("# PolicyLint review of weak-specification.md", report, StringComparison.Ordinal);
        Assert.Contains("## Required clauses (specification): ", report, StringComparison.Ordinal);
        Assert.Contains("| Status | Clause | Where | Evidence (or nearest text) | Missing |", report, StringComparison.Ordinal);
        Assert.Matches(@"\| partial \| PL1001 .*\| line \d+", report);
        Assert.Equal(findings, report.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Matches(@"### Warning: PL2001 .*\n\nAt \d+:\d+, line \d+ \(in .*\)\.\n\n> .*\*\*violence and aggression\*\*", report);
        Assert.Contains("Instead: 'distress that harms' or 'behaviour of concern'.", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "provider-letter.review.md")));
    }

    [Fact]
    public void A_pdf_cannot_be_edited_in_place_so_its_review_is_the_html_report()
    {
        var pdf = Copy("weak-specification.pdf");
        var md = Copy("weak-specification.md");
        var (exit, output, error) = CliRunner.Run("review", pdf, md);
        Assert.Equal(0, exit);
        Assert.Contains("a PDF cannot be edited in place", error, StringComparison.Ordinal);

        Assert.True(File.Exists(Path.Combine(_dir, "weak-specification.review.md")));
        var html = File.ReadAllText(Path.Combine(_dir, "weak-specification.review.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("weak-specification.pdf", html, StringComparison.Ordinal);
        Assert.Matches(@"p\d+:l\d+|page \d+", html);
        Assert.Contains("PL1001", html, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Two_reviews_with_one_name_in_one_run_do_not_overwrite_each_other()
    {
        var md = Copy("weak-specification.md");
        var txt = Path.Combine(_dir, "weak-specification.txt");
        File.Copy(md, txt);

        var (exit, _, error) = CliRunner.Run("review", md, txt);

        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(_dir, "weak-specification.review.md")));
        Assert.True(File.Exists(Path.Combine(_dir, "weak-specification.txt.review.md")));
    }
}
