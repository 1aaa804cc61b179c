using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Office2013.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyLint.Tests.Configuration;

/// <summary>
/// Adds comments to a real .docx the way Word stores them: a comment in comments.xml with its range marked in the body
/// (commentRangeStart, commentRangeEnd, a commentReference run), and a reply as a comment whose paragraph
/// commentsExtended.xml links to the last paragraph of the comment it answers (w15:paraIdParent).
/// </summary>
internal static class WordComments
{
    /// <summary>Comments the first run whose text contains <paramref name="phrase"/>.</summary>
    public static void Add(string docx, string phrase, string text, string author = "A Commissioner")
    {
        using var doc = WordprocessingDocument.Open(docx, true);
        var main = doc.MainDocumentPart!;
        var comments = Comments(main);
        var id = NextId(comments);
        comments.AppendChild(new Comment(new Paragraph(new Run(new Text(text)))) { Id = id, Author = author, Initials = "AC", Date = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc) });
        var run = main.Document!.Body!.Descendants<Text>().First(t => t.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase)).Ancestors<Run>().First();
        run.InsertBeforeSelf(new CommentRangeStart { Id = id });
        var end = run.InsertAfterSelf(new CommentRangeEnd { Id = id });
        end.InsertAfterSelf(new Run(new CommentReference { Id = id }));
    }

    /// <summary>
    /// Replies to the first comment by <paramref name="parentAuthor"/> whose text contains <paramref name="parentText"/>,
    /// as Word does: the reply has no range of its own, only a threading entry in commentsExtended.xml.
    /// </summary>
    public static void Reply(string docx, string parentAuthor, string parentText, string text, string author = "A Commissioner")
    {
        using var doc = WordprocessingDocument.Open(docx, true);
        var main = doc.MainDocumentPart!;
        var comments = Comments(main);
        var parent = comments.Elements<Comment>().First(c => c.Author == parentAuthor && c.InnerText.Contains(parentText, StringComparison.Ordinal));
        var parentParagraph = parent.Elements<Paragraph>().Last();
        parentParagraph.ParagraphId ??= new HexBinaryValue("1A2B3C4D");
        var id = NextId(comments);
        var replyParagraph = new Paragraph(new Run(new Text(text))) { ParagraphId = new HexBinaryValue("5E6F7A8B") };
        comments.AppendChild(new Comment(replyParagraph) { Id = id, Author = author, Initials = "AC", Date = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc) });

        var exPart = main.WordprocessingCommentsExPart ?? main.AddNewPart<WordprocessingCommentsExPart>();
        exPart.CommentsEx ??= new CommentsEx();
        exPart.CommentsEx.AppendChild(new CommentEx { ParaId = parentParagraph.ParagraphId!.Value, Done = false });
        exPart.CommentsEx.AppendChild(new CommentEx { ParaId = "5E6F7A8B", ParaIdParent = parentParagraph.ParagraphId!.Value, Done = false });
    }

    private static Comments Comments(MainDocumentPart main)
    {
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        return part.Comments;
    }

    private static string NextId(Comments comments) =>
        (comments.Elements<Comment>().Select(c => int.TryParse(c.Id?.Value, out int n) ? n : 0).DefaultIfEmpty(0).Max() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
