using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Text;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Readers.Markdown;
using Xunit;

namespace PolicyLint.Tests.Readers.Text;

public sealed class PlainTextDocumentReaderTests
{
    private const string Policy = """
        RESTRAINT REDUCTION POLICY

        1 Purpose
        This policy sets out how we reduce restraint.

        3 Training
        3.2 Certification
        Staff must be certified
        every year.

        Section 4: Recording
        All use of restraint must be recorded.

        7. Post-incident support
        Debrief within 72 hours.

        Steps to take:
        1. Check the room.
        2. Call for help
          and wait
        - bullet one
        • bullet two
        a) lettered
        """;

    [Fact]
    public void NumberedAndAllCapsLinesAreHeadingsAndBulletsAreListItems()
    {
        var doc = Read(Encoding.UTF8.GetBytes(Policy), Policy);
        var blocks = doc.Blocks.Select(b => (b.Kind, b.HeadingLevel, b.Marker, doc.GetText(b.Span))).ToArray();
        Assert.Equal(
            [
                (BlockKind.Heading, 1, null, "RESTRAINT REDUCTION POLICY"),
                (BlockKind.Heading, 1, null, "1 Purpose"),
                (BlockKind.Paragraph, 0, null, "This policy sets out how we reduce restraint."),
                (BlockKind.Heading, 1, null, "3 Training"),
                (BlockKind.Heading, 2, null, "3.2 Certification"),
                (BlockKind.Paragraph, 0, null, "Staff must be certified\nevery year."),
                (BlockKind.Heading, 1, null, "Section 4: Recording"),
                (BlockKind.Paragraph, 0, null, "All use of restraint must be recorded."),
                (BlockKind.Heading, 1, null, "7. Post-incident support"),
                (BlockKind.Paragraph, 0, null, "Debrief within 72 hours."),
                (BlockKind.Paragraph, 0, null, "Steps to take:"),
                (BlockKind.ListItem, 0, "1.", "Check the room."),
                (BlockKind.ListItem, 0, "2.", "Call for help\nand wait"),
                (BlockKind.ListItem, 0, "-", "bullet one"),
                (BlockKind.ListItem, 0, "•", "bullet two"),
                (BlockKind.ListItem, 0, "a)", "lettered"),
            ],
            blocks);

        var certified = doc.Locate(doc.Text.IndexOf("certified", StringComparison.Ordinal));
        Assert.Equal((8, 15, "3 Training > 3.2 Certification"), (certified.Line, certified.Column, certified.Section));
        var year = doc.Locate(doc.Text.IndexOf("year", StringComparison.Ordinal));
        Assert.Equal((9, 7), (year.Line, year.Column));
        Assert.Equal("3 Training > 3.2 Certification", doc.Blocks[5].Section?.Path);
        var wait = doc.Locate(doc.Text.IndexOf("wait", StringComparison.Ordinal));
        Assert.Equal((20, 7), (wait.Line, wait.Column));
        var lettered = doc.Locate(doc.Text.IndexOf("lettered", StringComparison.Ordinal));
        Assert.Equal((23, 4), (lettered.Line, lettered.Column));
    }

    [Fact]
    public void HashMarkedLinesAreHeadingsWithoutTheirMarks()
    {
        const string text = "### 3. Language\n\nWords matter.\n\n#### Often used words\n\nService user\n\n#hashtag is not a heading\n";
        var doc = Read(Encoding.UTF8.GetBytes(text), text);

        var headings = doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.HeadingLevel, doc.GetText(b.Span))).ToArray();
        Assert.Equal([(3, "3. Language"), (4, "Often used words")], headings);
        Assert.Equal(SectionRole.Glossary, doc.Blocks.Single(b => doc.GetText(b.Span) == "Service user").Section!.Role);
        var at = doc.Locate(doc.Text.IndexOf("Often", StringComparison.Ordinal));
        Assert.Equal((5, 6), (at.Line, at.Column));
    }

    [Fact]
    public void LongCapitalisedProseIsNotAHeading()
    {
        const string text = """
            THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
            IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY.
            """;
        var doc = Read(Encoding.UTF8.GetBytes(text), text);
        Assert.Equal(BlockKind.Paragraph, Assert.Single(doc.Blocks).Kind);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-32le-bom")]
    public void EncodingsWithAndWithoutByteOrderMarkDecodeToTheSameText(string encoding)
    {
        const string text = "Café policy\nStaff résumé – “quoted”.\n";
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
        };
        var doc = Read(bytes, text);
        Assert.Equal("Café policy\nStaff résumé – “quoted”.", doc.Text);
        var staff = doc.SourceMap.Map(doc.Text.IndexOf("Staff", StringComparison.Ordinal));
        Assert.Equal(SourcePosition.AtLine(2, 1), staff);
        Assert.Equal(SourcePosition.AtLine(1, 1), doc.SourceMap.Map(0));
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " policy "u8, 0x93, .. "quoted"u8, 0x94];
        var doc = Read(bytes, source: null);
        Assert.Equal("Café policy “quoted”", doc.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xD8, 0x00 })]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x00 })]
    public void UndecodableBytesAreRefusedWithAReason(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var ex = Assert.Throws<DocumentReadException>(() => new PlainTextDocumentReader().Read("x.txt", stream, CancellationToken.None));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void AnsiEscapesAreDroppedButColumnsStayThoseOfTheFile()
    {
        const string text = "\u001b[1mBold\u001b[0m text and \u001b]0;title\u0007more";
        var doc = Read(Encoding.UTF8.GetBytes(text), text);
        Assert.Equal("Bold text and more", doc.Text);
        Assert.Equal(SourcePosition.AtLine(1, 5), doc.SourceMap.Map(0));
        Assert.Equal(SourcePosition.AtLine(1, 14), doc.SourceMap.Map(doc.Text.IndexOf("text", StringComparison.Ordinal)));
        Assert.Equal(SourcePosition.AtLine(1, 33), doc.SourceMap.Map(doc.Text.IndexOf("more", StringComparison.Ordinal)));
    }

    [Fact]
    public void CancellationStopsTheReader()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("a\n\nb\n"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new PlainTextDocumentReader().Read("x.txt", stream, cts.Token));
    }

    [Fact]
    public void ReaderDeclaresItsFormatAndExtensions()
    {
        var reader = new PlainTextDocumentReader();
        Assert.Equal(SourceFormat.Text, reader.Format);
        Assert.Equal([".txt"], reader.Extensions);
    }

    private static PolicyDocument Read(byte[] bytes, string? source)
    {
        using var stream = new MemoryStream(bytes);
        var doc = new PlainTextDocumentReader().Read("test.txt", stream, CancellationToken.None);
        if (source is not null)
        {
            var check = SourcePositionCheck.Check(doc, source);
            Assert.True(check.Failed == 0, string.Join('\n', check.Examples));
        }

        return doc;
    }
}
