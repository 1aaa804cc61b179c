using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Markdown;

/// <summary>
/// Offsets in the source text to 1-based line and column. Lines end at "\r\n", "\n" or "\r" (as Markdig counts them);
/// columns count UTF-16 code units, so a tab is one column. Lookups near the previous one are O(1).
/// </summary>
internal sealed class SourceLineIndex
{
    private readonly int[] _starts;
    private readonly int _length;
    private int _last;

    public SourceLineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        _starts = [.. starts];
        _length = text.Length;
    }

    /// <summary>The source position of the character at <paramref name="offset"/>.</summary>
    public SourcePosition Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        int line = _last;
        if (offset < _starts[line] || (line + 1 < _starts.Length && offset >= _starts[line + 1]))
        {
            line = Array.BinarySearch(_starts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            _last = line;
        }

        return SourcePosition.AtLine(line + 1, offset - _starts[line] + 1);
    }

    /// <summary>
    /// Appends source[start..end) to the open block verbatim, each line anchored where it starts in the source;
    /// line ends ("\n", "\r\n" or "\r") become "\n". Used for comments and code, which are kept as written.
    /// </summary>
    public void AppendVerbatim(DocumentBuilder builder, string source, int start, int end)
    {
        int lineStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || source[i] is '\n' or '\r')
            {
                if (i > lineStart)
                {
                    builder.Append(source[lineStart..i], Position(lineStart));
                }

                if (i == end)
                {
                    break;
                }

                if (source[i] == '\r' && i + 1 < end && source[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append("\n");
                lineStart = i + 1;
            }
        }
    }
}
