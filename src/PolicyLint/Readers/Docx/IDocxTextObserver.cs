using System.Xml.Linq;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Listens to <see cref="DocxTextWalker"/>: where each paragraph number and each piece of text came from in the XML.
/// Paragraph numbers and columns are exactly those of the document's source map, because they are the walker's own.
/// </summary>
internal interface IDocxTextObserver
{
    /// <summary>Paragraph <paramref name="number"/> (1-based, reading order) is the element <paramref name="paragraph"/>.</summary>
    void ParagraphStarted(int number, XElement paragraph);

    /// <summary>
    /// <paramref name="text"/> was read at (<paramref name="paragraph"/>, <paramref name="column"/>) from
    /// <paramref name="source"/>: a w:t, or one element that stands for its text (w:tab, w:br, w:sym, an m:t…).
    /// <paramref name="field"/> is the serial number of the innermost complex field whose result holds it (0: none).
    /// </summary>
    void TextEmitted(int paragraph, int column, string text, XElement source, int field);
}
