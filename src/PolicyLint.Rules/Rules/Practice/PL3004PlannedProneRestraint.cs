using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3004: planned or deliberate prone (face-down) restraint permitted.</summary>
public sealed class PL3004PlannedProneRestraint : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3004",
        "PlannedProneRestraint",
        "Planned or deliberate prone restraint must not be permitted",
        "'{0}' permits planned or deliberate prone (face-down) restraint: there must be no planned or intentional restraint in a prone position",
        RuleCategory.Practice,
        Severity.Warning,
        "Positive and Proactive Care (2014), cited in RRN guidance §7: there must be no planned or intentional restraint " +
        "of a person in a prone (face-down) position; if a person goes prone unintentionally they must be released or " +
        "moved as soon as possible. Flags a sentence about prone or face-down restraint, holds or positions that plans or " +
        "permits it: \"planned\", \"deliberate(ly)\", \"intentional(ly)\", \"may / can / will / should be used\", \"is " +
        "permitted / allowed / authorised\", \"as part of the care plan\", \"prone restraint technique\", \"preferred\". Not " +
        "reported where it is prohibited (\"there must be no planned prone restraint\", \"prone restraint is not permitted\"), " +
        "where the sentence is about an unplanned or accidental prone position, or where quoted, named to be avoided, in a " +
        "heading, references or a glossary. \"Prone to\" (likely to) is not a position. A bare mention (\"prone restraint " +
        "carries a risk of death\") is not reported.",
        [Sources.Rrn("§7 Positive and Proactive Care (2014)")]);

    private static readonly PhraseGroup Prone = new(nameof(Prone), 
        "=prone ?position|positions|restraint|restraints|hold|holds|technique|techniques|restrain*",
        "=face =down|=downwards|=downward ?position|positions|restraint|restraints|hold|holds");

    private static readonly PhraseGroup Permission = new(nameof(Permission), 
        "=planned", "=plan|=plans|=planning", "deliberat*", "intentional*", "=intend|=intended", "=routine|=routinely", "=preferred",
        "=may ?be =used|=use|=applied", "=can ?be =used|=use|=applied", "=will ?be =used|=use|=applied", "=should ?be =used|=use|=applied",
        "=is|=are ?only =permitted|=allowed|=authorised|=authorized|=acceptable|=approved",
        "=technique|=techniques", "=taught", "=trained =in", "=use|=uses|=using =prone|=face",
        "=place|=places|=placing|=placed ~3 =prone|=face",
        "=restrain|=restrained|=restraining|=hold|=held|=holding ~3 =prone|=face");

    private static readonly PhraseGroup Unplanned = new(nameof(Unplanned), 
        "=unplanned", "=unintentional|=unintentionally|=unintended", "=accidental|=accidentally", "=inadvertent|=inadvertently",
        "=as =soon =as =possible", "=immediately", "=released", "=goes|=go|=ends|=end|=falls|=fall =to|=up =the|=on =floor");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentencePhrases([Prone, Permission, Unplanned], OnSentence);
    }

    private static void OnSentence(SentencePhrasesContext context)
    {
        var sentence = context.Sentence;
        if (PracticeText.OutsideBody(sentence) || PracticeText.UnderProhibitingOrDefiningLeadIn(context, sentence))
        {
            return;
        }

        var tokens = sentence.Tokens;
        var prone = context.Find(Prone)
            .Where(m => !(tokens[m.FirstToken].Lower == "prone" && m.LastToken == m.FirstToken && m.FirstToken + 1 < tokens.Count && tokens[m.FirstToken + 1].Lower == "to"))
            .ToList();
        if (prone.Count == 0 || !context.Any(Permission) || context.Any(Unplanned))
        {
            return;
        }

        foreach (var match in prone)
        {
            if (Negation.IsNegated(tokens, match.FirstToken, match.LastToken) ||
                PracticeText.NotOwn(context, sentence, match))
            {
                continue;
            }

            context.Report(match.Span, Rule.FormatMessage(context.Analysis.GetText(match.Span)));
            return;
        }
    }
}
