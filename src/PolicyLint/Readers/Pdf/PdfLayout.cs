using System.Text.RegularExpressions;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Lays the lines of all pages out as blocks. Lines join into a paragraph while they follow each other at the page's
/// usual line spacing, in the same size and column; a larger vertical gap, a short line ending a sentence, an indent,
/// a size change or a bullet starts a new block. Headings: a short numbered line ("3.2 Training"), a line set clearly
/// larger than the body text (level by size rank), or a short bold line standing alone. Each line is anchored at
/// page, line-on-page and column 1, so any offset maps back to where it is printed.
/// </summary>
internal static partial class PdfLayout
{
    private const double LargerRatio = 1.15;
    private const double SizeChangeRatio = 0.15;
    private const int MaxHeadingLength = 120;

    public static void Build(DocumentBuilder builder, IReadOnlyList<IReadOnlyList<TextLine>> pages, CancellationToken cancellationToken)
    {
        double bodySize = BodySize(pages);
        bool bodyIsBold = BodyIsBold(pages, bodySize);
        var headingSizes = HeadingSizes(pages, bodySize);
        int sizeLevels = headingSizes.Count;
        var furniture = RunningLines(pages);
        var hyphens = LineEndHyphens.For(pages);
        var lineGaps = new double[pages.Count];
        var tables = new Dictionary<int, PdfTables.Table>[pages.Count];
        var firstBody = new int[pages.Count];
        var lastBody = new int[pages.Count];
        var rightEdges = new double[pages.Count][];
        for (int p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = pages[p];
            var page = furniture[p];
            bool IsFurniture(int i) => page.Contains(i) || lines[i].OffPage;
            lineGaps[p] = ModalLineGap(lines, bodySize);
            tables[p] = PdfTables.Find(lines, IsFurniture, lineGaps[p]).ToDictionary(t => t.First);
            firstBody[p] = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !IsFurniture(i), -1);
            lastBody[p] = Enumerable.Range(0, lines.Count).LastOrDefault(i => !IsFurniture(i), -1);
            rightEdges[p] = RightEdges(lines, IsFurniture);
        }

        // The open block, which may carry over a page break: a paragraph that runs on to the next page stays one block,
        // and the running lines met on the way (footer, then the next page's header) are set aside and given their own
        // blocks as soon as it ends, each still at its own page and line.
        TextLine? previous = null;
        double previousRightEdge = 0;
        BlockKind? openKind = null;
        double blockX0 = 0, blockX1 = 0;
        string? pending = null;
        int pendingPage = 0, pendingLine = 0;
        bool carried = false;
        var deferred = new List<(int Page, int Line)>();

        void Close()
        {
            if (openKind is null)
            {
                return;
            }

            AppendLine(builder, pending!, pendingPage, pendingLine, string.Empty);
            builder.EndBlock();
            openKind = null;
            foreach (var (dp, dl) in deferred)
            {
                builder.BeginBlock(BlockKind.Paragraph, role: BlockRole.PageFurniture);
                AppendLine(builder, pages[dp][dl].Text, dp + 1, dl + 1, string.Empty);
                builder.EndBlock();
            }

            deferred.Clear();
        }

        // After the last body line of page p: does the open paragraph run on to the first body line of the next page?
        bool RunsOn(int p)
        {
            if (openKind is not (BlockKind.Paragraph or BlockKind.ListItem) || previous is null || pending is null || EndsSentence(pending)
                || p + 1 >= pages.Count || firstBody[p + 1] < 0 || tables[p + 1].ContainsKey(firstBody[p + 1]))
            {
                return false;
            }

            var next = pages[p + 1][firstBody[p + 1]];
            return next.Rotation == previous.Rotation && Math.Abs(next.Size - previous.Size) < 0.5 && next.Size < bodySize * LargerRatio
                && !ListMarker().IsMatch(next.Text) && !NumberedHeading().IsMatch(next.Text)
                && (char.IsLower(next.Text[0]) || char.IsLower(pending[^1]) || pending[^1] is ',' or ';' or '-' or '\u2013');
        }

