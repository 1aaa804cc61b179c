using System.Text.RegularExpressions;
using PolicyLint.Cli;
using PolicyLint.Reporting;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Cli;

/// <summary>Colour and the progress bar: when they appear, and that they never change the words of the report.</summary>
public sealed partial class TerminalOutputTests
{
    private static string Corpus => TestPaths.InRepo("corpus");

    [Theory]
    [InlineData(true, null, null, null, true)]
    [InlineData(false, null, null, null, false)] // redirected to a file or a pipe
    [InlineData(true, "1", null, null, false)] // NO_COLOR, any value
    [InlineData(true, "", null, null, true)] // NO_COLOR set but empty does not count (no-color.org)
    [InlineData(true, null, "true", null, false)] // CI
    [InlineData(true, null, "1", null, false)]
    [InlineData(true, null, "false", null, true)]
    [InlineData(true, null, null, "dumb", false)]
    [InlineData(true, null, null, "xterm-256color", true)]
    public void Colour_only_on_a_terminal_outside_CI_without_NO_COLOR(bool terminal, string? noColor, string? ci, string? term, bool expected)
    {
        var env = Environment(("NO_COLOR", noColor), ("CI", ci), ("TERM", term));
        Assert.Equal(expected, ColourChoice.ShouldColour(terminal, env));
    }

    [Theory]
    [InlineData(6, true, null, true)]
    [InlineData(5, true, null, false)] // a few files finish before a bar is any use
    [InlineData(50, false, null, false)] // stderr redirected
    [InlineData(50, true, "true", false)] // CI
    public void Progress_bar_only_for_more_than_a_few_files_on_an_interactive_terminal(int files, bool stderrIsTerminal, string? ci, bool expected) =>
        Assert.Equal(expected, ColourChoice.ShouldShowProgress(files, stderrIsTerminal, Environment(("CI", ci))));

    [Fact]
    public void On_a_terminal_the_text_is_coloured_and_otherwise_the_same_as_redirected()
    {
        var (plainExit, plain, _) = CliRunner.Run("check", Corpus);
        var (colourExit, coloured, _) = CliRunner.Run(Terminal(), "check", Corpus);

        Assert.Equal(plainExit, colourExit);
        Assert.DoesNotContain("\u001b[", plain, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;31merror\u001b[0m PL", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[33mwarning\u001b[0m PL", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[32mpresent\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[31mmissing\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Equal(plain, Ansi().Replace(coloured, string.Empty));
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("CI", "true")]
    public void NO_COLOR_and_CI_turn_colour_off_on_a_terminal(string name, string value)
    {
        var (_, output, _) = CliRunner.Run(Terminal((name, value)), "check", TestPaths.InRepo("corpus", "weak-specification.md"));

        Assert.Contains("warning PL2001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_written_to_a_file_has_no_colour_even_from_a_terminal()
    {
        var target = Path.Combine(Path.GetTempPath(), "policylint-text-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        try
        {
            CliRunner.Run(Terminal(), "check", TestPaths.InRepo("corpus", "weak-specification.md"), "--output", target);
            var text = File.ReadAllText(target);
            Assert.Contains("warning PL2001", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void The_progress_bar_is_drawn_on_stderr_for_many_files_and_cleared_at_the_end()
    {
        var (_, stdout, stderr) = CliRunner.Run(Terminal(), "check", Corpus);

        Assert.Contains("[########################] 22/22 ", stderr, StringComparison.Ordinal);
        Assert.Contains("] 1/22 ", stderr, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("22/22", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_bar_for_a_few_files_in_CI_or_when_stderr_is_redirected()
    {
        var few = CliRunner.Run(Terminal(), "check", TestPaths.InRepo("corpus", "weak-specification.md"), TestPaths.InRepo("corpus", "provider-letter.txt"));
        var ci = CliRunner.Run(Terminal(("CI", "true")), "check", Corpus);
        var redirected = CliRunner.Run(new TerminalInfo(true, false, _ => null), "check", Corpus);

        Assert.Equal(string.Empty, few.Err);
        Assert.Equal(string.Empty, ci.Err);
        Assert.Equal(string.Empty, redirected.Err);
    }

    [Theory]
    [InlineData(0, 40, "[------------------------] 0/40 weak-specification.docx")]
    [InlineData(10, 40, "[######------------------] 10/40 weak-specification.docx")]
    [InlineData(40, 40, "[########################] 40/40 weak-specification.docx")]
    public void The_progress_bar_shows_the_share_done_and_the_last_file(int done, int total, string expected) =>
        Assert.Equal(expected, ProgressBar.Render(done, total, "corpus/weak-specification.docx", 120));

    [Fact]
    public void The_progress_bar_fits_a_narrow_terminal()
    {
        var line = ProgressBar.Render(3, 9, "corpus/a-very-long-name-for-a-specification-document.docx", 50);
        Assert.True(line.Length <= 49, line);
        Assert.StartsWith("[########----------------] 3/9 a-very", line, StringComparison.Ordinal);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    private static TerminalInfo Terminal(params (string Name, string? Value)[] env) => new(true, true, Environment(env), 100);

    private static Func<string, string?> Environment(params (string Name, string? Value)[] env) =>
        name => env.FirstOrDefault(e => e.Name == name).Value;

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Ansi();
}
