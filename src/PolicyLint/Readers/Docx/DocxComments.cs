using System.Xml.Linq;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Reads a document's Word comments into <see cref="SourceComment"/>s: each comment's text, author and the range of
/// normalised text its commentRangeStart and commentRangeEnd enclose (as the walker recorded them), and, from
/// commentsExtended.xml, which comment a reply answers (w15:paraIdParent names the last paragraph of the parent).
/// </summary>
internal static class DocxComments
{
    private static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    public static void Read(DocxPackage package, DocxTextWalker walker, DocumentBuilder builder)
    {
        if (package.Comments?.Root is not { } root)
        {
            return;
        }

        var comments = WordXml.Children(root, "comment").ToList();
        // Each comment is known to a reply by the w14:paraId of its last paragraph.
        var byParagraphId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in comments)
        {
            if (WordXml.Attr(comment, "id") is { } id && WordXml.Children(comment, "p").LastOrDefault()?.Attribute(W14 + "paraId")?.Value is { } paraId)
            {
                byParagraphId[paraId] = id;
            }
        }

        var parentOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (package.CommentsExtended?.Root is { } extended)
        {
            foreach (var ex in extended.Elements().Where(e => e.Name.LocalName == "commentEx"))
            {
                var paraId = ex.Attribute(W15 + "paraId")?.Value;
                var parentParaId = ex.Attribute(W15 + "paraIdParent")?.Value;
                if (paraId is not null && parentParaId is not null && byParagraphId.TryGetValue(parentParaId, out var parentId))
                {
                    parentOf[paraId] = parentId;
                }
            }
        }

        foreach (var comment in comments)
        {
            if (WordXml.Attr(comment, "id") is not { } id)
            {
                continue;
            }

            var text = string.Join('\n', WordXml.Children(comment, "p").Select(p =>
                string.Concat(p.Descendants().Where(e => WordXml.Is(e, "t") || WordXml.Is(e, "tab")).Select(e => WordXml.Is(e, "tab") ? " " : e.Value))));
            var lastParaId = WordXml.Children(comment, "p").LastOrDefault()?.Attribute(W14 + "paraId")?.Value;
            string? parent = lastParaId is not null && parentOf.TryGetValue(lastParaId, out var p) ? p : null;
            var span = walker.CommentStarts.TryGetValue(id, out int start) && walker.CommentEnds.TryGetValue(id, out int end) && end >= start
                ? new TextSpan(start, end - start)
                : new TextSpan(0, 0);
            builder.AddComment(new SourceComment(id, text, span, WordXml.Attr(comment, "author"), parent));
        }
    }
}
