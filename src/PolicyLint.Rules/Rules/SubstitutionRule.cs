using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// The common shape of a language rule: a table of phrases and their alternatives. A match is reported with one fix
/// per alternative, unless it is not the document's own voice (quoted, a cited title, a references or glossary
/// section) or only named in order to be replaced ("instead of", "rather than").
/// </summary>
public abstract class SubstitutionRule : PolicyRule
{
    /// <summary>The table.</summary>
    protected abstract IReadOnlyList<Substitution> Substitutions { get; }

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterPhrases(Substitutions.Select(s => new Phrase(s.Pattern, s)), OnMatch);
    }

    /// <summary>Severity for a match; the default is the row's, else the rule's in the document's setting.</summary>
    protected virtual Severity SeverityFor(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        return row.Severity ?? context.Severity;
    }

    /// <summary>False to skip a match the table cannot express (e.g. "patient safety").</summary>
    protected virtual bool ShouldReport(PhraseContext context, Substitution row) => true;

    private void OnMatch(PhraseContext context)
    {
        var row = (Substitution)context.Match.Phrase.Data!;
        if (context.NotOwnVoice is not null || context.IsMention || !ShouldReport(context, row))
        {
            return;
        }

        var matched = context.MatchedText;
        var fixes = row.Alternatives.Select(a => new Fix(context.Match.Span, TextCase.Like(matched, a))).ToList();
        var suggestions = string.Join(" or ", row.Alternatives.Select(a => $"'{a}'"));
        context.Report(context.Match.Span, Descriptor.FormatMessage(matched, suggestions), SeverityFor(context, row), fixes);
    }
}
