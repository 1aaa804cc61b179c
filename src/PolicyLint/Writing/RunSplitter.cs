using System.Xml.Linq;
using PolicyLint.Readers.Docx;

namespace PolicyLint.Writing;

/// <summary>
/// Splits runs so that a column of a paragraph falls between runs: the run is cut in two (both halves keep its
/// properties) and a w:t is cut where the column falls inside it. The paragraph's pieces are kept up to date, so later
/// columns are found in the split runs.
/// </summary>
internal sealed class RunSplitter(Func<int> nextId)
{
    // Inline containers a run may sit in and still be cut, marked or wrapped in a tracked change.
    private static readonly HashSet<string> InlineContainers = new(StringComparer.Ordinal)
    {
        "hyperlink", "sdt", "sdtContent", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo",
    };

    /// <summary>
    /// True when the piece is text of a w:r reached only through inline containers (hyperlinks, content controls,
    /// simple fields, smart tags, others' insertions): not an equation, a ruby, or one branch of alternate content.
    /// </summary>
    public static bool IsEditable(TextPiece piece, XElement paragraph)
    {
        var run = piece.Run;
        if (run is null)
        {
            return false;
        }

        for (var e = run.Parent; e is not null && e != paragraph; e = e.Parent)
        {
            if (!WordXml.IsWord(e) || !InlineContainers.Contains(e.Name.LocalName))
            {
                return false;
            }
        }

        return run.Ancestors().Contains(paragraph);
    }

    /// <summary>
    /// Makes <paramref name="column"/> a run boundary: the piece that starts there is the first content of its run.
    /// Nothing is done at or past the paragraph's end, or when the piece there cannot be edited.
    /// </summary>
    public void SplitAt(ParagraphText paragraph, int column)
    {
        int index = paragraph.IndexAt(column);
        if (index < 0)
        {
            return;
        }

        var piece = paragraph.Pieces[index];
        if (!IsEditable(piece, paragraph.Element))
        {
            // The text after the column cannot be cut (an equation, alternate content): cut after the text before it.
            if (index > 0 && paragraph.Pieces[index - 1] is var before && IsEditable(before, paragraph.Element) &&
                before.Column + before.Text.Length == column && before.Source.ElementsAfterSelf().FirstOrDefault() is { } next)
            {
                SplitRunBefore(before.Run!, next);
            }

            return;
        }

        if (piece.Column < column)
        {
            if (!WordXml.Is(piece.Source, "t"))
            {
                return;
            }

            SplitText(paragraph, index, column - piece.Column);
            piece = paragraph.Pieces[index + 1];
        }

        var run = piece.Run!;
        if (piece.Source.ElementsBeforeSelf().Any(e => !WordXml.Is(e, "rPr")))
        {
            SplitRunBefore(run, piece.Source);
        }
    }

    private static void SplitText(ParagraphText paragraph, int index, int at)
    {
        var piece = paragraph.Pieces[index];
        var front = piece.Text[..at];
        var back = piece.Text[at..];
        var tail = new XElement(piece.Source.Name, new XAttribute(XNamespace.Xml + "space", "preserve"), back);
        piece.Source.Value = front;
        piece.Source.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        piece.Source.AddAfterSelf(tail);
        piece.Text = front;
        paragraph.Pieces.Insert(index + 1, new TextPiece(piece.Column + at, back, tail, piece.Field));
    }

    private void SplitRunBefore(XElement run, XElement first)
    {
        var tail = new XElement(run.Name, run.Attributes());
        if (WordXml.Child(run, "rPr") is { } rPr)
        {
            tail.Add(Properties(rPr));
        }

        var moving = first.NodesAfterSelf().Prepend(first).ToList();
        foreach (var node in moving)
        {
            node.Remove();
        }

        tail.Add(moving);
        run.AddAfterSelf(tail);
    }

    /// <summary>
    /// A copy of run properties for a new run. A recorded formatting change in them (w:rPrChange) is a revision of its
    /// own and gets a new id, so no two revisions share one.
    /// </summary>
    public XElement Properties(XElement rPr)
    {
        var copy = new XElement(rPr);
        foreach (var change in copy.Elements().Where(e => WordXml.Is(e, "rPrChange")))
        {
            var id = change.Attributes().FirstOrDefault(a => a.Name.LocalName == "id");
            if (id is not null)
            {
                id.Value = nextId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return copy;
    }
}
