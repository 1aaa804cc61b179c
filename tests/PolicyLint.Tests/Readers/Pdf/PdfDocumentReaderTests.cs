using PolicyLint.Readers;
using PolicyLint.Readers.Pdf;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Readers.Pdf;

/// <summary>
/// Focused tests on real PDFs: Assets/pdf/restraint.pdf was made from restraint.md (beside it) with pandoc and
/// LibreOffice (two pages; page 2 starts at "3 Training"); restraint-encrypted.pdf is the same file encrypted by
/// qpdf with user password "secret". Scanned and damaged files come from ../shared/corpora.
/// </summary>
public sealed class PdfDocumentReaderTests
{
    private static readonly string Assets = Path.Combine(AppContext.BaseDirectory, "Assets", "pdf");

    private static PolicyDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        return new PdfDocumentReader().Read(path, stream, CancellationToken.None);
    }

    [Fact]
    public void NumberedHeadingsBecomeNestedSections()
    {
        var doc = Read(Path.Combine(Assets, "restraint.pdf"));

        Assert.Equal(
            ["1 Purpose", "2 Scope", "2 Scope > 2.1 Definitions", "3 Training", "3 Training > 3.2 Certification"],
            doc.Sections.Select(s => s.Path));
        Assert.Equal([1, 1, 2, 1, 2], doc.Sections.Select(s => s.Level));
    }

    [Fact]
    public void LinesOfAParagraphAreJoinedWithOneSpace()
    {
        var doc = Read(Path.Combine(Assets, "restraint.pdf"));

        var block = Assert.Single(doc.Blocks, b => doc.GetText(b.Span).StartsWith("This policy", StringComparison.Ordinal));
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal("This policy sets out how staff reduce the use of restraint in the care home. It applies to all staff.", doc.GetText(block.Span));
    }

    [Theory]
    [InlineData("Refresher training", 2, 3, 15)]
    [InlineData("accredited training", 2, 2, 25)]
    [InlineData("3.2 Certification", 2, 4, 1)]
    [InlineData("mechanical restraint", 1, 5, 39)]
    public void OffsetsMapToPageLineAndColumn(string phrase, int page, int line, int column)
    {
        var doc = Read(Path.Combine(Assets, "restraint.pdf"));
        int offset = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{phrase}' not in the text");

        var location = doc.Locate(offset);

        Assert.Equal(page, location.Page);
        Assert.Equal(line, location.Line);
        Assert.Equal(column, location.Column);
    }

    [Fact]
    public void LocationCarriesTheSectionPath()
    {
        var doc = Read(Path.Combine(Assets, "restraint.pdf"));

        var location = doc.Locate(doc.Text.IndexOf("Certificates are kept", StringComparison.Ordinal));

        Assert.Equal("3 Training > 3.2 Certification", location.Section);
    }

    [Fact]
    public void EncryptedWithAUserPasswordGivesAPlainReason()
    {
        const string NeedsPassword = "the PDF is encrypted and needs a password (give it with --password)";
        var ex = Assert.Throws<DocumentReadException>(() => Read(Path.Combine(Assets, "restraint-encrypted.pdf")));
        Assert.Equal(NeedsPassword, ex.Message);

        var result = DocumentLoader.ReadGuarded(new PdfDocumentReader(), Path.Combine(Assets, "restraint-encrypted.pdf"), 64L << 20, TimeSpan.FromSeconds(30));
        Assert.Null(result.Document);
        Assert.Equal(NeedsPassword, result.Error);
    }

    [Fact]
    public void AWrongPasswordIsNamedAsSuch()
    {
        var result = DocumentLoader.ReadGuarded(new PdfDocumentReader(["not-it"]), Path.Combine(Assets, "restraint-encrypted.pdf"), 64L << 20, TimeSpan.FromSeconds(30));
        Assert.Equal("the PDF is encrypted and none of the passwords given opens it", result.Error);
    }

    [Fact]
    public void TheRightPasswordAmongSeveralOpensTheFile()
    {
        var path = Path.Combine(Assets, "restraint-encrypted.pdf");
        using var stream = File.OpenRead(path);
        var doc = new PdfDocumentReader(["not-it", "secret"]).Read(path, stream, CancellationToken.None);
        Assert.Contains("reduce the use of restraint", doc.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AFormThatDrawsItselfCostsItsPageNotTheProcess()
    {
        // Two form XObjects that draw each other: following them recurses until the stack overflows, which would end
        // the whole run. The reader finds the cycle before reading the page and names the page it skipped.
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pdfminer__issue-1113-evil-xobjects.pdf"));
        var message = Assert.Single(doc.Messages);
        Assert.Equal("PL9001", message.RuleId);
        Assert.Contains("page 1 draws a form that draws itself", message.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TextDrawnOutsideThePageIsKeptAsPageFurniture()
    {
        // A book's printer slug lines ("… .qxd 2/10/04 3:46 PM Page 12") sit outside the crop box: no viewer shows them,
        // so they are read (nothing is lost) but given the page-furniture role, which rules do not check.
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pdfjs__freeculture.pdf"));
        var slugs = doc.Blocks.Where(b => doc.GetText(b.Span).Contains(".qxd", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(slugs);
        Assert.All(slugs, b => Assert.Equal(BlockRole.PageFurniture, b.Role));
    }

    [SkippableFact]
    public void EncryptedWithAnEmptyUserPasswordIsRead()
    {
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pypdf__r6-user-password.pdf"));
        Assert.False(doc.HasNoText);
    }

    [SkippableFact]
    public void ScannedPdfHasNoText()
    {
        var result = DocumentLoader.ReadGuarded(new PdfDocumentReader(), Path.Combine(TestPaths.Corpora, "corpus", "pysf__grayscale-image.pdf"), 64L << 20, TimeSpan.FromSeconds(30));

        Assert.Null(result.Error);
        Assert.True(result.Document!.HasNoText);
        Assert.Empty(result.Document.Blocks);
    }

    [SkippableFact]
    public void MissingCrossReferenceTableIsRebuilt()
    {
        // pdfminer's simple1.pdf has no xref table and no startxref at all. Its lines set "Hello" and "World" four
        // em apart in two aligned columns, which reads as a table of two columns.
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pdfminer__simple1.pdf"));
        Assert.Equal(["Hello", "World", "Hello", "World"], doc.Blocks.Take(4).Select(b => doc.GetText(b.Span)));
    }

    [Fact]
    public void NotAPdfGivesAPlainReason()
    {
        var path = Path.Combine(Assets, "restraint.md");
        using var stream = File.OpenRead(path);
        var ex = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader().Read(path, stream, CancellationToken.None));
        Assert.Equal("the file is not a PDF (no %PDF header)", ex.Message);
    }

    [SkippableFact]
    public void HangingFuzzedFileEndsWithinTheGuard()
    {
        var result = DocumentLoader.ReadGuarded(new PdfDocumentReader(), Path.Combine(TestPaths.Corpora, "corpus", "pdfpig__GHOSTSCRIPT-691770-0.pdf"), 64L << 20, TimeSpan.FromSeconds(30));
        Assert.True(result.Document is not null || result.Error is not null);
    }

    [Fact]
    public void TableRowsBecomeCellsWithWrappedLinesJoined()
    {
        // corpus/provider-policy.pdf (LibreOffice from the .md) has a two-column table whose second column wraps; the
        // paragraph after the table must not be glued to its last row.
        var path = TestPaths.InRepo("corpus", "provider-policy.pdf");
        var doc = Read(path);
        var cells = doc.Blocks.Where(b => b.Kind == BlockKind.TableCell).Select(b => doc.GetText(b.Span)).ToList();

        Assert.Equal(["Role", "Responsibility", "Registered Manager", "Owns this policy and makes sure staff follow it"], cells.Take(4));
        var after = Assert.Single(doc.Blocks, b => doc.GetText(b.Span).StartsWith("The Registered Manager is", StringComparison.Ordinal));
        Assert.Equal(BlockKind.Paragraph, after.Kind);
        Assert.Equal("2.1", after.Marker);
        Assert.EndsWith("followed in each house.", doc.GetText(after.Span), StringComparison.Ordinal);

        // The wrapped cell keeps the page, line and column of each of its lines.
        int offset = doc.Text.IndexOf("follow it", StringComparison.Ordinal);
        var location = doc.Locate(offset);
        Assert.Equal((1, 16, 1), (location.Page, location.Line, location.Column));
    }

    [Fact]
    public void ACellDrawnBeforeItsRowNeighboursIsStillOneCell()
    {
        // In the training table LibreOffice draws the wrapped first cell ("Managing challenging / behaviour") before the
        // other cells of its row, which sit on the first line's baseline: cells are found by position, not drawing order.
        var doc = Read(TestPaths.InRepo("corpus", "provider-policy.pdf"));
        var cells = doc.Blocks.Where(b => b.Kind == BlockKind.TableCell).Select(b => doc.GetText(b.Span)).ToList();
        int at = cells.IndexOf("Managing challenging behaviour");

        Assert.True(at >= 0, string.Join(" | ", cells));
        Assert.Equal(["All staff", "Every 2 years", "Safe handling of medicines"], cells.Skip(at + 1).Take(3));
    }

    [Fact]
    public void AParagraphRunsOnAcrossThePageBreakAndTheFooterKeepsItsOwnPlace()
    {
        // layout.pdf (see layout.README.md): paragraph 4.1 starts at the foot of page 1 and ends on page 2, with the
        // running footer drawn between its halves.
        var doc = Read(Path.Combine(Assets, "layout.pdf"));
        var block = Assert.Single(doc.Blocks, b => b.Marker == "4.1");
        Assert.StartsWith("We train staff", doc.GetText(block.Span), StringComparison.Ordinal);

        Assert.EndsWith("so that restrictions are needed far less often.", doc.GetText(block.Span), StringComparison.Ordinal);
        Assert.Equal(1, doc.Locate(block.Span.Start).Page);
        Assert.Equal(2, doc.Locate(doc.Text.IndexOf("long before anyone", StringComparison.Ordinal)).Page);
        var footers = doc.Blocks.Where(b => doc.GetText(b.Span).StartsWith("Riverbank Care · Reducing", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, footers.Count);
        Assert.All(footers, f => Assert.Equal(BlockRole.PageFurniture, f.Role));
        Assert.Equal([1, 2], footers.Select(f => doc.Locate(f.Span.Start).Page));
    }

    [Fact]
    public void LinesBrokenOnPurposeAreNotJoinedIntoOneSentence()
    {
        // A letter's date, salutation and subject line end short of the margin, and the next line starts with a capital.
        var doc = Read(Path.Combine(Assets, "layout.pdf"));
        Assert.Contains(doc.Blocks, b => doc.GetText(b.Span) == "Dear Ms Okafor,");
        Assert.Contains(doc.Blocks, b => doc.GetText(b.Span) == "Re: Our restraint reduction plan for the coming year");
    }

    [Fact]
    public void ANumberedParagraphThatWrapsBeforeACapitalIsNotAHeading()
    {
        // "1.2 We will uphold … under the Human" / "Rights Act 1998, …": the first line fills the measure, so it wrapped.
        var doc = Read(Path.Combine(Assets, "layout.pdf"));
        var block = Assert.Single(doc.Blocks, b => b.Marker == "1.2");

        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Contains("under the Human Rights Act 1998", doc.GetText(block.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Sections, s => s.Path.Contains("1.2", StringComparison.Ordinal));
    }

    [Fact]
    public void ABulletedListSetWithTabStopsIsAListNotATable()
    {
        var doc = Read(Path.Combine(Assets, "layout.pdf"));
        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();

        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Equal("•", i.Marker));
        Assert.EndsWith("so that they cannot move freely when they want to;", doc.GetText(items[0].Span), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void VerticalTextIsReadAsLinesNotOneLetterALine()
    {
        // pdfminer's jo.pdf sets Japanese verse in vertical columns: each glyph a little below the last at the same x.
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pdfminer__jo.pdf"));
        Assert.Contains(doc.Blocks, b => doc.GetText(b.Span).Contains("\u308F\u305F\u304F\u3057\u3068\u3044\u3075\u73FE\u8C61\u306F", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Blocks, b => doc.GetText(b.Span) == "\u308F");
    }

    [SkippableFact]
    public void APageThatCannotBeReadIsNamedWithTheReasonAndTheRestIsRead()
    {
        // A fuzzed file from PdfPig's tests: two pages' content streams are damaged beyond parsing.
        var doc = Read(Path.Combine(TestPaths.Corpora, "corpus", "pdfpig__FailedToParseContentForPage32.pdf"));
        var message = Assert.Single(doc.Messages, m => m.Message.Contains("could not be read", StringComparison.Ordinal));

        Assert.Equal("pages 32, 84 could not be read and were skipped: the page's content is damaged", message.Message);
        Assert.True(doc.Text.Length > 100_000, $"only {doc.Text.Length} characters were read from the other pages");
    }
}
