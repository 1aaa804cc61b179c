using System.Globalization;
using PolicyLint.Readers;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Readers.Markdown;

/// <summary>
/// Every .md file of ../shared/corpora is read under the loader's guards; none may fail, every visible character
/// must map to itself, and the words must agree with pandoc's plain-text rendering.
/// </summary>
public sealed class MarkdownCorpusTests
{
    // Measured (word F1 against pandoc -t plain): 0.965 over the 12 files, 0.960–1.000 on the prose files below.
    // The gap is by design, not loss: code blocks (fenced and indented) are skipped, and pandoc keeps them (the spec's
    // 655 examples: 0.811; MANUAL 0.905; COPYING's indented licence notice: 0.960); pandoc-only syntax (simple and
    // multiline tables, title blocks, raw LaTeX, definition lists) reads differently (tables.md 0.851,
    // markdown-reader-more 0.890, testsuite 0.921); raw HTML blocks are skipped (pdfpig README 0.844).
    // The floors sit just under the measured figures.
    private const double TotalFloor = 0.95;
    private const double ProseFileFloor = 0.95;

    private static readonly string[] ProseFiles =
    [
        "cmark__README.md", "oxsdk__README.md", "pandoc__COPYING.md", "pandoc__changelog.md", "pandoc__pipe-tables.md", "pandoc__twenty-years-of-pandoc.md",
    ];

    private readonly ITestOutputHelper _output;

    public MarkdownCorpusTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void EveryCorpusMarkdownFileReadsWithExactPositionsAndAgreesWithPandoc()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Corpora, "corpus"), "*.md").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(12, files.Count);
        var reader = new MarkdownDocumentReader();
        var total = default(WordAgreement);
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
            var positions = SourcePositionCheck.Check(document, File.ReadAllText(file), maxExamples: 5);
            if (positions.Failed > 0)
            {
                problems.Add($"{name}: {positions.Failed} of {positions.Checked} characters misplaced: {string.Join("; ", positions.Examples)}");
            }

            var oracle = File.ReadAllText(Path.Combine(TestPaths.Corpora, "oracle", name + ".txt"));
            // List markers are read into Block.Marker, not the text; pandoc prints them, so they count here.
            var prose = string.Join("\n\n", document.Blocks.Where(b => b.Kind != BlockKind.Comment).Select(b => (b.Marker is null ? string.Empty : b.Marker + " ") + document.GetText(b.Span)));
            var agreement = WordAgreement.Measure(prose, oracle);
            if (Environment.GetEnvironmentVariable("POLICYLINT_DUMP") is { Length: > 0 } dump)
            {
                File.WriteAllText(Path.Combine(dump, name + ".ours.txt"), prose);
            }

            total += agreement;
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} agreement {agreement.Score:0.000} (ours {agreement.Ours}, pandoc {agreement.Reference}, common {agreement.Common}); {document.Blocks.Count} blocks, {document.Sections.Count} sections, {positions.Checked} chars position-checked, {watch.ElapsedMilliseconds} ms"));
            if (Array.IndexOf(ProseFiles, name) >= 0 && agreement.Score < ProseFileFloor)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: agreement {agreement.Score:0.000} under {ProseFileFloor}"));
            }
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL agreement {total.Score:0.000} (ours {total.Ours}, pandoc {total.Reference}, common {total.Common})"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(total.Score >= TotalFloor, string.Create(CultureInfo.InvariantCulture, $"total agreement {total.Score:0.000} under {TotalFloor}"));
    }
}
