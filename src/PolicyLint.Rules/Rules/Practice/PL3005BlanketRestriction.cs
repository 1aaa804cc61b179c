using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3005: a rule applied to everyone regardless of individual risk (a blanket restriction).</summary>
public sealed partial class PL3005BlanketRestriction : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3005",
        "BlanketRestriction",
        "Blanket restrictions apply a rule to everyone regardless of individual risk",
        "'{0}' reads as a blanket restriction (a rule applied to everyone regardless of individual risk): base any restriction on an individual assessment and review it",
        RuleCategory.Practice,
        Severity.Warning,
        "An overreliance on blanket restrictions (rules applied to everyone regardless of risk) is an indicator of a closed " +
        "culture (RRN guidance §3); CQC (2023) expects blanket policies to be challenged. Flags, one finding per sentence: " +
        "a rule on everyone supported (\"all residents must be in bed by 10pm\", \"residents are not allowed to go out " +
        "after 9pm\", \"every patient must hand in…\", \"everyone " +
        "may only…\"); \"no one / no resident is allowed / may…\"; doors, gates, kitchens or exits locked (\"the front door is " +
        "locked at all times\"); common items banned (\"mobile phones are not permitted\", \"no smoking\", \"lighters must be " +
        "handed in\"); fixed visiting, bed, meal or curfew times for everyone. For this rule the prohibition of an item or " +
        "activity is the restriction itself, so \"not permitted\" is reported; a negated rule (\"doors are not locked\", \"we do " +
        "not require all residents to…\", \"there are no set visiting times\") is not. Not reported where the sentence ties the " +
        "rule to an individual (\"individual risk assessment\", \"care plan\", \"support plan\", \"unless\", \"best interests\"), " +
        "where the rule is about staff (\"all staff must be trained\"), where the sentence is about restrictive practice itself " +
        "(\"no one should be restrained without…\"), where it gives blanket restrictions as examples, or in quotations, " +
        "headings, references and glossaries. Restrictions required by law for everyone (e.g. the smoke-free law indoors) may " +
        "be reported and need suppressing with a justification.",
        [Sources.Rrn("§3 Blanket restrictions"), Sources.Lga("CQC position statement 2023")]);

    private const string People =
        "=residents|=resident|=people|=person|=patients|=patient|=users|=tenants|=tenant|=children|=child|=pupils|=pupil|=students|=student|=individuals|=clients|=client|=visitors|=guests|=adults|=members";

    private static readonly PhraseGroup Everyone = new(nameof(Everyone), 
        "=all|=every ?of ?the|=our ?young|=service " + People,
        "=everyone|=everybody");

    // A plural group opening the sentence states a rule for all of them: "Residents are not allowed to go out after 9pm".
    private static readonly PhraseGroup Group = new(nameof(Group), 
        "=residents|=patients|=tenants|=children|=pupils|=students|=clients|=individuals|=visitors|=people",
        "=service =users", "=young =people");

    private static readonly PhraseGroup NoOne = new(nameof(NoOne), 
        "=no =one|=resident|=residents|=patient|=patients|=person|=child|=children|=pupil|=tenant|=visitor|=visitors ~2 =is|=are|=will|=may|=can|=shall ?be ?only =allowed|=permitted|=able|=go|=leave|=enter|=use|=have|=take|=bring|=stay|=keep",
        "=nobody ~2 =is|=are|=will|=may|=can|=shall ?be ?only =allowed|=permitted|=able|=go|=leave|=enter|=use|=have|=take|=bring|=stay|=keep");

    private static readonly PhraseGroup RuleCue = new(nameof(RuleCue), 
        "=must|=may|=will|=should|=can =not|=never", "=cannot", "=not =allowed|=permitted", "=are|=is =not =allowed|=permitted|=able",
        "=only", "=at =all =times", "=in =bed", "=to =bed", "=in =their =rooms|=room|=bedrooms|=bedroom", "=hand|=handed =in|=over",
        "=be =searched|=supervised|=accompanied|=escorted|=locked|=checked", "=ask =for ?staff =permission", "=ask =permission",
        "=remain|=stay =in|=on|=inside|=indoors", "=back|=return|=returned =by|=before", "=lights =out", "=curfew",
        "=no =later =than", "=locked", "=sign|=signed =out", "=is|=are =restricted|=limited|=confined",
        "=must|=required|=expected ~4 =by|=before|=until|=after");

    private static readonly PhraseGroup Locked = new(nameof(Locked), 
        "=door|=doors|=gate|=gates|=kitchen|=kitchens|=fridge|=fridges|=garden|=gardens|=exit|=exits|=windows|=cupboards|=lounge|=bathrooms|=toilets|=unit|=ward|=building|=home ~4 =locked ?at ?all ?times",
        "=door|=doors|=gate|=gates|=kitchen|=kitchens|=fridge|=fridges|=garden|=exit|=exits|=windows|=cupboards|=unit|=ward|=building|=home ~4 =locked =at =night",
        "=door|=doors|=gate|=gates|=kitchen|=kitchens|=fridge|=fridges|=garden|=exit|=exits|=windows|=cupboards|=unit|=ward|=building|=home ~4 =locked =overnight|=nightly|=daily");

    private const string Items =
        "=phones|=phone|=mobiles|=lighters|=matches|=internet|=wifi|=laptops|=tablets|=cameras|=alcohol|=smoking|=visitors|=visits|=snacks|=food|=drinks|=tv|=television|=televisions|=cash|=money|=belongings|=possessions|=pets|=razors|=cigarettes|=vaping|=computers|=games|=consoles|=headphones|=takeaways|=caffeine";

    private static readonly PhraseGroup Banned = new(nameof(Banned), 
        [.. new[] { Items, "=mobile =phones|=phone" }.SelectMany(items => new[]
        {
            items + " ~4 =not =permitted|=allowed",
            items + " ~4 =banned|=prohibited|=forbidden|=confiscated",
            items + " ~4 =only =permitted|=allowed",
            items + " ~4 =must|=will|=are ?be =handed =in|=over",
            items + " ~4 =removed =on =admission",
            "=no " + items,
        })]);

    private static readonly PhraseGroup Times = new(nameof(Times), 
        "=visitors|=visits|=visiting =must|=will|=should|=have ?to =leave|=end|=finish|=stop",
        "=visiting ?times|=time|=hours|=hour", "=visits|=visitors|=visiting", "=bedtime|=bedtimes", "=bed =time|=times",
        "=lights =out", "=curfew", "=mealtimes", "=meal =times", "=protected =mealtimes");

    private static readonly PhraseGroup Individual = new(nameof(Individual), 
        "individual*", "assess*", "=care|=support|=behaviour ?support =plan|=plans|=planning", "=unless", "=best =interests|=interest",
        "=person =centred|=centered", "=case =by =case", "=depending =on", "=personal =risk", "=his|=her|=their =own =risk", "=where =a =risk",
        "=where =there =is =a =risk", "=agreed =with");

    private static readonly PhraseGroup Practice = new(nameof(Practice), "restrain*", "seclu*", "=restrictive", "=restraint|=restraints", "=blanket", "=example|=examples", "=e =g");

    private static readonly PhraseGroup NotRestricted = new(nameof(NotRestricted), 
        "=no =set|=fixed|=restrictions|=restriction|=limits|=limit", "=not =restricted|=limited|=fixed|=set|=required", "=any =time", "=anytime", "=flexible", "=open =visiting", "=whenever");

    // A sentence about rules as things to be governed ("any rule that applies to everyone must be justified and
    // recorded on the register", "restrictions on all tenants are reviewed and removed if they cannot be justified")
    // talks about blanket restrictions; it does not impose one.
    private static readonly PhraseGroup Governance = new(nameof(Governance), 
        "=rule|=rules|=restriction|=restrictions ~8 =justified|=justify|=justification|=register|=registered|=challenged|=challenge|=removed|=lifted|=recorded|=reviewed",
        "=any|=every|=each =rule|=rules|=restriction|=restrictions =that|=which =applies|=apply|=affects|=affect");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentencePhrases([Everyone, Group, NoOne, RuleCue, Locked, Banned, Times, Individual, Practice, NotRestricted, Governance], OnSentence);
    }

    private static void OnSentence(SentencePhrasesContext context)
    {
        var sentence = context.Sentence;
        if (PracticeText.OutsideBody(sentence) || context.Any(Individual) || context.Any(Practice) ||
            context.Any(Governance))
        {
            return;
        }

        var span = Find(context, sentence);
        if (span is { } s)
        {
            context.Report(s, Rule.FormatMessage(context.Analysis.GetText(s)));
        }
    }

    private static Syntax.TextSpan? Find(SentencePhrasesContext context, Sentence sentence)
    {
        var tokens = sentence.Tokens;
        bool Own(PhraseMatch m) => !PracticeText.NotOwn(context, sentence, m);

        // "visitors are welcome at any time" loosens; "not allowed … at any time" only strengthens a prohibition.
        bool loose = context.Find(NotRestricted).Any(m => !(Intensifier(tokens, m) && NegatedBefore(tokens, m.FirstToken)));
        var text = context.Analysis.GetText(sentence.Span);

        // "all residents must be in bed by 10pm", "everyone may only use the phone in the office", "residents are not
        // allowed to go out after 9pm".
        var subjects = context.Find(Everyone)
            .Concat(context.Find(Group).Where(m => OpensSentence(tokens, m.FirstToken)))
            .OrderBy(m => m.FirstToken);
        foreach (var subject in subjects)
        {
            if (loose || !Own(subject) || Negation.IsNegatedBefore(tokens, subject.FirstToken))
            {
                continue;
            }

            foreach (var cue in context.Find(RuleCue))
            {
                if (cue.FirstToken <= subject.LastToken || cue.FirstToken - subject.LastToken > 12 || Conditional(tokens, cue))
                {
                    continue;
                }

                // "must not be discriminated against": a passive "not be" protects rather than restricts.
                bool negatedModal = tokens[cue.LastToken].Lower is "not" or "never";
                if (negatedModal && cue.LastToken + 1 < tokens.Count && tokens[cue.LastToken + 1].Lower == "be")
                {
                    continue;
                }

                // "by/before/until/after" counts only with a clock time ("must be back by 9pm").
                if (tokens[cue.LastToken].Lower is "by" or "before" or "until" or "after" && !HasClockTime(text))
                {
                    continue;
                }

                return Syntax.TextSpan.FromBounds(subject.Span.Start, cue.Span.End);
            }
        }

        // "no one is allowed to leave after 9pm".
        foreach (var m in context.Find(NoOne))
        {
            if (Own(m) && !Negation.IsNegatedBefore(tokens, m.FirstToken) && !tokens.Any(t => t.Lower is "without"))
            {
                return m.Span;
            }
        }

        // "the front door is locked at all times": a positive statement, so a negation ("doors are not locked") clears it.
        foreach (var m in context.Find(Locked))
        {
            bool negatedInside = tokens.Skip(m.FirstToken).Take(m.LastToken - m.FirstToken + 1)
                .Any(t => t.Lower is "not" or "never" || t.Lower.EndsWith("n't", StringComparison.Ordinal));
            if (Own(m) && !negatedInside && !Negation.IsNegated(tokens, m.FirstToken, m.LastToken))
            {
                return m.Span;
            }
        }

        // "mobile phones are not permitted": here the prohibition is the restriction.
        foreach (var m in context.Find(Banned))
        {
            bool doubleNegative = tokens[m.LastToken].Lower is "banned" or "prohibited" or "forbidden" or "confiscated" &&
                m.LastToken > 0 && tokens[m.LastToken - 1].Lower is "not" or "never";
            if (Own(m) && !doubleNegative && !loose && !Negation.IsNegatedBefore(tokens, m.FirstToken))
            {
                return m.Span;
            }
        }

        // "visiting hours are 2pm to 4pm", "bedtime is 10pm for everyone".
        if (!loose && (HasClockTime(text) || tokens.Any(t => t.Lower is "between" or "only")))
        {
            foreach (var m in context.Find(Times))
            {
                if (Own(m) && !Negation.IsNegatedBefore(tokens, m.FirstToken))
                {
                    return m.Span;
                }
            }
        }

        return null;
    }

    private static bool Intensifier(IReadOnlyList<Token> tokens, PhraseMatch m) =>
        tokens[m.FirstToken].Lower is "any" or "anytime" or "whenever";

    private static bool NegatedBefore(IReadOnlyList<Token> tokens, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (tokens[i].Lower is "not" or "never" or "no" or "cannot" || tokens[i].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "only when / if / where / after …" states a condition, not a rule ("people are admitted only when community
    // options are exhausted"); "may only", "only permitted" still count through their own cues.
    private static bool Conditional(IReadOnlyList<Token> tokens, PhraseMatch cue) =>
        tokens[cue.FirstToken].Lower == "only" && cue.LastToken == cue.FirstToken && cue.LastToken + 1 < tokens.Count &&
        tokens[cue.LastToken + 1].Lower is "when" or "if" or "where" or "after" or "once" or "as" or "for" or "in";

    // The first word, after any list number or "the"/"our"/"all".
    private static bool OpensSentence(IReadOnlyList<Token> tokens, int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (tokens[i].IsWordLike && tokens[i].Kind != TokenKind.Number && tokens[i].Lower is not ("the" or "our" or "all"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasClockTime(string text) => ClockTime().IsMatch(text);

    [GeneratedRegex(@"\b\d{1,2}([:.]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}\b|\bmidnight\b|\bnoon\b|\bo'clock\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
