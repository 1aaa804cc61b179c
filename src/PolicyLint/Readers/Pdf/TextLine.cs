namespace PolicyLint.Readers.Pdf;

/// <summary>
/// One line of text on a page: its characters (spaces already inferred from gaps), where it starts and ends, its
/// baseline, its mean font size, whether every glyph was bold, and whether it was drawn outside the visible page. Column n of the line is <c>Text[n - 1]</c>.
/// </summary>
internal sealed record TextLine(string Text, double X0, double X1, double Y, double Size, int Rotation, bool Bold, bool OffPage = false);
