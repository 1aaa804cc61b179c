namespace PolicyLint.Rules.Syntax;

/// <summary>
/// Where a character came from in its source file. Markdown and text: line and column.
/// Word: <see cref="Paragraph"/> (1-based, body order, table paragraphs counted) with <see cref="Line"/> equal to it
/// and <see cref="Column"/> the 1-based character offset in the paragraph. PDF: <see cref="Page"/> and the line on the page.
/// </summary>
public readonly record struct SourcePosition(int Line, int Column, int? Page = null, int? Paragraph = null)
{
    /// <summary>A Markdown or text position.</summary>
    public static SourcePosition AtLine(int line, int column) => new(line, column);

    /// <summary>A Word paragraph position (1-based paragraph, 1-based character in it).</summary>
    public static SourcePosition AtParagraph(int paragraph, int column) => new(paragraph, column, null, paragraph);

    /// <summary>A PDF position (page, line on the page, column on the line).</summary>
    public static SourcePosition AtPage(int page, int line, int column) => new(line, column, page, null);

    /// <summary>This position moved <paramref name="characters"/> to the right on the same line.</summary>
    public SourcePosition Advance(int characters) => this with { Column = Column + characters };
}
