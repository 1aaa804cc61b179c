using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3001: the BILD Code of Practice cited as the training standard; it was superseded in 2019.</summary>
public sealed class PL3001SupersededTrainingStandard : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3001",
        "SupersededTrainingStandard",
        "The BILD Code of Practice is superseded by the RRN Training Standards",
        "'{0}' was superseded in 2019 by the Restraint Reduction Network (RRN) Training Standards: require training certified as complying with the RRN Training Standards",
        RuleCategory.Practice,
        Severity.Error,
        "Since April 2020 training that includes restrictive practices must be certified as complying with the RRN " +
        "Training Standards (2019), which replaced the BILD Code of Practice. Flags the BILD Code of Practice cited as a " +
        "standard, including text that gets the history backwards (\"the RRN standards were replaced by the BILD Code of " +
        "Practice\"). Not reported where the text corrects it (\"the BILD Code of Practice was superseded by the RRN " +
        "Training Standards\", \"refer to the RRN standards instead of the BILD Code\"), where it is negated, quoted, " +
        "or listed in references.",
        [Sources.Letter("Certification of training"), Sources.Lga("Training for staff on restraint reduction"), Sources.Coventry("Q10")]);

    private static readonly Phrase[] Phrases =
    [
        new("=bild|=bild's code ?of ?practice"),
        new("british institute ?of learning =disabilities ?'s code ?of ?practice"),
        new("code of practice for ?the =minimising|=minimizing ?the use of restrictive physical =interventions"),
        new("code of practice for the use and reduction of restrictive physical =interventions"),
    ];

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterPhrases(Phrases, OnMatch);
    }

    private static void OnMatch(PhraseContext context)
    {
        var tokens = context.Sentence.Tokens;
        var verdict = Replacement(tokens, context.Match.FirstToken, context.Match.LastToken);
        if (verdict == ReplacementClaim.BildIsNewer)
        {
            // Wrong history is wrong even when quoted from a contract: that is exactly what must be caught.
            Report(context);
            return;
        }

        if (verdict == ReplacementClaim.BildIsOlder || context.IsMention || context.IsNegated || context.NotOwnVoice is not null)
        {
            return;
        }

        Report(context);
    }

    private static void Report(PhraseContext context) =>
        context.Report(context.Match.Span, Rule.FormatMessage(context.MatchedText), fixes: [new Fix(context.Match.Span, "RRN Training Standards")]);

    /// <summary>
    /// Reads "replaced/superseded/updated" statements around the match: "X replaced/superseded by BILD" or "BILD
    /// replaced/supersedes X" claim BILD is the newer standard; "BILD … was replaced by X" or "X replaced BILD" are
    /// corrections. Only a verb in the match's own clause counts (the nearest before it, else the nearest after it):
    /// "the new induction replaced the old course, and training follows the BILD Code" is no correction.
    /// </summary>
    private static ReplacementClaim Replacement(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (int i = first - 1; i >= 0 && !EndsClauseBackward(tokens[i]); i--)
        {
            if (IsReplacementVerb(tokens[i]))
            {
                // verb before BILD: "replaced by BILD" (BILD newer) or "X replaced BILD" (BILD older).
                return IsPassive(tokens, i) ? ReplacementClaim.BildIsNewer : ReplacementClaim.BildIsOlder;
            }
        }

        int relative = -1;
        for (int i = last + 1; i < tokens.Count && !EndsClauseForward(tokens[i]); i++)
        {
            if (relative < 0 && tokens[i].Lower is "which" or "that" or "whom")
            {
                relative = i;
            }

            if (IsReplacementVerb(tokens[i]))
            {
                // BILD before the verb: "BILD was replaced by X" (older) or "BILD replaced X" (newer). In a relative
                // clause with a subject of its own, BILD is the verb's object: "the BILD Code, which the RRN standards
                // replaced" (older).
                if (IsPassive(tokens, i))
                {
                    return ReplacementClaim.BildIsOlder;
                }

                return relative >= 0 && HasOwnSubject(tokens, relative, i) ? ReplacementClaim.BildIsOlder : ReplacementClaim.BildIsNewer;
            }
        }

        return ReplacementClaim.None;
    }

    // Between the relative pronoun and the verb stands a subject ("which the RRN standards replaced", "that they
    // replaced"), not only auxiliaries and adverbs ("which has since replaced", "that was later replaced").
    private static bool HasOwnSubject(IReadOnlyList<Token> tokens, int relative, int verb)
    {
        for (int i = relative + 1; i < verb; i++)
        {
            if (tokens[i].IsWordLike && tokens[i].Kind != TokenKind.Number &&
                tokens[i].Lower is not ("has" or "have" or "had" or "was" or "were" or "is" or "are" or "been" or "since" or "later" or "itself" or "then" or "now" or "subsequently" or "in"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReplacementVerb(Token token) => token.Stem is "replac" or "supersed" or "succeed" or "updat" or "substitut";

    private static bool IsPassive(IReadOnlyList<Token> tokens, int verb) => verb + 1 < tokens.Count && tokens[verb + 1].Lower == "by";

    // Backward, a comma or a conjunction starts another clause ("…replaced the old course, and training follows BILD").
    private static bool EndsClauseBackward(Token token) =>
        token.Lower is ";" or ":" or "," or "and" or "but" or "while" or "whereas" or "although";

    // Forward, a comma may open a relative clause about BILD ("BILD, which was replaced by…"), so only stronger breaks.
    private static bool EndsClauseForward(Token token) => token.Lower is ";" or ":" or "but" or "whereas" or "although";

    private enum ReplacementClaim
    {
        None,
        BildIsNewer,
        BildIsOlder,
    }
}
