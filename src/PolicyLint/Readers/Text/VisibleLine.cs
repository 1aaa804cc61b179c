using System.Text;

namespace PolicyLint.Readers.Text;

/// <summary>
/// One source line with ANSI escape sequences and other control characters (tab excepted) removed. The visible text
/// keeps, for each run of characters that stayed together, the 1-based source column of the run's first character,
/// so that text appended from it is anchored where it is in the file (columns count UTF-16 units, a tab is one).
/// </summary>
internal sealed class VisibleLine
{
    private readonly int[] _runStarts;
    private readonly int[] _runColumns;

    private VisibleLine(int lineNumber, string text, int[] runStarts, int[] runColumns)
    {
        LineNumber = lineNumber;
        Text = text;
        _runStarts = runStarts;
        _runColumns = runColumns;
    }

    /// <summary>1-based line number in the source.</summary>
    public int LineNumber { get; }

    /// <summary>The visible characters of the line.</summary>
    public string Text { get; }

    /// <summary>Index of the first non-whitespace character, or <see cref="Text"/>.Length for a blank line.</summary>
    public int Indent
    {
        get
        {
            int i = 0;
            while (i < Text.Length && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>True when the line has no visible character other than whitespace.</summary>
    public bool IsBlank => Indent == Text.Length;

    /// <summary>Builds the visible line for <paramref name="source"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    public static VisibleLine Create(string source, int start, int end, int lineNumber)
    {
        if (!HasControlOtherThanTab(source, start, end))
        {
            return new VisibleLine(lineNumber, source.Substring(start, end - start), [0], [1]);
        }

        var text = new StringBuilder(end - start);
        var runStarts = new List<int>();
        var runColumns = new List<int>();
        int i = start;
        bool inRun = false;
        while (i < end)
        {
            char c = source[i];
            if (c == '\u001b')
            {
                i = SkipEscape(source, i, end);
                inRun = false;
                continue;
            }

            if ((c < ' ' && c != '\t') || c == '\u007f' || (c >= '\u0080' && c <= '\u009f'))
            {
                i++;
                inRun = false;
                continue;
            }

            if (!inRun)
            {
                runStarts.Add(text.Length);
                runColumns.Add(i - start + 1);
                inRun = true;
            }

            text.Append(c);
            i++;
        }

        if (runStarts.Count == 0)
        {
            runStarts.Add(0);
            runColumns.Add(1);
        }

        return new VisibleLine(lineNumber, text.ToString(), [.. runStarts], [.. runColumns]);
    }

    /// <summary>The source column of the visible character at <paramref name="index"/>.</summary>
    public int ColumnOf(int index)
    {
        int run = Array.BinarySearch(_runStarts, index);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return _runColumns[run] + (index - _runStarts[run]);
    }

    /// <summary>
    /// Calls <paramref name="append"/> for each run of visible text in [<paramref name="from"/>, <paramref name="to"/>)
    /// with the run's text and its 1-based source column.
    /// </summary>
    public void ForEachRun(int from, int to, Action<string, int> append)
    {
        int run = Array.BinarySearch(_runStarts, from);
        if (run < 0)
        {
            run = ~run - 1;
        }

        for (int pos = from; pos < to; run++)
        {
            int runEnd = run + 1 < _runStarts.Length ? Math.Min(_runStarts[run + 1], to) : to;
            append(Text[pos..runEnd], ColumnOf(pos));
            pos = runEnd;
        }
    }

    private static bool HasControlOtherThanTab(string source, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = source[i];
            if ((c < ' ' && c != '\t') || c == '\u007f' || (c >= '\u0080' && c <= '\u009f'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips one escape sequence starting at ESC: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), or ESC plus one character.</summary>
    private static int SkipEscape(string s, int i, int end)
    {
        i++;
        if (i >= end)
        {
            return i;
        }

        char kind = s[i];
        if (kind == '[')
        {
            i++;
            while (i < end && s[i] is >= '\u0020' and <= '\u003f')
            {
                i++;
            }

            return i < end && s[i] is >= '\u0040' and <= '\u007e' ? i + 1 : i;
        }

        if (kind == ']')
        {
            i++;
            while (i < end)
            {
                if (s[i] == '\u0007')
                {
                    return i + 1;
                }

                if (s[i] == '\u001b' && i + 1 < end && s[i + 1] == '\\')
                {
                    return i + 2;
                }

                i++;
            }

            return i;
        }

        return i + 1;
    }
}