        for (int p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = pages[p];
            double lineGap = lineGaps[p];
            bool runsOn = false;

            for (int i = 0; i < lines.Count; i++)
            {
                if (tables[p].TryGetValue(i, out var table))
                {
                    Close();
                    AppendTable(builder, lines, table, p + 1, hyphens);
                    previous = lines[table.Last];
                    i = table.Last;
                    continue;
                }

                var line = lines[i];

                // A running header or footer, or text drawn off the page, is a block of its own, whatever its spacing: it is not part of the text.
                bool isFurniture = furniture[p].Contains(i) || line.OffPage;
                if (isFurniture && ((carried && i < firstBody[p]) || (i > lastBody[p] && (runsOn = runsOn || RunsOn(p)))))
                {
                    deferred.Add((p, i));
                    continue;
                }

                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                bool runsIntoNext = next is not null && RunsInto(line, next, lineGap, rightEdges[p][i]);
                var kind = Classify(line, previous, runsIntoNext, bodySize, bodyIsBold, headingSizes, sizeLevels, out int level, out string? marker);
                bool wasFurniture = i > 0 && (furniture[p].Contains(i - 1) || lines[i - 1].OffPage) && !(carried && i - 1 < firstBody[p]);
                bool continuesFromLastPage = carried && i == firstBody[p];
                bool startsBlock = !continuesFromLastPage && (openKind is null || isFurniture || wasFurniture
                    || kind is BlockKind.Heading or BlockKind.ListItem
                    || openKind == BlockKind.Heading
                    || BreaksParagraph(previous!, line, lineGap, blockX0, blockX1, previousRightEdge, openKind == BlockKind.ListItem));

                // A heading that wraps: same size, next line at normal spacing.
                if (kind == BlockKind.Heading && openKind == BlockKind.Heading && previous is not null && !NumberedHeading().IsMatch(line.Text)
                    && Math.Abs(previous.Size - line.Size) < 0.5 && !BreaksParagraph(previous, line, lineGap * 1.3, blockX0, blockX1, previousRightEdge)
                    && previous.Size >= bodySize * LargerRatio)
                {
                    startsBlock = false;
                }

                if (startsBlock)
                {
                    Close();
                    if (isFurniture)
                    {
                        builder.BeginBlock(BlockKind.Paragraph, role: BlockRole.PageFurniture);
                        kind = BlockKind.Paragraph;
                    }
                    else if (kind == BlockKind.Heading)
                    {
                        builder.BeginBlock(BlockKind.Heading, Math.Clamp(level == 0 ? 1 : level, 1, 9));
                    }
                    else
                    {
                        builder.BeginBlock(kind, 0, marker);
                    }

                    openKind = kind;
                    blockX0 = line.X0;
                    blockX1 = line.X1;
                }
                else
                {
                    // Join with the pending line: one space, or none after a hyphen that ends a line inside a word.
                    var join = hyphens.Join(pending!, line.Text);
                    AppendLine(builder, join.Text, pendingPage, pendingLine, join.Separator);
                    blockX0 = continuesFromLastPage ? line.X0 : Math.Min(blockX0, line.X0);
                    blockX1 = continuesFromLastPage ? line.X1 : Math.Max(blockX1, line.X1);
                }

                pending = line.Text;
                pendingPage = p + 1;
                pendingLine = i + 1;
                previous = line;
                previousRightEdge = rightEdges[p][i];
            }

            carried = runsOn || (lastBody[p] >= 0 && lastBody[p] == lines.Count - 1 && RunsOn(p));
            if (!carried)
            {
                Close();
                previous = null;
            }
        }

