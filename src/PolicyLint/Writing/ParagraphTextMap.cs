using System.Xml.Linq;
using PolicyLint.Readers.Docx;

namespace PolicyLint.Writing;

/// <summary>
/// What the Word reader saw, paragraph by paragraph: built by listening to its walk (<see cref="IDocxTextObserver"/>),
/// so a finding's (paragraph, column) from the document's source map leads back to the very w:t elements it was read
/// from.
/// </summary>
internal sealed class ParagraphTextMap : IDocxTextObserver
{
    private readonly Dictionary<int, ParagraphText> _paragraphs = [];

    public ParagraphText? this[int number] => _paragraphs.GetValueOrDefault(number);

    public void ParagraphStarted(int number, XElement paragraph) => _paragraphs[number] = new ParagraphText(number, paragraph);

    public void TextEmitted(int paragraph, int column, string text, XElement source, int field)
    {
        if (_paragraphs.TryGetValue(paragraph, out var entry))
        {
            entry.Pieces.Add(new TextPiece(column, text, source, field));
        }
    }
}
