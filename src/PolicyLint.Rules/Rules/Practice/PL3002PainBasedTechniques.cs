using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3002: pain permitted as a means of restraint or compliance.</summary>
public sealed class PL3002PainBasedTechniques : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3002",
        "PainBasedTechniques",
        "Pain must never be used to gain compliance",
        "'{0}' permits pain: restrictive interventions must never use pain or be intended to inflict pain, suffering or humiliation",
        RuleCategory.Practice,
        Severity.Error,
        "Positive and Proactive Care (2014) and the Use of Force Act guidance say force must never be used to inflict pain, " +
        "suffering or humiliation, and pain-based techniques must not be used. Flags \"pain compliance\", \"pain to gain compliance\", \"holds that cause pain\", \"pain-based / " +
        "pain-inducing techniques (holds, restraint)\", the use or application of pain, and force used \"to inflict pain, " +
        "suffering or humiliation\". Not reported where the text prohibits it (\"staff must never use pain-based techniques\", " +
        "\"pain compliance is prohibited\", \"under no circumstances…\"), names it to avoid it, quotes it, or lists it in " +
        "references, a glossary or a heading. Does not catch pain permitted only by implication (e.g. naming a hold known to " +
        "be pain-based without saying so).",
        [Sources.Rrn("§7 Positive and Proactive Care; §1 Use of Force Act")]);

    private static readonly PhraseGroup Pain = new(
        nameof(Pain),
        "pain =compliance",
        "pain =based|=inducing|=induced|=inflicting|=compliant ?restraint|restrictive ?physical technique|techniques|hold|holds|method|methods|restraint|restraints|intervention|interventions|move|moves",
        "inflict|infliction ?of pain|suffering|humiliation",
        "inflict|infliction ~3 pain|suffering|humiliation",
        "=use|=using|=uses|=apply|=applying|=applied ?of pain",
        "=use|=using|=apply|=applying ?of pain =to =gain|=achieve|=secure|=obtain",
        "pain =to =gain|=achieve|=secure|=obtain|=ensure|=force =compliance|=cooperation|=submission",
        "=holds|=hold|=techniques|=technique|=methods|=method|=moves|=move =that|=which =cause|=causes|=use|=uses|=inflict|=inflicts|=induce|=induces pain",
        "=painful =holds|=hold|=techniques|=technique|=restraint|=restraints");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentencePhrases([Pain], OnSentence);
    }

    private static void OnSentence(SentencePhrasesContext context)
    {
        var matches = context.Find(Pain);
        foreach (var match in matches)
        {
            OnMatch(context, matches, match);
        }
    }

    private static void OnMatch(SentencePhrasesContext context, IReadOnlyList<PhraseMatch> all, PhraseMatch match)
    {
        var tokens = context.Sentence.Tokens;
        if (PracticeText.NotOwn(context, context.Sentence, match) || PracticeText.UnderProhibitingOrDefiningLeadIn(context, context.Sentence) ||
            Negation.IsNegated(tokens, match.FirstToken, match.LastToken))
        {
            return;
        }

        // "use pain relief", "use of pain assessment tools": about treating pain, not causing it.
        if (match.LastToken + 1 < tokens.Count && tokens[match.LastToken + 1].Lower is "relief" or "killer" or "killers" or "killing" or "management" or "medication" or "assessment" or "assessments" or "scale" or "scales" or "score" or "scores" or "tool" or "tools" or "threshold" or "thresholds")
        {
            return;
        }

        if (YieldsToNext(tokens, match))
        {
            return;
        }

        // One finding per place: a longer match covering this one reports instead.
        if (Overlapped(tokens, all, match))
        {
            return;
        }

        context.Report(match.Span, Rule.FormatMessage(context.Analysis.GetText(match.Span)));
    }

    // "use pain compliance", "use pain-based holds": the phrase after "use" reports instead.
    private static bool YieldsToNext(IReadOnlyList<Token> tokens, PhraseMatch match) =>
        tokens[match.FirstToken].Lower != "pain" && match.LastToken + 1 < tokens.Count && tokens[match.LastToken].Lower == "pain" &&
        tokens[match.LastToken + 1].Lower is "compliance" or "based" or "inducing" or "induced" or "inflicting" or "compliant";

    private static bool Overlapped(IReadOnlyList<Token> tokens, IReadOnlyList<PhraseMatch> all, PhraseMatch match)
    {
        foreach (var other in all)
        {
            bool overlaps = other.FirstToken <= match.LastToken && match.FirstToken <= other.LastToken;
            if (!overlaps || other == match || YieldsToNext(tokens, other))
            {
                continue;
            }

            // Keep the earliest-starting, then the longest, match of a cluster.
            if (other.FirstToken < match.FirstToken ||
                (other.FirstToken == match.FirstToken && other.LastToken > match.LastToken) ||
                (other.FirstToken == match.FirstToken && other.LastToken == match.LastToken && string.CompareOrdinal(other.Phrase.Pattern, match.Phrase.Pattern) < 0))
            {
                return true;
            }
        }

        return false;
    }
}
