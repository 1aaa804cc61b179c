using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules.Syntax;
using Xunit;
using static PolicyLint.Tests.Readers.Markdown.MarkdownTestReader;

namespace PolicyLint.Tests.Readers.Markdown;

public sealed class MarkdownDocumentReaderTests
{
    [Fact]
    public void FrontMatterIsSkippedAndEscapesAndEntitiesMapToTheirSourceCharacters()
    {
        var doc = Read("""
            ---
            title: Restraint policy
            owner: x
            ---
            # 3 Training

            Staff must not use \*prone\* restraint &amp; must record it.
            """);

        Assert.DoesNotContain("title", doc.Text, StringComparison.Ordinal);
        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal(1, doc.Blocks[0].HeadingLevel);
        Assert.Equal("3 Training", TextOf(doc, 0));
        AssertAt(doc, "3 Training", 5, 3);
        Assert.Equal("Staff must not use *prone* restraint & must record it.", TextOf(doc, 1));
        AssertAt(doc, "*prone", 7, 21);
        AssertAt(doc, "prone", 7, 22);
        AssertAt(doc, "* restraint", 7, 28);
        AssertAt(doc, "restraint", 7, 30);
        AssertAt(doc, "&", 7, 40);
        AssertAt(doc, "must", 7, 46, occurrence: 2);
        AssertAt(doc, "record", 7, 51);
    }

    [Fact]
    public void EachTableCellIsOneBlockWithExactPositions()
    {
        var doc = Read("""
            | Technique | Allowed \| note |
            |-----------|-----------------|
            | *Prone* hold | never &lt;ever&gt; |
            """);

        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
        Assert.Equal(["Technique", "Allowed | note", "Prone hold", "never <ever>"], doc.Blocks.Select(b => doc.GetText(b.Span)));
        AssertAt(doc, "Technique", 1, 3);
        AssertAt(doc, "Allowed", 1, 15);
        AssertAt(doc, "| note", 1, 24);
        AssertAt(doc, "note", 1, 26);
        AssertAt(doc, "Prone", 3, 4);
        AssertAt(doc, "hold", 3, 11);
        AssertAt(doc, "never", 3, 18);
        AssertAt(doc, "<", 3, 24);
        AssertAt(doc, "ever>", 3, 28);
        AssertAt(doc, ">", 3, 32);
    }

    [Fact]
    public void GridTableCellsKeepTheirLinesAndPositions()
    {
        var doc = Read("""
            +----------+-----------------+
            | Term     | Meaning         |
            +==========+=================+
            | Prone    | face *down*     |
            | hold     | second line     |
            +----------+-----------------+
            """);

        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
        Assert.Equal(["Term", "Meaning", "Prone\nhold", "face down\nsecond line"], doc.Blocks.Select(b => doc.GetText(b.Span)));
        AssertAt(doc, "Term", 2, 3);
        AssertAt(doc, "Meaning", 2, 14);
        AssertAt(doc, "Prone", 4, 3);
        AssertAt(doc, "hold", 5, 3);
        AssertAt(doc, "down", 4, 20);
        AssertAt(doc, "second", 5, 14);
    }

    [Fact]
    public void NestedListItemsAreBlocksOfTheirOwnWithMarkersAndExactContinuationLines()
    {
        var doc = Read("""
            1. First step
               continues here
               - nested *bullet*
                 wrapped line
            2) other
            """);

        Assert.Equal(3, doc.Blocks.Count);
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
        Assert.Equal(["1.", "-", "2)"], doc.Blocks.Select(b => b.Marker));
        Assert.Equal("First step\ncontinues here", TextOf(doc, 0));
        Assert.Equal("nested bullet\nwrapped line", TextOf(doc, 1));
        AssertAt(doc, "First", 1, 4);
        AssertAt(doc, "continues", 2, 4);
        AssertAt(doc, "nested", 3, 6);
        AssertAt(doc, "bullet", 3, 14);
        AssertAt(doc, "wrapped", 4, 6);
        AssertAt(doc, "other", 5, 4);
    }

