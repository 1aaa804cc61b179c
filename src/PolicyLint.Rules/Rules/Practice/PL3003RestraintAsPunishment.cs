using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3003: restraint, seclusion or force used as a punishment, sanction or consequence.</summary>
public sealed class PL3003RestraintAsPunishment : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3003",
        "RestraintAsPunishment",
        "Restrictive practice must never be used as a punishment",
        "'{0}' presents a restrictive practice as a punishment or sanction: restraint, seclusion and force must never be used to punish",
        RuleCategory.Practice,
        Severity.Error,
        "It is never lawful to use restraint, seclusion or force to punish, humiliate or degrade (RRN guidance §1 Use of " +
        "Force Act; §7 Positive and Proactive Care). Flags a sentence that names a restrictive practice (restraint, hold, " +
        "seclusion, isolation, segregation, force, restriction, time out, removal or confiscation of possessions, grounding, " +
        "loss of privileges) together with a purpose of " +
        "punishment: \"as a punishment / sanction / penalty / consequence\", \"to punish\", \"punitive\", \"for punishment\", " +
        "\"to discipline\", \"consequences for breaking the rules include…\", \"a further consequence may be…\". Not reported where " +
        "that use is prohibited (\"restraint must never be used as a punishment\", " +
        "\"is not a punishment\"), quoted, named to be avoided, in someone's reported words or experience (\"people said " +
        "seclusion felt like a punishment\"), in a heading, references or a glossary. \"As a consequence of\" " +
        "meaning \"because of\" is not a purpose and is not reported.",
        [Sources.Rrn("§1 Use of Force Act; §7 Positive and Proactive Care")]);

    private static readonly PhraseGroup Purposes = new(nameof(Purposes), 
        "as ?a ?form ?of punish*|sanction|sanctions|penalty|penalties|=discipline|=disciplinary",
        "as ?a consequence|consequences =for",
        "=use|=used|=using|=uses|=applied|=apply|=imposed|=impose|=given as ?a consequence|consequences",
        "=to =punish|=discipline",
        "=for punish*",
        "=punish|=punishes|=punished|=punishing",
        "=punitive|=punitively",
        "=means ?of punish*",
        "=a punishment",
        "=consequences|=consequence|=sanctions|=sanction|=punishments|=punishment =for|=of =breaking|=breaching|=not|=refusing|=failing|=poor|=bad|=misbehaviour|=misbehaving",
        "=consequence|=consequences|=sanction|=sanctions|=penalty|=penalties =may|=might|=will|=could|=can|=would|=shall|=include|=includes|=including|=is|=are");

    private static readonly PhraseGroup Practices = new(nameof(Practices), 
        "restrain*", "=restraint|=restraints", "seclu*", "isolat*", "segregat*", "=force", "=forcibly", "=hold|=holds|=held|=holding",
        "restrict*", "=time =out", "=confine|=confined|=confinement", "=locked ?in", "=pin|=pinned", "=restrictive",
        "=removed|=remove|=removing|=removal", "confiscat*", "=taken =away", "=withdrawn|=withdraw|=withdrawal|=withheld|=withhold",
        "=grounded|=grounding",
        "=loss|=lose|=loses|=losing =of ?their|his|her =privileges|=privilege|=contact|=phone|=phones|=pocket|=outings|=outing|=activities|=leave|=visits|=access|=money",
        "=stopped|=stop|=stopping =from =going|=seeing|=using|=having|=attending|=leaving|=contacting");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentencePhrases([Purposes, Practices], OnSentence);
    }

    private static void OnSentence(SentencePhrasesContext context)
    {
        var sentence = context.Sentence;
        if (PracticeText.OutsideBody(sentence) || !context.Any(Practices) || PracticeText.UnderProhibitingOrDefiningLeadIn(context, sentence))
        {
            return;
        }

        var tokens = sentence.Tokens;
        foreach (var match in context.Find(Purposes))
        {
            // "as a consequence of the incident" means "because of": not a purpose.
            if (tokens[match.FirstToken].Lower == "as" && match.LastToken + 1 < tokens.Count && tokens[match.LastToken].Lower is "consequence" or "consequences" && tokens[match.LastToken + 1].Lower is "of")
            {
                continue;
            }

            if (Negation.IsNegated(tokens, match.FirstToken, match.LastToken) ||
                PracticeText.NotOwn(context, sentence, match))
            {
                continue;
            }

            // One finding per sentence: the first purpose that stands.
            context.Report(match.Span, Rule.FormatMessage(context.Analysis.GetText(match.Span)));
            return;
        }
    }
}
