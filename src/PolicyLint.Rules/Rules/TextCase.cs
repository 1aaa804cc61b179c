namespace PolicyLint.Rules.Rules;

/// <summary>Gives a replacement the capitalisation of the text it replaces.</summary>
internal static class TextCase
{
    public static string Like(string original, string replacement)
    {
        if (original.Length == 0 || replacement.Length == 0)
        {
            return replacement;
        }

        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)) && original.Any(char.IsLetter) && original.Count(char.IsLetter) > 4)
        {
            return replacement.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
    }
}
