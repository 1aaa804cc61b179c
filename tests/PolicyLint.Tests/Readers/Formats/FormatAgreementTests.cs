using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyLint.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Readers.Formats;

/// <summary>
/// The same document read from its Markdown source and from its .docx and .pdf twins must give the same sentences
/// and the same clause decisions. A sentence of the source counts as whole when one sentence of the twin has the same
/// words (after folding case, quotes, dashes and spacing, and dropping list markers and numbered-paragraph labels,
/// which formats print differently). tools/format_agreement.py measures the same on documents by others.
/// </summary>
public sealed partial class FormatAgreementTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);
    private readonly ITestOutputHelper _output;

    public FormatAgreementTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Twins() => new()
    {
        { "corpus/provider-policy.md", "corpus/provider-policy.pdf" },
        { "corpus/provider-policy.md", "corpus/provider-policy.docx" },
        { "corpus/strong-specification.md", "corpus/strong-specification.pdf" },
        { "corpus/strong-specification.md", "corpus/strong-specification.docx" },
        { "corpus/weak-specification.md", "corpus/weak-specification.pdf" },
        { "corpus/weak-specification.md", "corpus/weak-specification.docx" },
        { "tests/PolicyLint.Tests/Assets/pdf/layout.md", "tests/PolicyLint.Tests/Assets/pdf/layout.pdf" },
    };

    [Theory]
    [MemberData(nameof(Twins))]
    public void SentencesAreWholeAndClauseStatusesAgree(string source, string twin)
    {
        var sourcePath = TestPaths.InRepo(source.Split('/'));
        var engine = new PolicyLintEngine(new CheckOptions { AsOf = AsOf });
        var md = engine.CheckOne(sourcePath);
        var other = new PolicyLintEngine(new CheckOptions { AsOf = AsOf, Kind = md.Kind }).CheckOne(TestPaths.InRepo(twin.Split('/')));
        Assert.Null(other.Error);

        var sourceSentences = BodySentences(engine, sourcePath);
        var twinSentences = AllSentences(new PolicyLintEngine(new CheckOptions { AsOf = AsOf, Kind = md.Kind }), TestPaths.InRepo(twin.Split('/')));
        var notWhole = sourceSentences.Where(s => !twinSentences.Contains(Normalise(s))).ToList();
        foreach (var s in notWhole)
        {
            _output.WriteLine("not whole: " + s);
        }

        double whole = 1.0 - ((double)notWhole.Count / Math.Max(1, sourceSentences.Count));
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{twin}: {sourceSentences.Count - notWhole.Count}/{sourceSentences.Count} whole = {whole:0.000}"));
        Assert.True(whole >= 0.98, string.Create(CultureInfo.InvariantCulture, $"{twin}: only {whole:0.000} of the source's sentences are whole"));

        var statuses = md.Clauses.ToDictionary(c => c.RuleId, c => c.Status);
        var differ = other.Clauses.Where(c => statuses.TryGetValue(c.RuleId, out var s) && s != c.Status)
            .Select(c => $"{c.RuleId}: {statuses[c.RuleId]} in the .md, {c.Status} in {twin}").ToList();
        Assert.True(differ.Count == 0, string.Join(Environment.NewLine, differ));
    }

    private static List<string> BodySentences(PolicyLintEngine engine, string path)
    {
        var (analysis, error) = engine.Prepare(path);
        Assert.Null(error);
        var doc = analysis!.Document;
        return doc.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.TableCell or BlockKind.BlockQuote
                        && b.Role is not (BlockRole.Title or BlockRole.PageFurniture or BlockRole.Contents or BlockRole.DocumentControl))
            .SelectMany(analysis.SentencesOf)
            .Select(s => doc.GetText(s.Span))
            .Where(t => Normalise(t).Split(' ').Length >= 4)
            .ToList();
    }

    private static HashSet<string> AllSentences(PolicyLintEngine engine, string path)
    {
        var (analysis, error) = engine.Prepare(path);
        Assert.Null(error);
        return [.. analysis!.Sentences.Select(s => Normalise(analysis.Document.GetText(s.Span)))];
    }

    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00A0' => ' ',
                '*' or '_' or '`' => ' ',
                _ => c,
            });
        }

        var t = sb.ToString().Replace("\u00AD", string.Empty, StringComparison.Ordinal);
        t = Marker().Replace(t, string.Empty);
        t = Marker().Replace(t, string.Empty);
        t = Spaces().Replace(t, " ").Trim();
        return t.TrimEnd(' ', '.', ';', ':');
    }

    [GeneratedRegex(@"^\s*(?:[•●▪■◦○·\-–—*]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,4}\)|\d{1,2}(?:\.\d{1,2}){0,5}\.?)\s+")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
