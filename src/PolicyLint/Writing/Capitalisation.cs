namespace PolicyLint.Writing;

/// <summary>
/// Gives a replacement the capitalisation of the words it replaces: ALL CAPS stays all caps, a capital first letter
/// (Sentence case or Title Case) gives the replacement a capital first letter, and lower case leaves the replacement
/// as the rule wrote it (so names such as "RRN Training Standards" keep their capitals).
/// </summary>
internal static class Capitalisation
{
    public static string Like(string original, string replacement)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || replacement.Length == 0)
        {
            return replacement;
        }

        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return replacement.ToUpperInvariant();
        }

        if (char.IsUpper(letters[0]))
        {
            int first = replacement.TakeWhile(c => !char.IsLetter(c)).Count();
            return first < replacement.Length
                ? string.Concat(replacement.AsSpan(0, first), char.ToUpperInvariant(replacement[first]).ToString(), replacement.AsSpan(first + 1))
                : replacement;
        }

        return replacement;
    }
}
