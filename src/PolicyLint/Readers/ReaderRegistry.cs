using PolicyLint.Readers.Docx;
using PolicyLint.Readers.Html;
using PolicyLint.Readers.Markdown;
using PolicyLint.Readers.Pdf;
using PolicyLint.Readers.Text;

namespace PolicyLint.Readers;

/// <summary>The readers PolicyLint ships, one per format.</summary>
internal static class ReaderRegistry
{
    public static IReadOnlyList<IDocumentReader> Default { get; } =
    [
        new MarkdownDocumentReader(),
        new PlainTextDocumentReader(),
        new DocxDocumentReader(),
        new PdfDocumentReader(),
        new HtmlDocumentReader(),
    ];
}
