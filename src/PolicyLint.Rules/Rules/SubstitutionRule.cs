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

    /// <summary>The table, for the catalogue's tests and docs.</summary>
    public IReadOnlyList<Substitution> Rows => Substitutions;

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
        if (context.NotOwnVoice is not null || context.IsMention ||
            row.Exceptions.Any(e => e.Applies(context.Sentence.Tokens, context.Match.FirstToken, context.Match.LastToken)) ||
            !ShouldReport(context, row))
        {
            return;
        }

        var matched = context.MatchedText;
        var alternatives = PossessiveAlternatives(context, row.Alternatives);
        var fixSpan = row.ReplacesLastWord ? context.Sentence.Tokens[context.Match.LastToken].Span : context.Match.Span;
        var fixedText = context.Analysis.GetText(fixSpan);
        var fixes = alternatives.Select(a => new Fix(fixSpan, TextCase.Like(fixedText, a))).ToList();
        var suggestions = string.Join(" or ", alternatives.Select(a => $"'{a}'"));
        context.Report(context.Match.Span, Descriptor.FormatMessage(matched, suggestions), SeverityFor(context, row), fixes);
    }

    /// <summary>
    /// A match ending in a possessive ("the patient's plan") is replaced by a possessive ("the person's plan"): the
    /// one-word alternatives take the document's own apostrophe; several-word ones ("person supported's") read badly
    /// and are left out when a one-word alternative exists.
    /// </summary>
    private static IReadOnlyList<string> PossessiveAlternatives(PhraseContext context, IReadOnlyList<string> alternatives)
    {
        var last = context.Sentence.Tokens[context.Match.LastToken];
        if (!Possessive.Is(last.Lower))
        {
            return alternatives;
        }

        char apostrophe = context.Analysis.Text[last.Span.End - 2];
        var single = alternatives.Where(a => !a.Contains(' ', StringComparison.Ordinal)).ToList();
        return [.. (single.Count > 0 ? single : alternatives).Select(a => a + apostrophe + "s")];
    }
}