        Close();
    }

    /// <summary>
    /// Per page, the indexes of its running lines: among the first or last two lines of the page, the same text
    /// (digits aside) on several pages, or a page number ("12", "Page 3 of 41", "- 4 -").
    /// </summary>
    private static HashSet<int>[] RunningLines(IReadOnlyList<IReadOnlyList<TextLine>> pages)
    {
        var result = new HashSet<int>[pages.Count];
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int p = 0; p < pages.Count; p++)
        {
            result[p] = [];
            foreach (int i in EdgeLines(pages[p].Count))
            {
                var key = RunningKey(pages[p][i].Text);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!pagesByKey.TryGetValue(key, out var set))
                {
                    pagesByKey[key] = set = [];
                }

                set.Add(p);
            }
        }

        int needed = pages.Count <= 3 ? 2 : 3;
        for (int p = 0; p < pages.Count; p++)
        {
            foreach (int i in EdgeLines(pages[p].Count))
            {
                var text = pages[p][i].Text;
                var key = RunningKey(text);
                if ((key.Length > 0 && pagesByKey[key].Count >= needed) || PageNumberLine().IsMatch(text))
                {
                    result[p].Add(i);
                }
            }
        }

        return result;
    }

    private static IEnumerable<int> EdgeLines(int count) =>
        count <= 4 ? Enumerable.Range(0, count) : [0, 1, count - 2, count - 1];

    private static string RunningKey(string text)
    {
        var t = text.Trim();
        if (t.Length < 3 || WordCount(t) > 20)
        {
            return string.Empty;
        }

        return string.Concat(t.Select(c => char.IsDigit(c) ? '#' : char.ToLowerInvariant(c)));
    }

    [GeneratedRegex(@"^\s*(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$|\bpage\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"^(\d{1,2}(?:\.\d{1,2}){0,5})\.?\s+[\p{Lu}\p{Lt}]")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?:[•●▪■◦○·\-–—*]|\(?[a-zA-Z0-9]{1,3}[.)]|\([ivxIVX]{1,4}\))\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(\.{3,}|…|\s\.\s\.|\s\d+$)")]
    private static partial Regex TableOfContentsLine();

    /// <summary>Each cell of the table as a block of its own, row by row; every piece keeps its page, line and column.</summary>
    private static void AppendTable(DocumentBuilder builder, IReadOnlyList<TextLine> lines, PdfTables.Table table, int page, LineEndHyphens hyphens)
    {
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                builder.BeginBlock(BlockKind.TableCell);
                string? pending = null;
                SourcePosition pendingAt = default;
                foreach (var (lineIndex, segment) in cell.Pieces)
                {
                    string text = lines[lineIndex].Text.Substring(segment.Start, segment.Length);
                    if (pending is not null)
                    {
                        var join = hyphens.Join(pending, text);
                        builder.Append(join.Text, pendingAt);
                        if (join.Separator.Length > 0)
                        {
                            builder.Append(join.Separator);
                        }
                    }

                    pending = text;
                    pendingAt = SourcePosition.AtPage(page, lineIndex + 1, segment.Start + 1);
                }

                if (pending is not null)
                {
                    builder.Append(pending, pendingAt);
                }

                builder.EndBlock();
            }
        }
    }

    private static void AppendLine(DocumentBuilder builder, string text, int page, int lineOnPage, string separator)
    {
        builder.Append(text, SourcePosition.AtPage(page, lineOnPage, 1));
        if (separator.Length > 0)
        {
            builder.Append(separator);
        }
    }

    /// <summary>
    /// The sentence on <paramref name="line"/> carries on at the start of <paramref name="next"/>: the same size and
    /// direction, the next baseline at the usual line spacing, and a lowercase start. A numbered paragraph's first
    /// line ("3.2 The Board reviews … and our reduction") looks like a numbered heading until its next line is read.
    /// </summary>
    private static bool RunsInto(TextLine line, TextLine next, double lineGap, double rightEdge)
    {
        double dy = line.Y - next.Y;
        return next.Rotation == line.Rotation && Math.Abs(next.Size - line.Size) < 0.5 && dy > 0.3 * line.Size && dy <= (lineGap * 1.3) + 1
            && next.Text.Length > 0 && !EndsSentence(line.Text)
            && (char.IsLower(next.Text[0]) || !NextWordWouldFit(line, next, rightEdge));
    }

    /// <summary>
    /// Whether the first word of <paramref name="next"/> would have fitted at the end of <paramref name="line"/>
    /// before <paramref name="rightEdge"/>. When it would, the producer broke the line on purpose (a date, a salutation,
    /// an address, a short title); when it would not, the line was wrapped and the sentence runs on.
    /// </summary>
    private static bool NextWordWouldFit(TextLine line, TextLine next, double rightEdge)
    {
        double charWidth = (next.X1 - next.X0) / Math.Max(1, next.Text.Length);
        int space = next.Text.IndexOf(' ', StringComparison.Ordinal);
        int wordLength = space < 0 ? next.Text.Length : space;
        return line.X1 + ((wordLength + 1) * charWidth) <= rightEdge + (0.5 * charWidth);
    }

    /// <summary>
    /// Per line, the right edge of the text it belongs to: the furthest any body line starting within three font sizes
    /// of it reaches on the page (so each column of a two-column page has its own edge).
    /// </summary>
    private static double[] RightEdges(IReadOnlyList<TextLine> lines, Func<int, bool> isFurniture)
    {
        var edges = new double[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            double edge = lines[i].X1, reach = 3 * lines[i].Size;
            for (int j = 0; j < lines.Count; j++)
            {
                var other = lines[j];
                if (!isFurniture(j) && other.Rotation == lines[i].Rotation && Math.Abs(other.X0 - lines[i].X0) <= reach)
                {
                    edge = Math.Max(edge, other.X1);
                }
            }

            edges[i] = edge;
        }

        return edges;
    }

    private static BlockKind Classify(TextLine line, TextLine? previous, bool runsIntoNext, double bodySize, bool bodyIsBold, List<double> headingSizes, int sizeLevels, out int level, out string? marker)
    {
        level = 0;
        marker = null;
        string text = line.Text;
        bool previousEnded = previous is null || EndsSentence(previous.Text) || previous.Size >= bodySize * LargerRatio
            || Math.Abs(previous.Y - line.Y) > 1.8 * Math.Max(line.Size, previous.Size) || previous.Rotation != line.Rotation;
        bool headingShape = text.Length <= MaxHeadingLength && text.Any(char.IsLetter) && !TableOfContentsLine().IsMatch(text)
            && text[^1] is not ('.' or ',' or ';');

        if (headingShape && previousEnded && !runsIntoNext && NumberedHeading().Match(text) is { Success: true } numbered && text.Length <= 80 && WordCount(text) <= 12)
        {
            level = numbered.Groups[1].Value.Split('.').Length;
            return BlockKind.Heading;
        }

        if (headingShape && line.Size >= bodySize * LargerRatio)
        {
            int rank = headingSizes.FindIndex(s => line.Size >= s - 0.25);
            level = rank < 0 ? sizeLevels : rank + 1;
            return BlockKind.Heading;
        }

        if (headingShape && line.Bold && !bodyIsBold && previousEnded && text.Length <= 60 && text[^1] != ':'
            && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && Math.Abs(line.Size - bodySize) < 1.5)
        {
            level = Math.Min(sizeLevels + 1, 9);
            return BlockKind.Heading;
        }

        if (ListMarker().Match(text) is { Success: true } m)
        {
            marker = m.Value.Trim();
            return BlockKind.ListItem;
        }

        return BlockKind.Paragraph;
    }

    private static bool BreaksParagraph(TextLine previous, TextLine line, double lineGap, double blockX0, double blockX1, double previousRightEdge, bool inListItem = false)
    {
        if (line.Rotation != previous.Rotation)
        {
            return true;
        }

        double size = Math.Max(line.Size, previous.Size);
        if (Math.Abs(line.Size - previous.Size) > SizeChangeRatio * size)
        {
            return true;
        }

        double dy = previous.Y - line.Y;
        if (dy <= 0.3 * size || dy > (lineGap * 1.3) + 1)
        {
            // Moving up (a new column), sideways on the same baseline, or a paragraph gap.
            return true;
        }

        if (line.X0 > previous.X1 + size || line.X1 < blockX0 - size)
        {
            return true;
        }

        if (EndsSentence(previous.Text))
        {
            // A line that ends in a full stop or colon but was wrapped (the next word would not have fitted) runs on:
            // "… in the report:" / "essentials for commissioners".
            bool wrapped = !NextWordWouldFit(previous, line, previousRightEdge);
            bool shortLine = previous.X1 < Math.Max(blockX1, previousRightEdge) - (3 * size) && !wrapped;
            bool indented = !inListItem && line.X0 > blockX0 + size;
            return shortLine || indented;
        }

        // No full stop, but the line was broken on purpose (the next word would have fitted) and what follows starts
        // like a new line of its own: a letter's date and salutation, an address, a signature block.
        return line.Text.Length > 0 && !char.IsLower(line.Text[0]) && NextWordWouldFit(previous, line, previousRightEdge);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D';

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static double BodySize(IReadOnlyList<IReadOnlyList<TextLine>> pages)
    {
        var histogram = new Dictionary<double, long>();
        foreach (var line in pages.SelectMany(p => p))
        {
            double key = Math.Round(line.Size * 2) / 2;
            histogram[key] = histogram.GetValueOrDefault(key) + line.Text.Length;
        }

        return histogram.Count == 0 ? 10 : histogram.MaxBy(kv => kv.Value).Key;
    }

    private static bool BodyIsBold(IReadOnlyList<IReadOnlyList<TextLine>> pages, double bodySize)
    {
        long bold = 0, all = 0;
        foreach (var line in pages.SelectMany(p => p))
        {
            if (Math.Abs(line.Size - bodySize) < 1)
            {
                all += line.Text.Length;
                bold += line.Bold ? line.Text.Length : 0;
            }
        }

        return all == 0 || bold * 2 > all;
    }

    /// <summary>Distinct sizes of heading-like lines above the body size, largest first (rank + 1 = level).</summary>
    private static List<double> HeadingSizes(IReadOnlyList<IReadOnlyList<TextLine>> pages, double bodySize)
    {
        return pages.SelectMany(p => p)
            .Where(l => l.Size >= bodySize * LargerRatio && l.Text.Length <= MaxHeadingLength)
            .Select(l => Math.Round(l.Size * 2) / 2)
            .Distinct()
            .OrderDescending()
            .Take(8)
            .ToList();
    }

    /// <summary>
    /// The spacing of lines inside a paragraph on this page: the smallest baseline step that recurs (at least twice
    /// and at least a fifth as often as the commonest step). The commonest step alone is the paragraph gap on a page
    /// of one-line paragraphs (a letter, a list of short requirements).
    /// </summary>
    private static double ModalLineGap(IReadOnlyList<TextLine> lines, double bodySize)
    {
        var histogram = new Dictionary<double, int>();
        for (int i = 1; i < lines.Count; i++)
        {
            var a = lines[i - 1];
            var b = lines[i];
            double dy = a.Y - b.Y;
            if (a.Rotation == b.Rotation && dy > 0.5 * b.Size && dy < 2.5 * Math.Max(a.Size, b.Size))
            {
                double key = Math.Round(dy * 2) / 2;
                histogram[key] = histogram.GetValueOrDefault(key) + 1;
            }
        }

        if (histogram.Count == 0)
        {
            return 1.25 * bodySize;
        }

        int most = histogram.Values.Max();
        return histogram.Where(kv => kv.Value >= 2 && kv.Value * 5 >= most).Select(kv => kv.Key).DefaultIfEmpty(histogram.MaxBy(kv => kv.Value).Key).Min();
    }
}
