using System.Text.RegularExpressions;

namespace PolicyLint.Readers.Text;

/// <summary>
/// Decides what a line of a plain-text policy is: a numbered heading ("3.2 Training", "7. Post-incident support",
/// "Section 4: Recording"), an ALL-CAPS heading, or a list item ("-", "*", "•", "a)", "(iv)", "1."). Only short
/// prefixes and short lines are ever matched, so a 400 KB line costs no more than a short one.
/// </summary>
internal static partial class PlainTextLineClassifier
{
    /// <summary>Longest line (trimmed) that may be a heading.</summary>
    public const int MaxHeadingLength = 90;

    private const int MaxHeadingWords = 14;

    [GeneratedRegex(@"^(?<marker>[-*•◦▪‣·–]|\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,5}\)|\(?[A-Z]\)|\d{1,3}[.)])[ \t]+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(?:(?:section|part|chapter|appendix|annex|schedule)[ \t]+(?<num>\d{1,3}(?:\.\d{1,3})*|[A-Z])\.?(?:[ \t]*[:.–-][ \t]*|[ \t]+)(?<title>\S.*)?|(?<num>\d{1,3}(?:\.\d{1,3})*)\.?[ \t]+(?<title>\S.*))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberedHeadingPattern();

    /// <summary>True when the line (from its indent) starts with a list marker followed by text.</summary>
    public static bool TryListItem(string line, int indent, out string marker, out int contentStart)
    {
        marker = string.Empty;
        contentStart = indent;
        int length = Math.Min(line.Length - indent, 16);
        if (length <= 1)
        {
            return false;
        }

        var match = BulletPattern().Match(line.Substring(indent, length));
        if (!match.Success)
        {
            return false;
        }

        marker = match.Groups["marker"].Value;
        contentStart = indent + match.Length;
        return true;
    }

    /// <summary>
    /// True when the trimmed line reads as a numbered heading; <paramref name="level"/> is the depth of its number
    /// ("3" → 1, "3.2" → 2); <paramref name="singleNumber"/> tells "7. Title" (which could also be a list item) apart.
    /// </summary>
    public static bool TryNumberedHeading(string trimmed, out int level, out bool singleNumber)
    {
        level = 0;
        singleNumber = false;
        if (trimmed.Length > MaxHeadingLength || trimmed.Length < 2)
        {
            return false;
        }

        var match = NumberedHeadingPattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var title = match.Groups["title"];
        if (title.Success)
        {
            var t = title.Value;
            if (!char.IsUpper(t[0]) || EndsLikeSentence(t) || CountWords(t) > MaxHeadingWords || !t.Any(char.IsLetter)
                || t.Contains(". ", StringComparison.Ordinal) || EndsWithFunctionWord(t))
            {
                return false;
            }
        }

        var number = match.Groups["num"].Value;
        level = char.IsDigit(number[0]) ? Math.Min(9, number.Count(c => c == '.') + 1) : 1;
        singleNumber = char.IsDigit(trimmed[0]) && !number.Contains('.', StringComparison.Ordinal);
        return true;
    }

    /// <summary>True when the trimmed line is short and its letters are (nearly) all capitals: "RESTRAINT REDUCTION PLAN".</summary>
    /// <summary>"### Title": one to six '#' then a space; the level is the count of '#'.</summary>
    public static bool TryHashHeading(string line, int indent, out int level, out int titleStart)
    {
        level = 0;
        titleStart = 0;
        int i = indent;
        while (i < line.Length && line[i] == '#' && level < 7)
        {
            level++;
            i++;
        }

        if (level is < 1 or > 6 || i >= line.Length || line[i] is not (' ' or '\t'))
        {
            level = 0;
            return false;
        }

        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        titleStart = i;
        return i < line.Length;
    }

    public static bool IsAllCapsHeading(string trimmed)
    {
        if (trimmed.Length > MaxHeadingLength || EndsLikeSentence(trimmed) || trimmed.EndsWith(',') || CountWords(trimmed) > MaxHeadingWords)
        {
            return false;
        }

        int letters = 0, upper = 0;
        foreach (char c in trimmed)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 4 && upper >= letters * 0.85;
    }

    /// <summary>True when the line is entirely capitals, used to tell a capitalised paragraph from a heading.</summary>
    public static bool IsMostlyCaps(string trimmed)
    {
        int letters = 0, upper = 0;
        foreach (char c in trimmed.AsSpan(0, Math.Min(trimmed.Length, 200)))
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 4 && upper >= letters * 0.85;
    }

    /// <summary>True when a line ends the way a sentence or a clause does (so it is prose, not a title).</summary>
    public static bool EndsLikeSentence(string text) => text.Length > 0 && text[^1] is '.' or ';' or ',' or ':';

    /// <summary>True when the next line continues a sentence (starts with a small letter), so this line was wrapped prose.</summary>
    public static bool ContinuesSentence(string nextLineTrimmed) => nextLineTrimmed.Length > 0 && char.IsLower(nextLineTrimmed[0]);

    // A title does not end on "of", "the", "and"…: a line that does is prose wrapped mid-sentence.
    private static bool EndsWithFunctionWord(string text)
    {
        int start = text.LastIndexOf(' ') + 1;
        var last = text[start..];
        return FunctionWords.Contains(last);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "any", "be", "may",
        "must", "shall", "is", "are", "that", "which", "where", "when", "as", "this", "its", "their", "such", "not",
    };

    private static int CountWords(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
