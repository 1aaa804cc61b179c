using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules;

/// <summary>One row of a substitution rule: a phrase pattern and what to write instead.</summary>
/// <param name="Pattern">A <see cref="Text.Phrase"/> pattern.</param>
/// <param name="Alternatives">Suggested replacements, best first.</param>
/// <param name="Severity">A severity for this row that differs from the rule's (e.g. info for a milder term).</param>
/// <param name="ReplacesLastWord">
/// The fix replaces only the last word of the match ("behaviour that cannot be [managed]" → "supported"), for rows
/// whose match spans a clause the alternative does not replace.
/// </param>
public sealed record Substitution(string Pattern, IReadOnlyList<string> Alternatives, Severity? Severity = null, bool ReplacesLastWord = false)
{
    /// <summary>Where the match is not the term in use (data, each with an example the catalogue tests run).</summary>
    public IReadOnlyList<NotTheTerm> Exceptions { get; init; } = [];
}
