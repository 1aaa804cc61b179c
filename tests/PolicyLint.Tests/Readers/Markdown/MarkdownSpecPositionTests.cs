using System.Text;
using System.Text.Json;
using PolicyLint.Readers.Markdown;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Readers.Markdown;

/// <summary>
/// The CommonMark spec as a position oracle: each of its 655 examples is read as a document of its own, and every
/// visible character must map to itself in corpus/cmark__spec.md (example line + start_line - 1).
/// </summary>
public sealed class MarkdownSpecPositionTests
{
    private readonly ITestOutputHelper _output;

    public MarkdownSpecPositionTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void EverySpecExampleCharacterMapsToItselfInSpecMd()
    {
        var specPath = Path.Combine(TestPaths.Corpora, "corpus", "cmark__spec.md");
        var specLines = SourcePositionCheck.SplitLines(File.ReadAllText(specPath));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Corpora, "oracle", "cmark__spec.md.examples.json")));
        var reader = new MarkdownDocumentReader();
        long checkedChars = 0, failed = 0;
        int examples = 0, examplesWithText = 0;
        var failures = new List<string>();
        foreach (var example in json.RootElement.EnumerateArray())
        {
            int number = example.GetProperty("example").GetInt32();
            int startLine = example.GetProperty("start_line").GetInt32();
            var markdown = example.GetProperty("markdown").GetString()!;

            // The example's Markdown starts at start_line (1-based) and runs to the "." line; '→' there stands for a tab.
            var exampleLines = new List<string>();
            for (int i = startLine - 1; specLines[i] != "."; i++)
            {
                exampleLines.Add(specLines[i].Replace('→', '\t'));
            }

            var fromSpec = exampleLines.Count == 0 ? string.Empty : string.Join('\n', exampleLines) + "\n";
            Assert.True(fromSpec == markdown, $"example {number}: spec.md lines from line {startLine} differ from the oracle's markdown");

            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(markdown));
            var document = reader.Read($"example-{number}.md", stream, CancellationToken.None);
            var result = SourcePositionCheck.Check(document, markdown, maxExamples: 3);
            examples++;
            examplesWithText += result.Checked > 0 ? 1 : 0;
            checkedChars += result.Checked;
            failed += result.Failed;
            foreach (var failure in result.Examples)
            {
                // The example's line 1 is spec.md line start_line.
                failures.Add($"example {number} (spec.md from line {startLine}): {failure}");
            }
        }

        _output.WriteLine($"{examples} examples, {examplesWithText} with visible text, {checkedChars} characters checked, {failed} misplaced");
        foreach (var f in failures)
        {
            _output.WriteLine(f);
        }

        Assert.Equal(655, examples);
        Assert.True(failed == 0, $"{failed} of {checkedChars} characters misplaced:\n" + string.Join('\n', failures.Take(40)));
    }
}
