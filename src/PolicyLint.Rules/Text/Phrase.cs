namespace PolicyLint.Rules.Text;

/// <summary>
/// A phrase a rule looks for, in a small pattern language over tokens (case-insensitive, space-separated):
/// <list type="bullet">
/// <item><c>manage</c>: a word with the same stem (manage, managing, managed, management)</item>
/// <item><c>=client</c>: exactly this word (lower case)</item>
/// <item><c>certif*</c>: a word starting with this</item>
/// <item><c>user|users</c>: any of the alternatives (each may use = or *)</item>
/// <item><c>?the</c>: an optional element</item>
/// <item><c>~2</c>: up to two words of anything</item>
/// <item><c>&amp;</c>: that punctuation character</item>
/// </list>
/// </summary>
/// <param name="Pattern">The pattern text.</param>
/// <param name="Data">What the rule wants back with a match (suggestions, a label).</param>
public sealed record Phrase(string Pattern, object? Data = null)
{
    /// <summary>A phrase carrying a string label.</summary>
    public static Phrase Of(string pattern, string label) => new(pattern, label);
}
