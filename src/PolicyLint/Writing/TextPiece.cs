using System.Xml.Linq;

namespace PolicyLint.Writing;

/// <summary>
/// One piece of a paragraph's text as the reader saw it: its 1-based column, the characters, and the element they came
/// from (a w:t, or one element such as w:tab that stands for a character). Mutable because splitting a run moves the
/// tail of a piece into a new w:t.
/// </summary>
internal sealed class TextPiece(int column, string text, XElement source, int field)
{
    public int Column { get; set; } = column;

    public string Text { get; set; } = text;

    public XElement Source { get; set; } = source;

    /// <summary>The innermost complex field whose result holds the piece (0: none).</summary>
    public int Field { get; } = field;

    /// <summary>The column just past the piece.</summary>
    public int End => Column + Text.Length;

    /// <summary>The run holding the piece (null when it is not a w:r, e.g. an equation's m:r).</summary>
    public XElement? Run => Source.Parent is { } parent && Readers.Docx.WordXml.Is(parent, "r") ? parent : null;
}
