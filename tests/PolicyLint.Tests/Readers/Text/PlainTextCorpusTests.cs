using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLint.Readers;
using PolicyLint.Readers.Text;
using PolicyLint.Tests.Readers.Markdown;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Readers.Text;

/// <summary>
/// Every .txt file of ../shared/corpora is read under the loader's guards: none may fail, every visible character
/// maps to itself, and the words are those of the file (with ANSI escapes removed): a text file is its own oracle.
/// </summary>
public sealed partial class PlainTextCorpusTests
{
    private readonly ITestOutputHelper _output;

    public PlainTextCorpusTests(ITestOutputHelper output) => _output = output;

    [GeneratedRegex(@"\x1b(\[[\x20-\x3f]*[\x40-\x7e]|\][^\x07]*\x07|.)")]
    private static partial Regex AnsiEscape();

    [SkippableFact]
    public void EveryCorpusTextFileReadsWithExactPositionsAndAllItsWords()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Corpora, "corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(7, files.Count);
        var reader = new PlainTextDocumentReader();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = DocumentLoader.ReadGuarded(reader, file, 64L * 1024 * 1024, TimeSpan.FromSeconds(30));
            watch.Stop();
            if (result.Document is null)
            {
                problems.Add($"{name}: {result.Error}");
                continue;
            }

            var document = result.Document;
            var source = File.ReadAllText(file);
            var positions = SourcePositionCheck.Check(document, source, maxExamples: 5);
            if (positions.Failed > 0)
            {
                problems.Add($"{name}: {positions.Failed} of {positions.Checked} characters misplaced: {string.Join("; ", positions.Examples)}");
            }

            var ours = string.Join("\n\n", document.Blocks.Select(b => (b.Marker is null ? string.Empty : b.Marker + " ") + document.GetText(b.Span)));
            var agreement = WordAgreement.Measure(ours, AnsiEscape().Replace(source, string.Empty));
            if (Environment.GetEnvironmentVariable("POLICYLINT_DUMP") is { Length: > 0 } dump)
            {
                File.WriteAllLines(Path.Combine(dump, name + ".blocks.txt"), document.Blocks.Select(b => $"{b.Kind} {b.HeadingLevel} {b.Marker} | {document.GetText(b.Span)[..Math.Min(b.Span.Length, 80)].Replace('\n', '/')}"));
            }

            var headings = document.Blocks.Count(b => b.Kind == PolicyLint.Rules.Syntax.BlockKind.Heading);
            var items = document.Blocks.Count(b => b.Kind == PolicyLint.Rules.Syntax.BlockKind.ListItem);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-50} agreement {agreement.Score:0.0000}; {document.Blocks.Count} blocks ({headings} headings, {items} list items), {positions.Checked} chars position-checked, {watch.ElapsedMilliseconds} ms"));
            if (agreement.Score < 1.0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: agreement with its own text {agreement.Score:0.0000}"));
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                problems.Add($"{name}: took {watch.ElapsedMilliseconds} ms");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
