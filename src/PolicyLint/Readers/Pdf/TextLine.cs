namespace PolicyLint.Readers.Pdf;

/// <summary>
/// One line of text on a page: its characters (spaces already inferred from gaps), where it starts and ends, its
/// baseline, its mean font size, whether every glyph was bold, and whether it was drawn outside the visible page. Column n of the line is <c>Text[n - 1]</c>.
/// </summary>
/// <remarks>
/// <see cref="Segments"/> cut the line where the gap between letters is wider than a cell gap (a table's columns, a
/// tab stop, two columns of text set side by side); an ordinary line has one segment.
/// </remarks>
internal sealed record TextLine(string Text, double X0, double X1, double Y, double Size, int Rotation, bool Bold, bool OffPage = false)
{
    public IReadOnlyList<LineSegment> Segments { get; init; } = [new LineSegment(0, Text.Length, X0, X1)];
}

/// <summary>A run of a line's text (<c>Text[Start..(Start + Length)]</c>) set apart from the rest by a wide gap.</summary>
internal readonly record struct LineSegment(int Start, int Length, double X0, double X1);
