using System.Text.RegularExpressions;
using PolicyLint.Reporting;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Reporting;

/// <summary><c>--format github</c>: workflow commands, their escaping, and where Word and PDF annotations point.</summary>
public sealed partial class GitHubReporterTests
{
    [Fact]
    public void Message_escapes_percent_CR_and_LF_and_nothing_else()
    {
        Assert.Equal("100%25 sure%0D%0Anext: a, b", GitHubReporter.EscapeData("100% sure\r\nnext: a, b"));
    }

    [Fact]
    public void Property_escapes_percent_CR_LF_colon_and_comma()
    {
        Assert.Equal("50%25%0D%0A%3A%2C x", GitHubReporter.EscapeProperty("50%\r\n:, x"));
        // '%' first: an escape already written is not escaped twice.
        Assert.Equal("%253A", GitHubReporter.EscapeProperty("%3A"));
    }

    [Fact]
    public void Every_special_character_in_the_message_and_the_properties_comes_back_after_the_runner_unescapes_it()
    {
        var rule = RuleCatalog.Find("PL2002")!;
        const string message = "50% of lines: a, b\r\nand c::d\n";
        const string file = "policies/a:b,c%d.md";
        var finding = new Finding
        {
            Rule = rule,
            Severity = Severity.Warning,
            Message = message,
            Span = new TextSpan(0, 13),
            Text = "service users",
            Location = new SourceLocation(12, 5, null, null, null),
        };

        var command = GitHubReporter.Command(SourceFormat.Markdown, file, finding);

        Assert.DoesNotContain('\n', command);
        Assert.DoesNotContain('\r', command);
        var parsed = Parse(command);
        Assert.Equal("warning", parsed.Name);
        Assert.Equal(file, parsed.Properties["file"]);
        Assert.Equal("12", parsed.Properties["line"]);
        Assert.Equal("5", parsed.Properties["col"]);
        Assert.Equal("17", parsed.Properties["endColumn"]); // the column of the last character of "service users"
        Assert.Equal("PL2002 " + rule.Title, parsed.Properties["title"]);
        Assert.Equal(message, parsed.Message);
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Info, "notice")]
    public void Severity_picks_the_command(Severity severity, string command)
    {
        var finding = new Finding { Rule = RuleCatalog.Find("PL2001")!, Severity = severity, Message = "m", Span = default, Text = "x", Location = new SourceLocation(1, 1, null, null, null) };
        Assert.StartsWith("::" + command + " file=", GitHubReporter.Command(SourceFormat.Text, "a.txt", finding), StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_annotations_point_at_Markdown_lines_and_name_Word_paragraphs_and_PDF_pages_in_the_message()
    {
        var corpus = TestPaths.InRepo("corpus");
        var (exit, output, _) = CliRunner.Run("check", corpus, "--format", "github");
        var (jsonExit, _, _) = CliRunner.Run("check", corpus, "--format", "json");

        Assert.Equal(jsonExit, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^PolicyLint: \d+ documents checked: \d+ errors?, \d+ warnings?, \d+ infos?$", lines[^1]);
        var commands = lines[..^1].Select(Parse).ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Contains(c.Name, new[] { "error", "warning", "notice" }));
        Assert.All(commands, c => Assert.Matches(@"^PL\d{4} ", c.Properties["title"]));

        var markdown = commands.Where(c => c.Properties["file"].EndsWith("weak-specification.md", StringComparison.Ordinal)).ToList();
        Assert.Contains(markdown, c => c.Properties["title"].StartsWith("PL2001 ", StringComparison.Ordinal));
        var source = File.ReadAllLines(Path.Combine(corpus, "weak-specification.md"));
        var language = markdown.Where(c => c.Properties.ContainsKey("endColumn") && c.Properties["title"].StartsWith("PL200", StringComparison.Ordinal) && !c.Properties["title"].StartsWith("PL2009", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(language);
        foreach (var c in language)
        {
            // line, col and endColumn (inclusive) cut out exactly the words the message quotes.
            int line = int.Parse(c.Properties["line"], System.Globalization.CultureInfo.InvariantCulture);
            int col = int.Parse(c.Properties["col"], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(c.Properties["endColumn"], System.Globalization.CultureInfo.InvariantCulture);
            var words = source[line - 1][(col - 1)..end];
            Assert.Contains("'" + words + "'", c.Message, StringComparison.Ordinal);
        }

        var docx = commands.Where(c => c.Properties["file"].EndsWith("weak-specification.docx", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(docx);
        Assert.All(docx, c => Assert.False(c.Properties.ContainsKey("line")));
        Assert.All(docx, c => Assert.Matches(@"^Paragraph \d+: ", c.Message));
        var pdf = commands.Where(c => c.Properties["file"].EndsWith("weak-specification.pdf", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdf);
        Assert.All(pdf, c => Assert.False(c.Properties.ContainsKey("line")));
        Assert.All(pdf, c => Assert.Matches(@"^Page \d+, line \d+: ", c.Message));
    }

    private sealed record WorkflowCommand(string Name, Dictionary<string, string> Properties, string Message);

    /// <summary>Reads a command the way the Actions runner does: split, then undo the escapes.</summary>
    private static WorkflowCommand Parse(string line)
    {
        var match = CommandPattern().Match(line);
        Assert.True(match.Success, "not a workflow command: " + line);
        var properties = match.Groups[2].Value.Split(',')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Unescape(p[1], property: true), StringComparer.Ordinal);
        return new WorkflowCommand(match.Groups[1].Value, properties, Unescape(match.Groups[3].Value, property: false));
    }

    private static string Unescape(string text, bool property)
    {
        var result = text.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal);
        if (property)
        {
            result = result.Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);
        }

        return result.Replace("%25", "%", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^::(\w+) ([^:]*)::(.*)$")]
    private static partial Regex CommandPattern();
}
