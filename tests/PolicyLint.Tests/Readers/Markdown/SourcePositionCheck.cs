using System.Net;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Tests.Readers.Markdown;

/// <summary>
/// The exact-position property: every visible (non-whitespace) character of a document, mapped through its source
/// map, lands on that very character in the source, or on the '&amp;' of the entity that stands for it. Escapes need
/// no exception: the reader maps an escaped character to itself, after its backslash.
/// </summary>
internal static class SourcePositionCheck
{
    /// <summary>Source lines split the way the readers count them ("\r\n", "\n", "\r").</summary>
    public static string[] SplitLines(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>Checks every visible character of every block (comments included).</summary>
    public static Result Check(PolicyDocument document, string source, int maxExamples = 20)
    {
        var lines = SplitLines(source);
        var result = new Result();
        foreach (var block in document.Blocks)
        {
            for (int offset = block.Span.Start; offset < block.Span.End; offset++)
            {
                char c = document.Text[offset];
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                result.Checked++;
                var position = document.SourceMap.Map(offset);
                if (!IsAt(lines, position, c))
                {
                    result.Failed++;
                    if (result.Examples.Count < maxExamples)
                    {
                        var line = position.Line >= 1 && position.Line <= lines.Length ? lines[position.Line - 1] : "<no such line>";
                        result.Examples.Add($"'{c}' (block {block.Index} {block.Kind}: \"{Shorten(document.GetText(block.Span))}\") mapped to {position.Line}:{position.Column} in \"{Shorten(line)}\"");
                    }
                }
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="position"/> holds <paramref name="c"/> or an entity decoding to it.</summary>
    public static bool IsAt(string[] lines, SourcePosition position, char c)
    {
        if (position.Line < 1 || position.Line > lines.Length)
        {
            return false;
        }

        var line = lines[position.Line - 1];
        int i = position.Column - 1;
        if (i < 0 || i >= line.Length)
        {
            return false;
        }

        if (line[i] == c)
        {
            return true;
        }

        if (line[i] == '&')
        {
            int semi = line.IndexOf(';', i);
            if (semi > i && semi - i <= 40)
            {
                var reference = line[i..(semi + 1)];
                var decoded = WebUtility.HtmlDecode(reference);
                if (decoded == reference && reference.Length > 2 && reference[1] != '#')
                {
                    // HTML5 names WebUtility does not know (&HilbertSpace;): ask Markdig's entity table.
                    decoded = Markdig.Helpers.EntityHelper.DecodeEntity(reference.AsSpan(1, reference.Length - 2)) ?? reference;
                }

                return decoded.Contains(c, StringComparison.Ordinal) || (decoded.Length > 0 && c == '\uFFFD');
            }
        }

        return false;
    }

    private static string Shorten(string s)
    {
        s = s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return s.Length <= 70 ? s : s[..70] + "…";
    }

    internal sealed class Result
    {
        public long Checked { get; set; }

        public long Failed { get; set; }

        public List<string> Examples { get; } = [];
    }
}
