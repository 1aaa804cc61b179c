namespace PolicyLint.Rules.Syntax;

/// <summary>
/// A comment a format keeps beside the text rather than in it (a Word comment or a reply to one): its text, the range
/// of the document it is anchored to, and who wrote it. Carried to the engine for suppressions; rules never see it.
/// </summary>
/// <param name="Id">The format's own id of the comment (Word's w:id).</param>
/// <param name="Text">The comment's text, paragraphs joined by a line break.</param>
/// <param name="Span">The commented range in <see cref="PolicyDocument.Text"/> (empty when the range could not be found).</param>
/// <param name="Author">The author as the format records it.</param>
/// <param name="ParentId">For a reply, the id of the comment it answers; null for a comment that starts a thread.</param>
public sealed record SourceComment(string Id, string Text, TextSpan Span, string? Author, string? ParentId);
