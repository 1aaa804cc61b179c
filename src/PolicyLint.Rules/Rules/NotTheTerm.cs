namespace PolicyLint.Rules.Rules;

/// <summary>
/// When a substitution row's match is not the term in use, decided by the word right before or right after it:
/// "patient safety", "be patient with", "the Challenging Behaviour Foundation". Data on the row, with example
/// sentences that a catalogue test runs: for every row carrying the exception, the row's phrase must match in one of
/// them with the exception applying, and the rule must stay quiet on all of them.
/// </summary>
/// <param name="Reason">Why the match is not the term (shown in the rule's docs).</param>
/// <param name="Examples">Sentences where the exception applies.</param>
public sealed record NotTheTerm(string Reason, params string[] Examples)
{
    /// <summary>Words that, right before the match, make it something else ("be patient").</summary>
    public IReadOnlyList<string> Before { get; init; } = [];

    /// <summary>Words that, right after the match, make it something else ("patient safety").</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>True when the exception applies to the match from token <paramref name="first"/> to <paramref name="last"/>.</summary>
    public bool Applies(IReadOnlyList<Text.Token> tokens, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return (first > 0 && Before.Contains(tokens[first - 1].Lower, StringComparer.Ordinal)) ||
               (last + 1 < tokens.Count && After.Contains(tokens[last + 1].Lower, StringComparer.Ordinal));
    }
}
