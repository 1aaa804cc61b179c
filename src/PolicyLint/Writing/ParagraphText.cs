using System.Text;
using System.Xml.Linq;

namespace PolicyLint.Writing;

/// <summary>A paragraph as the reader numbered it: its w:p element and the pieces of text read from it, in column order.</summary>
internal sealed class ParagraphText(int number, XElement element)
{
    public int Number { get; } = number;

    public XElement Element { get; } = element;

    public List<TextPiece> Pieces { get; } = [];

    /// <summary>The paragraph's text as the reader emitted it (column 1 is index 0).</summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var piece in Pieces)
            {
                sb.Append(piece.Text);
            }

            return sb.ToString();
        }
    }

    /// <summary>The column just past the paragraph's text.</summary>
    public int EndColumn => Pieces.Count == 0 ? 1 : Pieces[^1].End;

    /// <summary>The index of the piece holding <paramref name="column"/>, or -1.</summary>
    public int IndexAt(int column)
    {
        for (int i = 0; i < Pieces.Count; i++)
        {
            if (column >= Pieces[i].Column && column < Pieces[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The pieces that hold any of the columns [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<TextPiece> PiecesIn(int start, int end) => Pieces.Where(p => p.Column < end && p.End > start);
}
