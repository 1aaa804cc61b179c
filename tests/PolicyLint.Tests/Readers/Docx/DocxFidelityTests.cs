using System.Globalization;
using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Docx;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>
/// Reads every .docx of ../shared/corpora and compares the words with pandoc's plain-text extraction. Pandoc leaves
/// out headers and footers, so they are left out here too; it prints list numbers, so markers are counted.
/// </summary>
public sealed class DocxFidelityTests
{
    private readonly ITestOutputHelper _output;

    public DocxFidelityTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void EveryCorpusDocxReadsAndAgreesWithPandoc()
    {
        var entries = CorpusManifest.OfKind("docx").ToList();
        Assert.NotEmpty(entries);
        var reader = new DocxDocumentReader();
        var total = default(WordAgreement);
        var failures = new List<string>();
        int compared = 0;
        var report = new StringBuilder();
        foreach (var entry in entries)
        {
            var result = DocumentLoader.ReadGuarded(reader, entry.FullPath, 64L * 1024 * 1024, TimeSpan.FromSeconds(30));
            if (result.Document is null)
            {
                failures.Add($"{entry.File}: {result.Error}");
                continue;
            }

            var dump = Environment.GetEnvironmentVariable("POLICYLINT_DUMP_DIR");
            if (!string.IsNullOrEmpty(dump))
            {
                // Debugging aid: our comparable text beside pandoc's, to diff a file that scores low.
                Directory.CreateDirectory(dump);
                File.WriteAllText(Path.Combine(dump, entry.File + ".txt"), ComparableText(result.Document));
            }

            if (!File.Exists(entry.OraclePath))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{entry.File}: read, no oracle");
                continue;
            }

            var oracle = File.ReadAllText(entry.OraclePath);
            if (string.IsNullOrWhiteSpace(oracle))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"{entry.File}: read, empty oracle ({result.Document.Blocks.Count} blocks)");
                continue;
            }

            var agreement = WordAgreement.Measure(ComparableText(result.Document), oracle);
            total += agreement;
            compared++;
            report.AppendLine(CultureInfo.InvariantCulture, $"{entry.File}: {agreement.Score:0.000} (common {agreement.Common}, ours {agreement.Ours}, pandoc {agreement.Reference})");
        }

        _output.WriteLine(report.ToString());
        _output.WriteLine($"files {entries.Count}, read {entries.Count - failures.Count}, failed {failures.Count}, compared {compared}");
        _output.WriteLine($"TOTAL {total.Score:0.0000} (common {total.Common}, ours {total.Ours}, pandoc {total.Reference})");
        foreach (var f in failures)
        {
            _output.WriteLine("FAILED " + f);
        }

        Assert.Empty(failures);
        Assert.True(total.Score >= 0.99, $"word agreement {total.Score:0.0000} is below 0.99");
    }

    /// <summary>The blocks pandoc also prints, with list markers in front as pandoc prints them.</summary>
    internal static string ComparableText(PolicyDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.HeaderFooter)
            {
                continue;
            }

            if (block.Marker is not null && block.Kind != BlockKind.Heading)
            {
                sb.Append(block.Marker).Append(' ');
            }

            sb.Append(document.GetText(block.Span)).Append("\n\n");
        }

        return sb.ToString();
    }
}
