using AngleSharp.Html.Parser;
using PolicyLint.Readers.Text;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Reads a saved web page (.html, .htm) with AngleSharp's HTML5 parser, keeping the main content only (see
/// <see cref="HtmlContent"/>) and the exact line and column of every character in the HTML source (see
/// <see cref="HtmlSourceText"/>). The encoding is decided as a browser does (<see cref="HtmlCharset"/>); what becomes
/// which block is described on <see cref="HtmlBlockWalker"/>. The parser, the content selection and the walk are all
/// free of recursion on the page's depth, and a page left open thousands of elements deep is refused
/// (<see cref="HtmlNestingGuard"/>) rather than parsed for minutes.
/// </summary>
internal sealed class HtmlDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Html;

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken)
    {
        var bytes = TextDecoder.ReadAll(content, cancellationToken);
        var source = HtmlCharset.Decode(bytes, out _);
        cancellationToken.ThrowIfCancellationRequested();

        var text = new HtmlSourceText(source);
        var guard = new HtmlNestingGuard();
        int tokens = 0;
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            OnToken = (token, range) =>
            {
                if ((++tokens & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                guard.OnToken(token);
                text.OnToken(token, range);
            },
        };

        using var document = new HtmlParser(options).ParseDocument(source);
        text.Seal(cancellationToken);

        var builder = new DocumentBuilder(path, SourceFormat.Html);
        var (roots, bodyMode) = HtmlContent.Roots(document, cancellationToken);
        new HtmlBlockWalker(source, text, builder, cancellationToken).Walk(roots, bodyMode);
        return builder.Build();
    }
}
