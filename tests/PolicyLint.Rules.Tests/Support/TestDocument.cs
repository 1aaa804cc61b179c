using System.Text;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Tests.Support;

/// <summary>
/// Builds a <see cref="PolicyDocument"/> from Markdown-like plain text with <see cref="DocumentBuilder"/> directly
/// (no Markdown reader): "#"… lines are headings (level = number of '#'), blank lines separate paragraphs, "- " lines
/// are list items, "> " lines block quotes; other lines continue the open block or start a paragraph. Every line is
/// anchored at its 1-based line and column, and the raw-offset ↔ normalised-offset maps are kept so tests can place
/// markup in the raw text and compare spans and locations.
/// </summary>
internal sealed class TestDocument
{
    private readonly int[] _rawToNorm;
    private readonly int[] _normToRaw;
    private readonly int[] _lineStarts;

    private TestDocument(string raw, PolicyDocument document, int[] rawToNorm, int[] normToRaw, int[] lineStarts)
    {
        Raw = raw;
        Document = document;
        _rawToNorm = rawToNorm;
        _normToRaw = normToRaw;
        _lineStarts = lineStarts;
    }

    public string Raw { get; }

    public PolicyDocument Document { get; }

    public static TestDocument Build(string raw, string path = "test.md")
    {
        ArgumentNullException.ThrowIfNull(raw);
        var builder = new DocumentBuilder(path, SourceFormat.Markdown);
        var mirror = new StringBuilder();
        var rawToNorm = Enumerable.Repeat(-1, raw.Length + 1).ToArray();
        var normToRaw = new List<int>();
        var lineStarts = new List<int> { 0 };
        for (int k = 0; k < raw.Length; k++)
        {
            if (raw[k] == '\n')
            {
                lineStarts.Add(k + 1);
            }
        }

        BlockKind? open = null;

        void Begin(BlockKind kind, int level = 0)
        {
            End();
            if (mirror.Length > 0)
            {
                mirror.Append("\n\n");
                normToRaw.Add(-1);
                normToRaw.Add(-1);
            }

            builder.BeginBlock(kind, level);
            open = kind;
        }

        void End()
        {
            if (open is not null)
            {
                builder.EndBlock();
                open = null;
            }
        }

        void Content(int line, int rawStart, int length)
        {
            int column = rawStart - lineStarts[line - 1] + 1;
            builder.Append(raw.Substring(rawStart, length), SourcePosition.AtLine(line, column));
            for (int k = 0; k < length; k++)
            {
                rawToNorm[rawStart + k] = mirror.Length;
                normToRaw.Add(rawStart + k);
                mirror.Append(raw[rawStart + k]);
            }
        }

        for (int line = 1; line <= lineStarts.Count; line++)
        {
            int start = lineStarts[line - 1];
            int end = line < lineStarts.Count ? lineStarts[line] - 1 : raw.Length;
            if (end > start && raw[end - 1] == '\r')
            {
                end--;
            }

            // Trim both ends: the builder trims blocks, and the mirror must stay equal to its text.
            int s = start;
            while (s < end && raw[s] is ' ' or '\t')
            {
                s++;
            }

            int e = end;
            while (e > s && char.IsWhiteSpace(raw[e - 1]))
            {
                e--;
            }

            if (s == e)
            {
                End();
                continue;
            }

            int hashes = 0;
            while (s + hashes < e && raw[s + hashes] == '#')
            {
                hashes++;
            }

            if (hashes is >= 1 and <= 9 && s + hashes < e && raw[s + hashes] == ' ')
            {
                int c = s + hashes;
                while (c < e && raw[c] == ' ')
                {
                    c++;
                }

                Begin(BlockKind.Heading, hashes);
                Content(line, c, e - c);
                End();
                continue;
            }

            if (e - s > 2 && raw[s] == '-' && raw[s + 1] == ' ')
            {
                Begin(BlockKind.ListItem);
                Content(line, s + 2, e - s - 2);
                continue;
            }

            if (e - s > 2 && raw[s] == '>' && raw[s + 1] == ' ')
            {
                if (open == BlockKind.BlockQuote)
                {
                    Continue();
                }
                else
                {
                    Begin(BlockKind.BlockQuote);
                }

                Content(line, s + 2, e - s - 2);
                continue;
            }

            if (open is BlockKind.Paragraph or BlockKind.ListItem)
            {
                Continue();
            }
            else
            {
                Begin(BlockKind.Paragraph);
            }

            Content(line, s, e - s);
        }

        End();
        var document = builder.Build();
        if (document.Text != mirror.ToString())
        {
            throw new InvalidOperationException($"Test document helper is out of step with DocumentBuilder:\n[{document.Text}]\n[{mirror}]");
        }

        return new TestDocument(raw, document, rawToNorm, [.. normToRaw], [.. lineStarts]);

        void Continue()
        {
            builder.Append("\n");
            mirror.Append('\n');
            normToRaw.Add(-1);
        }
    }

    /// <summary>The normalised span of a raw span. An empty raw span maps to the next content character.</summary>
    public TextSpan ToNormalised(int rawStart, int rawEnd)
    {
        if (rawEnd <= rawStart)
        {
            int p = NextMapped(rawStart);
            return new TextSpan(p, 0);
        }

        int start = NextMapped(rawStart);
        int last = rawEnd - 1;
        while (last > rawStart && _rawToNorm[last] < 0)
        {
            last--;
        }

        if (_rawToNorm[last] < 0)
        {
            throw new ArgumentException($"Marked span {rawStart}..{rawEnd} covers no document text (markup on a '#', '- ' or '> ' marker?).");
        }

        return TextSpan.FromBounds(start, _rawToNorm[last] + 1);
    }

    /// <summary>The 1-based line and column of a normalised offset, from the raw text.</summary>
    public (int Line, int Column) RawPosition(int normOffset)
    {
        if (_normToRaw.Length == 0)
        {
            return (1, 1);
        }

        int k = Math.Clamp(normOffset, 0, _normToRaw.Length - 1);
        while (k < _normToRaw.Length - 1 && _normToRaw[k] < 0)
        {
            k++;
        }

        int raw = _normToRaw[k];
        int line = Array.BinarySearch(_lineStarts, raw);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, raw - _lineStarts[line] + 1);
    }

    private int NextMapped(int raw)
    {
        for (int k = raw; k < _rawToNorm.Length; k++)
        {
            if (_rawToNorm[k] >= 0)
            {
                return _rawToNorm[k];
            }
        }

        return Document.Text.Length;
    }
}
