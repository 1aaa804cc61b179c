using System.Xml.Linq;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Reads a Word .docx (Transitional or ISO 29500 Strict) into a <see cref="PolicyDocument"/>.
/// <para>
/// Order and locations. The main body comes first: every w:p in document order gets a 1-based paragraph number,
/// paragraphs in tables (nested ones too) and empty paragraphs included; paragraphs of a text box are numbered right
/// after the paragraph that anchors the box. A character's position is (paragraph, column), the column being the
/// 1-based offset in the paragraph's text as emitted (a tab is one space, a break one '\n'; list numbers are
/// <see cref="Block.Marker"/>s, not text; a numbered heading's number is prefixed to its text and anchored at column 1).
/// Footnotes, then endnotes (separators skipped), follow as <see cref="BlockKind.Note"/> blocks whose paragraphs
/// continue the numbering after the body, each note paragraph numbered on in the order of the notes part. Headers and
/// footers follow last as <see cref="BlockKind.HeaderFooter"/> blocks, continuing the numbering again; a header or
/// footer whose text repeats one already read is skipped without taking numbers. So paragraph numbers above the
/// body's count point into notes, then headers and footers, in that order.
/// </para>
/// <para>
/// Tables: one <see cref="BlockKind.TableCell"/> block per paragraph of a cell, so every character keeps its own
/// paragraph. Comments are not text of the document: they are carried beside it (<see cref="DocxComments"/>) with the
/// range they cover, for suppressions.
/// </para>
/// </summary>
internal sealed class DocxDocumentReader : IDocumentReader
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public SourceFormat Format => SourceFormat.Docx;

    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken) =>
        Read(path, content, ReaderLimits.Default, cancellationToken);

    public PolicyDocument Read(string path, Stream content, ReaderLimits limits, CancellationToken cancellationToken) =>
        Read(path, content, limits, observer: null, out _, cancellationToken);

    /// <summary>
    /// Reads the document as <see cref="Read(string, Stream, ReaderLimits, CancellationToken)"/> does, telling
    /// <paramref name="observer"/> where every paragraph and piece of text came from, and hands back the package whose
    /// XML was walked (the reviewed copy edits that very XML, so its paragraph numbers and columns are the reader's).
    /// </summary>
    public static PolicyDocument Read(string path, Stream content, ReaderLimits limits, IDocxTextObserver? observer, out DocxPackage package, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var seekable = EnsureSeekable(content);
        CheckSignature(seekable);
        DocxPreflight.Check(seekable, limits, cancellationToken);

        package = DocxPackage.Open(seekable, limits);
        cancellationToken.ThrowIfCancellationRequested();

        var builder = limits.Builder(path, SourceFormat.Docx);
        foreach (var skipped in package.Skipped)
        {
            builder.AddMessage("PL9001", skipped);
        }

        var styles = new DocxStyles(package.Styles);
        var numbering = new DocxNumbering(package.Numbering, styles);
        var walker = new DocxTextWalker(builder, styles, numbering, limits.MaxNestingDepth, cancellationToken) { Observer = observer };

        var body = WordXml.Child(package.Main.Root, "body")!;
        walker.WalkBlocks(body, BlockKind.Paragraph);
        walker.ResetFields();
        DocxComments.Read(package, walker, builder);

        ReadNotes(package.Footnotes, "footnote", walker);
        ReadNotes(package.Endnotes, "endnote", walker);
        ReadHeadersAndFooters(package, body, walker, cancellationToken);
        if (walker.TooDeep)
        {
            throw new DocumentReadException($"the Word document is nested deeper (tables, content controls, text boxes) than {limits.NestingLimit}");
        }

        return builder.Build();
    }

    private static void ReadNotes(XDocument? part, string elementName, DocxTextWalker walker)
    {
        if (part?.Root is null)
        {
            return;
        }

        foreach (var note in WordXml.Children(part.Root, elementName))
        {
            // separator, continuationSeparator and continuationNotice are layout, not notes.
            var type = WordXml.Attr(note, "type");
            if (type is not null && type != "normal")
            {
                continue;
            }

            walker.WalkBlocks(note, BlockKind.Note);
            walker.ResetFields();
        }
    }

    private static void ReadHeadersAndFooters(DocxPackage package, XElement body, DocxTextWalker walker, CancellationToken cancellationToken)
    {
        // Section order (each section's header references, then its footer references), then any part no section names.
        var order = new List<string>();
        foreach (var sectPr in body.Descendants().Where(e => WordXml.Is(e, "sectPr")))
        {
            foreach (var reference in sectPr.Elements().Where(e => WordXml.Is(e, "headerReference")))
            {
                order.Add(RelationshipId(reference));
            }

            foreach (var reference in sectPr.Elements().Where(e => WordXml.Is(e, "footerReference")))
            {
                order.Add(RelationshipId(reference));
            }
        }

        order.AddRange(package.HeaderFooterOrder);
        var seenParts = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seenParts.Add(id) || !package.HeadersFooters.TryGetValue(id, out var part) || part.Root is null)
            {
                continue;
            }

            var text = string.Join(' ', part.Root.Descendants().Where(e => WordXml.Is(e, "t")).Select(e => e.Value)).Trim();
            if (text.Length == 0 || !seenTexts.Add(text))
            {
                continue;
            }

            walker.WalkBlocks(part.Root, BlockKind.HeaderFooter);
            walker.ResetFields();
        }
    }

    private static string RelationshipId(XElement reference)
    {
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace rStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";
        return (string?)reference.Attribute(r + "id") ?? (string?)reference.Attribute(rStrict + "id") ?? string.Empty;
    }

    private static Stream EnsureSeekable(Stream content)
    {
        if (content.CanSeek)
        {
            return content;
        }

        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    // Password-protected Word files are not zip packages: Office wraps the encrypted package in an OLE compound file.
    private static void CheckSignature(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        int read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read >= 8 && head.SequenceEqual(OleSignature))
        {
            if (ContainsEncryptedPackage(content))
            {
                throw new DocumentReadException("the Word document is password-protected");
            }

            throw new DocumentReadException("the file is not a valid Word document (it is an old binary Word file or another OLE file, not a .docx package)");
        }

        if (read < 4 || head[0] != (byte)'P' || head[1] != (byte)'K')
        {
            throw new DocumentReadException("the file is not a valid Word document (it is not a zip package)");
        }
    }

    // The compound file's directory names its streams in UTF-16; an encrypted .docx has one called "EncryptedPackage".
    private static bool ContainsEncryptedPackage(Stream content)
    {
        var needle = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");
        var buffer = new byte[content.Length];
        content.Position = 0;
        content.ReadExactly(buffer);
        content.Position = 0;
        return buffer.AsSpan().IndexOf(needle) >= 0;
    }
}
