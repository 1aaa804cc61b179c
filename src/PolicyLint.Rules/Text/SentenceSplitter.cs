using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>
/// Splits a block into sentences at '.', '!' or '?' (with any closing quotes or brackets) followed by white space and
/// a capital, digit, quote or bullet, except after common abbreviations, initials and section numbers. A blank line
/// inside a block also ends a sentence; a single line break does not (text and PDF wrap lines).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// The longest sentence rules are given, in characters. A longer run without a sentence end (a table flattened to
    /// text, a hostile file) is cut at the last white space before this length, so the work of the rules on one
    /// sentence, which grows faster than its length, stays bounded.
    /// </summary>
    public const int MaxSentenceLength = 20_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "eg", "ie", "cf", "vs", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "st", "para", "paras",
        "s", "ss", "sec", "sch", "art", "fig", "vol", "ch", "p", "pp", "approx", "incl", "ref", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc", "govt", "dept", "cllr", "op", "al",
    };

    /// <summary>The sentence spans of <paramref name="span"/>.</summary>
    public static List<TextSpan> Split(string text, TextSpan span)
    {
        var result = new List<TextSpan>();
        int start = span.Start;
        int end = span.End;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == '\n' && i + 1 < end && text[i + 1] == '\n')
            {
                Add(result, text, start, i);
                i += 2;
                start = i;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                int j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
                {
                    j++;
                }

                if (j >= end)
                {
                    break;
                }

                if (!char.IsWhiteSpace(text[j]))
                {
                    i = j;
                    continue;
                }

                int k = j;
                while (k < end && char.IsWhiteSpace(text[k]))
                {
                    k++;
                }

                if (k < end && StartsSentence(text[k]) && !(c == '.' && IsAbbreviation(text, start, i)))
                {
                    Add(result, text, start, j);
                    start = k;
                    i = k;
                    continue;
                }

                i = j;
                continue;
            }

            i++;
        }

        Add(result, text, start, end);
        return result;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '•' or '-' or '*';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        if (w == dot)
        {
            return false;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            int cut = start + MaxSentenceLength;
            int floor = cut - (MaxSentenceLength / 10);
            int ws = cut;
            while (ws > floor && !char.IsWhiteSpace(text[ws]))
            {
                ws--;
            }

            cut = char.IsWhiteSpace(text[ws]) ? ws : cut;
            if (char.IsLowSurrogate(text[cut]))
            {
                cut--;
            }

            int pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
            {
                pieceEnd--;
            }

            if (pieceEnd > start)
            {
                result.Add(TextSpan.FromBounds(start, pieceEnd));
            }

            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            result.Add(TextSpan.FromBounds(start, end));
        }
    }
}
