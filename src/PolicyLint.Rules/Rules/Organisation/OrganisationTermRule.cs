using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Organisation;

/// <summary>
/// One organisation term as a substitution rule: it shares the phrase matcher, the negation, quotation and mention
/// handling ("instead of …") and the fixes of the built-in language rules, so a term a team adds behaves like theirs.
/// </summary>
public sealed class OrganisationTermRule : SubstitutionRule
{
    private readonly RuleDescriptor _descriptor;
    private readonly IReadOnlyList<Substitution> _rows;

    /// <summary>Creates the rule for <paramref name="term"/>.</summary>
    public OrganisationTermRule(OrganisationTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        Term = term;
        var id = term.Id.ToUpperInvariant();
        var say = term.Alternatives.Count > 0 ? ": say {1}" : string.Empty;
        _descriptor = new RuleDescriptor(
            id,
            "OrganisationTerm",
            $"Organisation term '{term.Phrase}'",
            "'{0}': " + Escape(term.Reason.Length > 0 ? term.Reason : "a term this organisation avoids") + say,
            RuleCategory.Language,
            term.Severity,
            "A term named in this organisation's policylint.json: " + term.Reason,
            [new Citation("policylint.json", "The organisation's own configuration", "terms")]);
        _rows = [new Substitution(Pattern(term.Phrase), term.Alternatives)];
    }

    /// <summary>The term the rule was made from.</summary>
    public OrganisationTerm Term { get; }

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => _descriptor;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions => _rows;

    /// <summary>
    /// The phrase as a matcher pattern: each word stands for itself and its stem (so "manage" also finds "managing"),
    /// and characters the pattern language gives a meaning to (= * | ? ~) are dropped from the words.
    /// </summary>
    public static string Pattern(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => c is not ('=' or '*' or '|' or '?' or '~'))]))
            .Where(w => w.Length > 0);
        return string.Join(' ', words).ToLowerInvariant();
    }

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
