namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Finds tables on a page from the geometry of its lines, since a PDF keeps no cells: a run of lines whose segments
/// (<see cref="TextLine.Segments"/>) start in the same columns, at least two of them with more than one segment. Rows
/// are cut where the vertical step is larger than the page's line spacing (cell padding) or where two lines in a row
/// each fill several columns; each column of a row is one cell, its lines in reading order, whatever order the
/// producer drew them in. Two columns of text set side by side read the same way: each column whole, left then right.
/// </summary>
internal static class PdfTables
{
    private const double ColumnTolerance = 0.5;
    private const double RowStepRatio = 1.12;
    private const double MaxRowGapRatio = 4.0;

    /// <summary>One cell: the pieces of text that make it, each a segment of a line (by line index on the page).</summary>
    internal sealed record Cell(IReadOnlyList<(int Line, LineSegment Segment)> Pieces);

    /// <summary>A table occupying lines <see cref="First"/> to <see cref="Last"/> (drawing order), its cells row by row.</summary>
    internal sealed record Table(int First, int Last, IReadOnlyList<IReadOnlyList<Cell>> Rows);

    public static List<Table> Find(IReadOnlyList<TextLine> lines, Func<int, bool> isFurniture, double lineGap)
    {
        var tables = new List<Table>();
        for (int i = 0; i < lines.Count; i++)
        {
            var head = lines[i];
            if (head.Segments.Count < 2 || isFurniture(i) || head.OffPage)
            {
                continue;
            }

            double tol = ColumnTolerance * head.Size;
            var columns = head.Segments.Select(s => s.X0).ToList();
            int multi = 1, j = i + 1;
            double lowest = head.Y, highest = head.Y;
            for (; j < lines.Count; j++)
            {
                var line = lines[j];
                if (isFurniture(j) || line.OffPage || line.Rotation != head.Rotation
                    || Math.Abs(line.Size - head.Size) > 0.15 * head.Size || !Fits(line, columns, tol)
                    || line.Y < lowest - (MaxRowGapRatio * lineGap) || line.Y > highest + (MaxRowGapRatio * lineGap))
                {
                    break;
                }

                lowest = Math.Min(lowest, line.Y);
                highest = Math.Max(highest, line.Y);
                if (line.Segments.Count >= 2)
                {
                    multi++;
                }
            }

            if (multi >= 2 && !FirstColumnIsListMarkers(lines, i, j - 1, columns, tol))
            {
                tables.Add(new Table(i, j - 1, Rows(lines, i, j - 1, columns, lineGap)));
                i = j - 1;
            }
        }

        return tables;
    }

    /// <summary>
    /// A list set with tab stops (a bullet or number, a gap, the item) has the shape of a table whose first column
    /// holds only markers; it is read as a list.
    /// </summary>
    private static bool FirstColumnIsListMarkers(IReadOnlyList<TextLine> lines, int first, int last, List<double> columns, double tol)
    {
        bool any = false;
        for (int i = first; i <= last; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                if (Column(columns, segment.X0, tol) == 0)
                {
                    var text = lines[i].Text.AsSpan(segment.Start, segment.Length).Trim();
                    if (!IsListMarker(text))
                    {
                        return false;
                    }

                    any = true;
                }
            }
        }

        return any;
    }

    /// <summary>
    /// A bullet symbol; a number with optional levels and closing punctuation ("1", "2.", "3)", "4.1", "(5)"); or one
    /// letter or a small roman numeral with punctuation ("a.", "b)", "(iv)"). Codes such as "RP1" or "KPI" are cells.
    /// </summary>
    private static bool IsListMarker(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && !char.IsLetterOrDigit(text[0]))
        {
            return true;
        }

        bool parens = text.Length > 2 && text[0] == '(' && text[^1] == ')';
        var core = parens ? text[1..^1] : text;
        bool punctuated = parens;
        if (!parens && core.Length > 1 && core[^1] is '.' or ')')
        {
            core = core[..^1];
            punctuated = true;
        }

        if (core.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(core[0]))
        {
            int digitsInRun = 0;
            foreach (char c in core)
            {
                if (char.IsAsciiDigit(c))
                {
                    if (++digitsInRun > 3)
                    {
                        return false;
                    }
                }
                else if (c == '.')
                {
                    digitsInRun = 0;
                }
                else
                {
                    return false;
                }
            }

            return true;
        }

        if (!punctuated)
        {
            return false;
        }

        return core.Length == 1 ? char.IsLetter(core[0]) : IsSmallRoman(core);
    }

    private static bool IsSmallRoman(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.ToLowerInvariant(c) is not ('i' or 'v' or 'x'))
            {
                return false;
            }
        }

        return text.Length <= 4;
    }

    /// <summary>Every segment starts inside a column and ends before the next column starts.</summary>
    private static bool Fits(TextLine line, List<double> columns, double tol)
    {
        foreach (var segment in line.Segments)
        {
            int k = Column(columns, segment.X0, tol);
            if (k < 0 || (k + 1 < columns.Count && segment.X1 > columns[k + 1] + tol))
            {
                return false;
            }
        }

        return true;
    }

    private static int Column(List<double> columns, double x, double tol)
    {
        int k = -1;
        for (int c = 0; c < columns.Count; c++)
        {
            if (x >= columns[c] - tol)
            {
                k = c;
            }
        }

        return k;
    }

    private static List<IReadOnlyList<Cell>> Rows(IReadOnlyList<TextLine> lines, int first, int last, List<double> columns, double lineGap)
    {
        double tol = ColumnTolerance * lines[first].Size;

        // Bands: lines on the same baseline, top to bottom (the producer may draw a row's cells one after another).
        var order = Enumerable.Range(first, last - first + 1).OrderByDescending(i => lines[i].Y).ThenBy(i => i).ToList();
        var bands = new List<List<int>>();
        foreach (int i in order)
        {
            if (bands.Count > 0 && Math.Abs(lines[bands[^1][0]].Y - lines[i].Y) < 0.3 * lines[i].Size)
            {
                bands[^1].Add(i);
            }
            else
            {
                bands.Add([i]);
            }
        }

        var rows = new List<IReadOnlyList<Cell>>();
        List<(int Line, LineSegment Segment)>[]? cells = null;
        double previousY = 0;
        int previousFilled = 0;
        foreach (var band in bands)
        {
            var pieces = band.SelectMany(i => lines[i].Segments.Select(s => (Line: i, Segment: s))).OrderBy(p => p.Segment.X0).ToList();
            int filled = pieces.Select(p => Column(columns, p.Segment.X0, tol)).Distinct().Count();
            double y = lines[band[0]].Y;
            bool newRow = cells is null || previousY - y > (RowStepRatio * lineGap) + 0.5 || (filled >= 2 && previousFilled >= 2);
            if (newRow)
            {
                Flush();
                cells = new List<(int, LineSegment)>[columns.Count];
            }

            foreach (var piece in pieces)
            {
                int k = Math.Max(0, Column(columns, piece.Segment.X0, tol));
                (cells![k] ??= []).Add(piece);
            }

            previousY = y;
            previousFilled = filled;
        }

        Flush();
        return rows;

        void Flush()
        {
            if (cells is not null)
            {
                rows.Add([.. cells.Where(c => c is { Count: > 0 }).Select(c => new Cell(c))]);
            }
        }
    }
}