    [Fact]
    public void SetextHeadingsOpenSectionsAndBlockQuotesAreMarked()
    {
        var doc = Read("""
            Setext title
            ============

            > Quoted *text*
            > over two lines

            Sub title
            ---------
            Body.
            """);

        Assert.Equal([BlockKind.Heading, BlockKind.BlockQuote, BlockKind.Heading, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
        Assert.Equal([1, 0, 2, 0], doc.Blocks.Select(b => b.HeadingLevel));
        Assert.Equal("Quoted text\nover two lines", TextOf(doc, 1));
        AssertAt(doc, "Setext", 1, 1);
        AssertAt(doc, "Quoted", 4, 3);
        AssertAt(doc, "text\nover", 4, 11);
        AssertAt(doc, "over", 5, 3);
        AssertAt(doc, "Sub title", 7, 1);
        AssertAt(doc, "Body", 9, 1);
        Assert.Equal("Setext title > Sub title", doc.Blocks[3].Section?.Path);
    }

    [Fact]
    public void HtmlCommentsAreKeptAsCommentBlocksWithTheirExactText()
    {
        var doc = Read("""
            <!-- policylint-disable PL2002 -- quoted from the Act -->
            Staff use restraint <!-- policylint-disable-line PL2001 -- reason --> rarely.

            <div>
            <!-- inside html -->
            </div>

            <!-- multi
            line -->
            """);

        var kinds = doc.Blocks.Select(b => b.Kind).ToArray();
        Assert.Equal([BlockKind.Comment, BlockKind.Paragraph, BlockKind.Comment, BlockKind.Comment, BlockKind.Comment], kinds);
        Assert.Equal("<!-- policylint-disable PL2002 -- quoted from the Act -->", TextOf(doc, 0));
        Assert.Equal("Staff use restraint  rarely.", TextOf(doc, 1));
        Assert.Equal("<!-- policylint-disable-line PL2001 -- reason -->", TextOf(doc, 2));
        Assert.Equal("<!-- inside html -->", TextOf(doc, 3));
        Assert.Equal("<!-- multi\nline -->", TextOf(doc, 4));
        AssertAt(doc, "<!-- policylint-disable PL2002", 1, 1);
        AssertAt(doc, "rarely", 2, 71);
        AssertAt(doc, "<!-- policylint-disable-line", 2, 21);
        AssertAt(doc, "<!-- inside", 5, 1);
        AssertAt(doc, "<!-- multi", 8, 1);
        AssertAt(doc, "line -->", 9, 1);
    }

    [Fact]
    public void HeadingPathsComeFromNestedHeadings()
    {
        var doc = Read("""
            # 3 Training

            Intro.

            ## 3.2 Certification

            Staff must be certified.

            # 4 Recording

            Record it.
            """);

        int certified = doc.Text.IndexOf("certified", StringComparison.Ordinal);
        var location = doc.Locate(certified);
        Assert.Equal("3 Training > 3.2 Certification", location.Section);
        Assert.Equal((7, 15), (location.Line, location.Column));
        Assert.Equal("3 Training > 3.2 Certification", doc.Blocks[3].Section?.Path);
        Assert.Equal("4 Recording", doc.Locate(doc.Text.IndexOf("Record it", StringComparison.Ordinal)).Section);
        Assert.Equal(["3 Training", "3 Training > 3.2 Certification", "4 Recording"], doc.Sections.Select(s => s.Path));
    }

    [Fact]
    public void CodeBlocksAreSkippedAndInlineMarkupKeepsOnlyVisibleText()
    {
        var doc = Read("""
            Use `hold  gently` and [the guide](https://example.org/a "title") or <https://example.org/b>.  
            Next line ![alt text](x.png).

                indented code is skipped

            ```
            fenced code is skipped
            ```
            """);

        Assert.Single(doc.Blocks);
        Assert.Equal("Use hold  gently and the guide or https://example.org/b.\nNext line alt text.", TextOf(doc, 0));
        AssertAt(doc, "hold", 1, 6);
        AssertAt(doc, "gently", 1, 12);
        AssertAt(doc, "the guide", 1, 25);
        AssertAt(doc, "https://example.org/b", 1, 71);
        AssertAt(doc, "Next", 2, 1);
        AssertAt(doc, "alt text", 2, 13);
    }

    [Fact]
    public void CodeSpanContentIsAlignedInsideItsDelimiters()
    {
        var doc = Read("A `` `tick` `` here");
        Assert.Equal("A `tick` here", TextOf(doc, 0));
        AssertAt(doc, "`tick`", 1, 6);
        AssertAt(doc, "here", 1, 16);
    }

    [Fact]
    public void WindowsLineEndingsAndTabsCountAsTheSourceDoes()
    {
        var doc = Read("# Title\r\n\r\n- item\tone\r\n  more\r\n");
        AssertAt(doc, "Title", 1, 3);
        AssertAt(doc, "one", 3, 8);
        AssertAt(doc, "more", 4, 3);
    }

    [Fact]
    public void CancellationStopsTheReader()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("# Title\n\nText.\n"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new MarkdownDocumentReader().Read("x.md", stream, cts.Token));
    }

    [Fact]
    public void BinaryContentIsRefusedWithAReason()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);
        var ex = Assert.Throws<DocumentReadException>(() => new MarkdownDocumentReader().Read("x.md", stream, CancellationToken.None));
        Assert.Contains("NUL bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderDeclaresItsFormatAndExtensions()
    {
        var reader = new MarkdownDocumentReader();
        Assert.Equal(SourceFormat.Markdown, reader.Format);
        Assert.Equal([".md", ".markdown"], reader.Extensions);
    }
}
