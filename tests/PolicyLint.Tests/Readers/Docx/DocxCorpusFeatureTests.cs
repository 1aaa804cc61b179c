using PolicyLint.Rules.Syntax;
using Xunit;
using static PolicyLint.Tests.Readers.Docx.DocxAssets;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>Single features on real files of ../shared/corpora (a missing corpus fails these tests).</summary>
public sealed class DocxCorpusFeatureTests
{
    [SkippableFact]
    public void ImageDescriptionsAreReadAfterTheirParagraph()
    {
        // Alt text is what a screen reader says for an image: the author's text, so it is read, as a block of its own
        // after the paragraph that holds the image and anchored at that paragraph.
        var doc = Read(Corpus("pandoc__inline_images.docx"));
        var texts = doc.Blocks.Select(b => TextOf(doc, b)).ToList();

        int image = texts.IndexOf("This one is green and looks like Sideshow Bob.");
        Assert.True(image > 0, string.Join(" | ", texts));
        Assert.StartsWith("This picture", texts[image - 1], StringComparison.Ordinal);
        Assert.Equal(1, doc.Locate(doc.Blocks[image].Span.Start).Paragraph);
    }

    [SkippableFact]
    public void TrackedInsertionsAreIn()
    {
        var doc = Read(Corpus("pandoc__track_changes_insertion.docx"));
        Assert.Equal("This is a text with two exciting insertions.", doc.Text);
    }

    [SkippableFact]
    public void TrackedDeletionsAreOutAndColumnsCountOnlyKeptText()
    {
        // "This is a text with a" + deleted "n excessively modified" + " deletion."
        var doc = Read(Corpus("pandoc__track_changes_deletion.docx"));
        Assert.Equal("This is a text with a deletion.", doc.Text);
        var location = doc.Locate(OffsetOf(doc, "deletion"));
        Assert.Equal(1, location.Paragraph);
        Assert.Equal(23, location.Column);
    }

    [SkippableFact]
    public void MovedTextAppearsOnceAtItsDestination()
    {
        var doc = Read(Corpus("pandoc__track_changes_move.docx"));
        Assert.Equal(["Here is some text.", "Here is the text to be moved.", "Here is some more text."], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [SkippableFact]
    public void FieldResultsAreReadAndCodesAreNot()
    {
        // A complex IF field whose code runs over two paragraphs; its result is "not".
        var doc = Read(Corpus("oxsdk__field.docx"));
        Assert.DoesNotContain("DATE", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("MERGEFORMAT", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("New years", doc.Text, StringComparison.Ordinal);
        Assert.Contains("not", doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [SkippableFact]
    public void NestedAndSimpleFieldsShowTheirResults()
    {
        var doc = Read(Corpus("pandoc__nested_instrText.docx"));
        Assert.DoesNotContain("HYPERLINK", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAGEREF", doc.Text, StringComparison.Ordinal);
        Assert.NotEmpty(doc.Text);
    }

    [SkippableFact]
    public void FootnotesAndEndnotesAreNotesAfterTheBody()
    {
        var doc = Read(Corpus("pandoc__notes.docx"));
        Assert.Equal(
            [(BlockKind.Heading, "A footnote"), (BlockKind.Paragraph, "Test footnote. Test endnote."), (BlockKind.Note, "My note."), (BlockKind.Note, "This is an endnote at the end of the document.")],
            doc.Blocks.Select(b => (b.Kind, TextOf(doc, b))));
        int bodyParagraphs = doc.Locate(OffsetOf(doc, "Test footnote")).Paragraph!.Value;
        Assert.True(doc.Locate(OffsetOf(doc, "My note")).Paragraph > bodyParagraphs);
        Assert.True(doc.Locate(OffsetOf(doc, "This is an endnote")).Paragraph > doc.Locate(OffsetOf(doc, "My note")).Paragraph);
    }

    [SkippableFact]
    public void TextBoxTextIsReadOnceThoughWordStoresItTwice()
    {
        // mc:AlternateContent holds the box as DrawingML (Choice) and VML (Fallback): one branch is read.
        var doc = Read(Corpus("oxsdk__textBox-2.docx"));
        Assert.Single(doc.Blocks, b => TextOf(doc, b) == "This is a paragraph one.");
        Assert.Single(doc.Blocks, b => TextOf(doc, b) == "This is the paragraph two.");
    }

    [SkippableFact]
    public void DropCapJoinsItsParagraphButKeepsItsOwnLocation()
    {
        // Paragraph 1 is the framed "D", paragraph 2 "rop cap.": one block, "Drop", two source paragraphs.
        var doc = Read(Corpus("pandoc__drop_cap.docx"));
        var first = doc.Blocks[0];
        Assert.Equal("Drop cap.", TextOf(doc, first));
        Assert.Equal((1, 1), (doc.Locate(first.Span.Start).Paragraph, doc.Locate(first.Span.Start).Column));
        Assert.Equal((2, 1), (doc.Locate(first.Span.Start + 1).Paragraph, doc.Locate(first.Span.Start + 1).Column));
        Assert.Equal("Drop cap in margin.", TextOf(doc, doc.Blocks[2]));
    }

    [SkippableFact]
    public void CommentsAreNotText()
    {
        var doc = Read(Corpus("pandoc__comments.docx"));
        Assert.Contains("I want some text to have a comment on it.", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I left a comment", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Do something", doc.Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("oxsdk__Strict01.docx", "Video provides a powerful way to help you prove your point.")]
    [InlineData("pandoc__7691.docx", "Some text")]
    [InlineData("pandoc__ns0-reference.docx", "ref")]
    public void StrictAndUnusualNamespaceFilesAreRead(string file, string text)
    {
        var doc = Read(Corpus(file));
        Assert.Contains(text, doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [SkippableFact]
    public void StrictListsGetTheirMarkers()
    {
        var doc = Read(Corpus("oxsdk__Strict01.docx"));
        Assert.Equal(["1)", "a)", "b)", "2)"], doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).Take(4).Select(b => b.Marker));
    }

    [SkippableFact]
    public void PandocListsGetWordsMarkers()
    {
        var doc = Read(Corpus("pandoc__lists.docx"));
        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => (b.Marker, TextOf(doc, b))).ToList();
        Assert.Equal(("1.", "one"), items[0]);
        Assert.Equal(("2.", "two"), items[1]);
        Assert.Equal(("a.", "a"), items[2]);
        Assert.Equal(("b.", "b"), items[3]);
        Assert.Equal(("•", "one"), items[4]);
    }

    [SkippableFact]
    public void HeadersAndFootersAreReadOnceAfterTheNotes()
    {
        var doc = Read(Corpus("pydocx__doc-odd-even-hdrs.docx"));
        var headers = doc.Blocks.Where(b => b.Kind == BlockKind.HeaderFooter).Select(b => TextOf(doc, b)).ToList();
        Assert.NotEmpty(headers);
        Assert.Equal(headers.Count, headers.Distinct(StringComparer.Ordinal).Count());
        int firstHeader = doc.Blocks.ToList().FindIndex(b => b.Kind == BlockKind.HeaderFooter);
        Assert.All(doc.Blocks.Skip(firstHeader), b => Assert.Equal(BlockKind.HeaderFooter, b.Kind));
    }
}
