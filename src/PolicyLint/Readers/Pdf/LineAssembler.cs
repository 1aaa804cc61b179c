using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Turns a page's glyphs (content-stream order) into lines. A glyph starts a new line when the baseline moves by more
/// than half the font size, the direction changes, or x jumps back; a space is inferred where the gap to the previous
/// glyph exceeds <see cref="SpaceGapRatio"/> of the font size and no space glyph was drawn (word-by-word producers
/// never draw one). A glyph redrawn over itself (fake bold, shadows) is dropped, as pdftotext does.
/// </summary>
internal static class LineAssembler
{
    public const double SpaceGapRatio = 0.15;

    /// <summary>A gap wider than this many font sizes separates segments of a line (table cells, tab stops, columns).</summary>
    public const double CellGapRatio = 1.0;
    private const double BaselineRatio = 0.5;
    private const double JumpBackRatio = 0.5;
    private const double DuplicateRatio = 0.2;
    private const int DuplicateLookBack = 400;

    public static List<TextLine> Assemble(List<TextGlyph> glyphs, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        var text = new StringBuilder();
        var placed = new List<TextGlyph>();
        var cuts = new List<(int Start, double X0, double PreviousEnd)>();
        double lastEnd = 0, sizeSum = 0;
        int sizeCount = 0;
        bool allBold = true;

        void Flush()
        {
            if (placed.Count == 0)
            {
                return;
            }

            string s = text.ToString().TrimEnd();
            if (s.Length > 0)
            {
                double x0 = placed[0].X, x1 = lastEnd;
                foreach (var g in placed)
                {
                    x0 = Math.Min(x0, g.X);
                    x1 = Math.Max(x1, g.EndX);
                }

                var line = new TextLine(s, x0, x1, placed[0].Y, sizeCount > 0 ? sizeSum / sizeCount : placed[0].Size, placed[0].Rotation, allBold);
                if (cuts.Count > 0)
                {
                    line = line with { Segments = Segments(s, x0, x1, cuts) };
                }

                lines.Add(line);
            }

            text.Clear();
            placed.Clear();
            cuts.Clear();
            sizeSum = 0;
            sizeCount = 0;
            allBold = true;
        }

        for (int i = 0; i < glyphs.Count; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var g = glyphs[i];
            if (placed.Count > 0)
            {
                var first = placed[0];
                double size = Math.Max(Math.Max(g.Size, first.Size), 0.1);
                bool sameBaseline = g.Rotation == first.Rotation && Math.Abs(g.Y - first.Y) <= BaselineRatio * size;
                if (sameBaseline && g.X < lastEnd - (DuplicateRatio * size) && IsDuplicate(placed, g))
                {
                    continue;
                }

                if (!sameBaseline || g.X < lastEnd - (JumpBackRatio * size))
                {
                    Flush();
                }
                else
                {
                    if (g.X - lastEnd > SpaceGapRatio * size && text.Length > 0 && text[^1] != ' ' && g.Text[0] != ' ')
                    {
                        text.Append(' ');
                    }

                    if (g.X - lastEnd > CellGapRatio * size && text.Length > 0 && !string.IsNullOrWhiteSpace(g.Text))
                    {
                        cuts.Add((text.Length, g.X, lastEnd));
                    }
                }
            }

            foreach (char c in g.Text)
            {
                char ch = c is '\t' or '\n' or '\r' ? ' ' : c;
                if (ch == ' ' && (text.Length == 0 || text[^1] == ' '))
                {
                    continue;
                }

                text.Append(ch);
            }

            placed.Add(g);
            lastEnd = g.EndX;
            if (!string.IsNullOrWhiteSpace(g.Text))
            {
                sizeSum += g.Size;
                sizeCount++;
                allBold &= g.Bold;
            }
        }

        Flush();
        return JoinVerticalRuns(lines);
    }

    /// <summary>
    /// Text set vertically (CJK in vertical writing, a table heading stacked letter by letter) arrives as one glyph
    /// a line, each a little below the last at the same x. A run of three or more such lines is one line of text.
    /// </summary>
    private static List<TextLine> JoinVerticalRuns(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        int i = 0;
        while (i < lines.Count)
        {
            int j = i + 1;
            while (j < lines.Count && StacksBelow(lines[j - 1], lines[j]))
            {
                j++;
            }

            if (j - i >= 3)
            {
                result ??= [.. lines.Take(i)];
                var run = lines.GetRange(i, j - i);
                var text = string.Concat(run.Select(l => l.Text));
                result.Add(new TextLine(text, run.Min(l => l.X0), run.Max(l => l.X1), run[0].Y, run.Average(l => l.Size), run[0].Rotation, run.All(l => l.Bold)));
            }
            else
            {
                result?.AddRange(lines.GetRange(i, j - i));
            }

            i = j;
        }

        return result ?? lines;
    }

    private static bool IsOneLetter(string text) => (text.Length == 1 && char.IsLetter(text[0])) || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));

    private static bool StacksBelow(TextLine above, TextLine below)
    {
        double size = Math.Max(above.Size, below.Size);
        double dy = above.Y - below.Y;
        return IsOneLetter(above.Text) && IsOneLetter(below.Text) && above.Rotation == below.Rotation
            && Math.Abs(above.X0 - below.X0) <= 0.35 * size && dy >= 0.5 * size && dy <= 1.6 * size;
    }

    /// <summary>The line cut at the wide gaps; each segment's end is the last letter before the next cut.</summary>
    private static List<LineSegment> Segments(string s, double x0, double x1, List<(int Start, double X0, double PreviousEnd)> cuts)
    {
        var segments = new List<LineSegment>(cuts.Count + 1);
        int start = 0;
        double segX0 = x0;
        foreach (var (cut, cutX0, previousEnd) in cuts)
        {
            if (cut >= s.Length)
            {
                break;
            }

            int end = cut;
            while (end > start && s[end - 1] == ' ')
            {
                end--;
            }

            if (end > start)
            {
                segments.Add(new LineSegment(start, end - start, segX0, previousEnd));
            }

            start = cut;
            segX0 = cutX0;
        }

        segments.Add(new LineSegment(start, s.Length - start, segX0, x1));
        return segments;
    }

    private static bool IsDuplicate(List<TextGlyph> placed, TextGlyph g)
    {
        double tolerance = DuplicateRatio * Math.Max(g.Size, 0.1);
        for (int k = placed.Count - 1; k >= 0 && k >= placed.Count - DuplicateLookBack; k--)
        {
            var p = placed[k];
            if (Math.Abs(p.X - g.X) <= tolerance && Math.Abs(p.Y - g.Y) <= tolerance && p.Text == g.Text)
            {
                return true;
            }
        }

        return false;
    }
}
