namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Decides what a hyphen at the end of a line is. A word processor, which writes most policies, does not hyphenate
/// by default, so a hyphen there is usually part of a compound ("pain-" + "based" is "pain-based"); a typesetter
/// (books, journals, LaTeX) hyphenates freely, so there it usually splits one word ("restric-" + "tion"). The document
/// itself is the evidence: the joined word or the hyphenated compound written whole elsewhere in it decides; failing
/// that, a document where many lines end in a split word is taken to be hyphenated by its producer. A soft hyphen
/// always marks a split word.
/// </summary>
internal sealed class LineEndHyphens
{
    private const double HyphenatedShare = 0.02;
    private const int HyphenatedMinimum = 5;

    private readonly HashSet<string> _words;
    private readonly bool _producerHyphenates;

    private LineEndHyphens(HashSet<string> words, bool producerHyphenates)
    {
        _words = words;
        _producerHyphenates = producerHyphenates;
    }

    /// <summary>Reads the words of every line (whole words only: the parts either side of a line end are left out).</summary>
    public static LineEndHyphens For(IReadOnlyList<IReadOnlyList<TextLine>> pages)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<Range>();
        int lines = 0, split = 0;
        foreach (var page in pages)
        {
            for (int i = 0; i < page.Count; i++)
            {
                string text = page[i].Text;
                lines++;
                bool endsInHyphen = EndsInWordHyphen(text);
                if (endsInHyphen && i + 1 < page.Count && page[i + 1].Text.Length > 0 && char.IsLower(page[i + 1].Text[0]))
                {
                    split++;
                }

                // The line's words as ranges of its text: a PDF has hundreds of thousands of words and a few thousand
                // distinct ones, so a string is made only for a word not yet seen.
                tokens.Clear();
                foreach (var range in text.AsSpan().Split(' '))
                {
                    if (range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length))
                    {
                        tokens.Add(range);
                    }
                }

                for (int t = 0; t < tokens.Count; t++)
                {
                    if ((t == 0 && i > 0 && EndsInWordHyphen(page[i - 1].Text)) || (t == tokens.Count - 1 && endsInHyphen))
                    {
                        continue;
                    }

                    var word = text.AsSpan()[tokens[t]].Trim(Punctuation);
                    if (word.Length > 1 && !lookup.Contains(word))
                    {
                        lookup.Add(word);
                    }
                }
            }
        }

        return new LineEndHyphens(words, split >= HyphenatedMinimum && split >= HyphenatedShare * lines);
    }

    /// <summary>How <paramref name="pending"/> (a line) joins the next line: the text to keep and the separator.</summary>
    public (string Text, string Separator) Join(string pending, string next)
    {
        bool wordContinues = pending.Length >= 2 && char.IsLetter(pending[^2]) && next.Length > 0 && char.IsLower(next[0]);
        if (wordContinues && pending[^1] == '\u00AD')
        {
            return (pending[..^1], string.Empty);
        }

        if (!wordContinues || !EndsInWordHyphen(pending))
        {
            return (pending, " ");
        }

        string left = LastWord(pending[..^1]);
        string right = FirstWord(next);
        bool splitWord = _words.Contains(left + right) ? true
            : _words.Contains(left + "-" + right) ? false
            : _producerHyphenates;
        return splitWord ? (pending[..^1], string.Empty) : (pending, string.Empty);
    }

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '\u2018', '\u2019', '\u201C', '\u201D'];

    private static bool EndsInWordHyphen(string text) =>
        text.Length >= 2 && text[^1] is '-' or '\u2010' && char.IsLower(text[^2]);

    private static string LastWord(string text)
    {
        int start = text.Length;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\u2010'))
        {
            start--;
        }

        return text[start..];
    }

    private static string FirstWord(string text)
    {
        int end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '\u2010'))
        {
            end++;
        }

        return text[..end];
    }
}
