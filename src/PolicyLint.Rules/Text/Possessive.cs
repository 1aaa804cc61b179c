namespace PolicyLint.Rules.Text;

/// <summary>
/// The possessive "'s" on a word ("patient's", "Service User’s"): an exact word in a phrase also matches its possessive,
/// so a table row for "patient" needs no second row for "patient's". Contractions that look the same ("it's", "that's",
/// "let's") are not possessives. The plural possessive ("patients'") needs nothing: the tokenizer ends the word at its
/// final apostrophe.
/// </summary>
public static class Possessive
{
    private static readonly HashSet<string> Contracted = new(StringComparer.Ordinal)
    {
        "it", "he", "she", "that", "what", "there", "here", "who", "let", "where", "how", "when", "why", "this",
    };

    /// <summary>True when <paramref name="word"/> (lower case, apostrophes folded) is <paramref name="stem"/> + "'s".</summary>
    public static bool IsPossessiveOf(string word, string stem)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(stem);
        return word.Length == stem.Length + 2 && word.EndsWith("'s", StringComparison.Ordinal) &&
               word.StartsWith(stem, StringComparison.Ordinal) && !Contracted.Contains(stem) && !stem.EndsWith('\'');
    }

    /// <summary>True when the word ends in a possessive "'s" (not a contraction).</summary>
    public static bool Is(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 2 && IsPossessiveOf(word, word[..^2]);
    }
}
