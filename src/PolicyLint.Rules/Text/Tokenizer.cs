using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>
/// Splits text into words, numbers and punctuation, keeping offsets. Hyphens between letters split words but are not
/// emitted ("time-out" is [time][out], so it matches "time out"); apostrophes inside words stay ("person's"), curly
/// ones folded to straight. Stems come from <see cref="EnglishStemmer"/>.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="span"/> of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text, TextSpan span)
    {
        // About one token for every five or six characters of prose: sized once instead of grown four times.
        var tokens = new List<Token>(Math.Max(4, span.Length / 5));
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsHyphen(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                int start = i;
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if (IsApostrophe(d) && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var (lower, stem) = Word(text.AsSpan(start, i - start));
                tokens.Add(new Token(TextSpan.FromBounds(start, i), lower, stem, TokenKind.Word));
                continue;
            }

            if (char.IsDigit(c))
            {
                int start = i;
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < end && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                var lower = text.Substring(start, i - start);
                tokens.Add(new Token(TextSpan.FromBounds(start, i), lower, lower, TokenKind.Number));
                continue;
            }

            var p = IsApostrophe(c) ? "'" : c.ToString();
            tokens.Add(new Token(new TextSpan(i, 1), p, p, TokenKind.Punctuation));
            i++;
        }

        return tokens;
    }

    /// <summary>True for the hyphen and dash characters that join words.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>True for straight and curly apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            buffer[i] = IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        return new string(buffer);
    }

    /// <summary>How many distinct spellings each thread remembers; a document's vocabulary is a few thousand words.</summary>
    private const int WordCacheLimit = 50_000;

    [ThreadStatic]
    private static Dictionary<string, (string Lower, string Stem)>? t_words;

    /// <summary>
    /// The folded form and stem of a word as written. Words repeat (a long policy has a million words and a few thousand
    /// spellings), so each thread keeps what it has worked out, looked up by the characters without making a string.
    /// </summary>
    private static (string Lower, string Stem) Word(ReadOnlySpan<char> written)
    {
        var words = t_words ??= new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(written, out var known))
        {
            return known;
        }

        var lower = Fold(written);
        var result = (lower, EnglishStemmer.Stem(lower));
        if (words.Count < WordCacheLimit)
        {
            lookup[written] = result;
        }

        return result;
    }
}
