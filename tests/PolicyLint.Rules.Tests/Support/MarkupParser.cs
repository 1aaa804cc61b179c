namespace PolicyLint.Rules.Tests.Support;

/// <summary>
/// Test markup in the roslyn-sdk style: <c>[|text|]</c> marks a span the rule under test must report;
/// <c>{|PL2002:text|}</c> names the rule that must report it. <c>[||]</c> is an empty span (e.g. a whole-document
/// finding at the start). Spans may nest. Everything else is plain text.
/// </summary>
internal static class MarkupParser
{
    public static (string Text, List<MarkedSpan> Spans) Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new System.Text.StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var open = new Stack<(string? Id, int Start, char Closer)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, text.Length, ']'));
                i += 2;
            }
            else if (At(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} has no rule id followed by ':'.");
                }

                var id = markup[(i + 2)..colon];
                if (id.Length == 0 || !id.All(char.IsLetterOrDigit))
                {
                    throw new FormatException($"'{{|' at {i} has a bad rule id '{id}'.");
                }

                open.Push((id, text.Length, '}'));
                i = colon + 1;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                char closer = markup[i + 1];
                if (open.Count == 0 || open.Peek().Closer != closer)
                {
                    throw new FormatException($"Unbalanced '|{closer}' at {i}.");
                }

                var (id, start, _) = open.Pop();
                spans.Add(new MarkedSpan(id, start, text.Length));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup span.");
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return (text.ToString(), spans);
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}

/// <summary>A marked span in the markup-free text: [Start, End) and the rule id, when named.</summary>
internal sealed record MarkedSpan(string? RuleId, int Start, int End);
