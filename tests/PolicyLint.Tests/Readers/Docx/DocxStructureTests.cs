using PolicyLint.Rules.Syntax;
using Xunit;
using static PolicyLint.Tests.Readers.Docx.DocxAssets;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>Locations, headings, lists, tables and notes in small files made with pandoc (Assets/docx/make-assets.py).</summary>
public sealed class DocxStructureTests
{
    [Fact]
    public void LocatesTextByParagraphColumnAndHeadingPath()
    {
        var doc = Read(Asset("structure.docx"));

        // Paragraphs: 1 "1 Purpose", 2, 3 "3 Training", 4, 5 "3.2 Certification", 6 "Only certified staff…".
        var location = doc.Locate(OffsetOf(doc, "certified"));
        Assert.Equal(6, location.Paragraph);
        Assert.Equal(6, location.Column);
        Assert.Null(location.Page);
        Assert.Equal("3 Training > 3.2 Certification", location.Section);

        var restraint = doc.Locate(OffsetOf(doc, "restraint may be used"));
        Assert.Equal(2, restraint.Paragraph);
        Assert.Equal(27, restraint.Column);
        Assert.Equal("1 Purpose", restraint.Section);

        Assert.Equal(
            [(1, "1 Purpose"), (1, "3 Training"), (2, "3.2 Certification")],
            doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.HeadingLevel, TextOf(doc, b))));
    }

    [Fact]
    public void ListItemsCarryTheirNumberAsMarkerNotAsText()
    {
        var doc = Read(Asset("structure.docx"));
        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["1.", "2.", "a.", "b.", "3.", "•", "•"], items.Select(b => b.Marker));
        Assert.Equal("Record the reason.", TextOf(doc, items[2]));

        // "Review within 24 hours." is paragraph 11; its text starts at column 1 (the marker takes no columns).
        var review = doc.Locate(OffsetOf(doc, "Review"));
        Assert.Equal(11, review.Paragraph);
        Assert.Equal(1, review.Column);
    }

    [Fact]
    public void TableCellsAreBlocksPerParagraphWithTheirOwnNumbers()
    {
        var doc = Read(Asset("structure.docx"));
        var cells = doc.Blocks.Where(b => b.Kind == BlockKind.TableCell).Select(b => TextOf(doc, b)).ToList();
        Assert.Equal(["Role", "Duty", "Nurse", "Observe breathing"], cells);

        var breathing = doc.Locate(OffsetOf(doc, "breathing"));
        Assert.Equal(17, breathing.Paragraph);
        Assert.Equal(9, breathing.Column);

        Assert.Equal(18, doc.Locate(OffsetOf(doc, "Final paragraph")).Paragraph);
    }

    [Fact]
    public void FootnotesFollowTheBodyAndContinueTheParagraphNumbers()
    {
        var doc = Read(Asset("structure.docx"));
        var note = Assert.Single(doc.Blocks, b => b.Kind == BlockKind.Note);
        Assert.Equal("See the certification register.", TextOf(doc, note));
        Assert.Same(doc.Blocks[^1], note);

        // 18 body paragraphs; the note's paragraph is the 19th. Its text starts after the reference mark, which is
        // not emitted, and the space pandoc puts after it (column 1).
        var see = doc.Locate(OffsetOf(doc, "See the"));
        Assert.Equal(19, see.Paragraph);
        Assert.Equal(2, see.Column);
        Assert.DoesNotContain("certification register", doc.GetText(doc.Blocks.First(b => b.Kind == BlockKind.Paragraph && TextOf(doc, b).StartsWith("Only", StringComparison.Ordinal)).Span), StringComparison.Ordinal);
    }

    [Fact]
    public void GermanStyleIdsAreResolvedByStyleNameThroughBasedOn()
    {
        // Style ids "berschrift1"/"berschrift2" without outline levels; "MeineBerschrift" is based on "berschrift2".
        var doc = Read(Asset("german-styles.docx"));
        Assert.Equal(
            [(1, "Zweck"), (2, "Schulung"), (2, "Dokumentation")],
            doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.HeadingLevel, TextOf(doc, b))));

        var location = doc.Locate(OffsetOf(doc, "dokumentiert"));
        Assert.Equal("Zweck > Dokumentation", location.Section);
        Assert.Equal(6, location.Paragraph);
        Assert.Equal(20, location.Column);
    }

    [Fact]
    public void MultilevelListsAndStyleNumberedHeadingsGetWordsNumbers()
    {
        var doc = Read(Asset("numbered.docx"));
        Assert.Equal(
            ["1.", "2.", "2.1", "2.2", "3.", "3.1"],
            doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Marker));

        Assert.Equal(
            ["1 Purpose", "2 Scope", "3 Training", "3.1 Induction", "3.2 Certification"],
            doc.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => TextOf(doc, b)));

        var location = doc.Locate(OffsetOf(doc, "certified"));
        Assert.Equal("3 Training > 3.2 Certification", location.Section);
        Assert.Equal(14, location.Paragraph);
        Assert.Equal(6, location.Column);

        // The heading's number has no characters in the paragraph: it maps to column 1, the title text from column 1.
        var heading = doc.Blocks.Single(b => b.Kind == BlockKind.Heading && b.Marker == "3.2");
        Assert.Equal(13, doc.Locate(heading.Span.Start).Paragraph);
        Assert.Equal(1, doc.Locate(heading.Span.Start + "3.2 ".Length).Column);
    }

    [Theory]
    [InlineData(1, "decimal", "1")]
    [InlineData(4, "lowerLetter", "d")]
    [InlineData(28, "upperLetter", "BB")]
    [InlineData(14, "lowerRoman", "xiv")]
    [InlineData(1999, "upperRoman", "MCMXCIX")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(3, "none", "")]
    public void NumberFormats(int value, string format, string expected) =>
        Assert.Equal(expected, PolicyLint.Readers.Docx.DocxNumbering.Format(value, format));
}
