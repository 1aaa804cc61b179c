using PolicyLint.Readers.Docx;
using PolicyLint.Readers.Html;
using PolicyLint.Readers.Markdown;
using PolicyLint.Readers.Pdf;
using PolicyLint.Readers.Text;

namespace PolicyLint.Readers;

/// <summary>The readers PolicyLint ships, one per format.</summary>
internal static class ReaderRegistry
{
    /// <summary>The readers, with the passwords to try on encrypted PDFs.</summary>
    public static IReadOnlyList<IDocumentReader> Create(IReadOnlyList<string> pdfPasswords) =>
        pdfPasswords.Count == 0 ? Default : [.. Default.Where(r => r is not PdfDocumentReader), new PdfDocumentReader(pdfPasswords)];

    public static IReadOnlyList<IDocumentReader> Default { get; } =
    [
        new MarkdownDocumentReader(),
        new PlainTextDocumentReader(),
        new DocxDocumentReader(),
        new PdfDocumentReader(),
        new HtmlDocumentReader(),
    ];
}
