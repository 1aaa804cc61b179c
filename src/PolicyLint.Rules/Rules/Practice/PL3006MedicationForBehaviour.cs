using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>PL3006: medication used to manage, control or calm behaviour without a STOMP / clinical-indication safeguard.</summary>
public sealed class PL3006MedicationForBehaviour : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL3006",
        "MedicationForBehaviour",
        "Medication to manage behaviour needs a clinical indication and STOMP safeguards",
        "'{0}' uses medication to manage or calm behaviour without a safeguard: require a clinical indication, prescriber review and STOMP principles",
        RuleCategory.Practice,
        Severity.Warning,
        "STOMP (Stopping the Overmedication of People with a learning disability, autism or both) and the Royal College " +
        "of Psychiatrists: psychotropic medication is indicated as part of a treatment plan for a mental disorder, not to " +
        "manage behaviour that needs a psychological approach (RRN guidance §1). Flags a sentence where medication (PRN / " +
        "\"as required\" medication, sedation, sedatives, rapid tranquillisation, psychotropic or antipsychotic medication, " +
        "tranquillisers) is given \"to manage / control / reduce / modify / stop behaviour\", \"for behaviour(s)\", \"to calm\", " +
        "\"to settle\" or \"when agitated / distressed\" (with \"behaviour\"), unless the same sentence or paragraph names a " +
        "safeguard: STOMP/STAMP, a clinical indication, a prescriber/psychiatrist/GP, a prescription or protocol, or a " +
        "medication review. Not reported where that use is prohibited (\"medication must never be used to control " +
        "behaviour\"), quoted, named to be avoided, in a heading, references or a glossary.",
        [Sources.Rrn("§1 STOMP / STAMP (Royal College of Psychiatrists 2021)")]);

    private static readonly PhraseGroup Medication = new(nameof(Medication), 
        "=prn", "=as =required ?medication|=medicine|=medicines", "=as =needed =medication|=medicine|=medicines",
        "=medication|=medications|=medicine|=medicines|=drug|=drugs", "sedat*", "=rapid =tranquillisation|=tranquilisation|=tranquillization|=tranquilization",
        "tranquillis*", "tranquilis*", "tranquiliz*", "tranquilliz*", "=psychotropic|=psychotropics|=antipsychotic|=antipsychotics",
        "=chemical =restraint", "=lorazepam|=diazepam|=haloperidol|=promethazine|=midazolam|=olanzapine|=risperidone");

    private static readonly PhraseGroup Purpose = new(nameof(Purpose), 
        "=to|=for|=in ?help ?to =manage|=managing|=management|=control|=controlling|=reduce|=reducing|=modify|=modifying|=stop|=stopping|=prevent|=preventing|=contain|=containing|=address|=addressing|=deal|=dealing ~4 behaviour|behavior|behaviours|behaviors|outbursts|aggression|agitation",
        "=for behaviour|behavior|behaviours|behaviors",
        "=behaviour|=behavior =management|=control",
        "=to|=help ?to =calm|=settle|=sedate|=quieten|=subdue",
        "=calm|=settle|=subdue =the|=a|=them|=him|=her|=people|=residents|=patients|=person|=individuals",
        "=when|=if ~3 =agitated|=aggressive|=distressed|=unsettled|=challenging|=difficult|=disruptive");

    // Read across the whole paragraph, including sentences the driver has not reached yet, so it keeps a matcher of
    // its own; the groups above come from the driver's single matcher.
    private static readonly PhraseMatcher Safeguard = PracticeText.Matcher(
        "=stomp", "=stamp", "clinical* indicat*", "=clinical =indication|=indications|=need|=needs|=reason|=reasons|=judgement|=judgment",
        "prescrib*", "=prescription|=prescriptions", "=psychiatrist|=psychiatrists", "=gp|=gps", "=doctor|=doctors", "=pharmacist|=pharmacists",
        "=medication|=medicines =review|=reviews|=reviewed", "=reviewed =by", "=protocol|=protocols", "=mental =disorder|=illness",
        "=overmedication|=over =medication");

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentencePhrases([Medication, Purpose], OnSentence);
    }

    private static void OnSentence(SentencePhrasesContext context)
    {
        var sentence = context.Sentence;
        if (PracticeText.OutsideBody(sentence) || PracticeText.UnderProhibitingOrDefiningLeadIn(context, sentence))
        {
            return;
        }

        var medication = context.Find(Medication);
        if (medication.Count == 0)
        {
            return;
        }

        var purposes = context.Find(Purpose);
        if (purposes.Count == 0 || PracticeText.Paragraph(context, sentence).Any(s => PracticeText.Any(Safeguard, s)))
        {
            return;
        }

        var tokens = sentence.Tokens;
        foreach (var purpose in purposes)
        {
            if (Negation.IsNegated(tokens, purpose.FirstToken, purpose.LastToken) ||
                context.Analysis.NotOwnVoice(sentence, purpose.Span) is not null ||
                Scopes.IsMention(tokens, purpose.FirstToken))
            {
                continue;
            }

            // The medication named nearest before the purpose (else the first one after it), and the purpose it is given for.
            var named = Merge(medication);
            var med = named.LastOrDefault(m => m.Last < purpose.FirstToken);
            if (med == default)
            {
                med = named[0];
            }

            if (med.Last < purpose.FirstToken && Negation.IsNegated(tokens, med.First, med.Last))
            {
                continue;
            }

            var span = Syntax.TextSpan.FromBounds(tokens[med.First].Span.Start, tokens[med.Last].Span.End);
            context.Report(span, Rule.FormatMessage(context.Analysis.GetText(span) + " … " + context.Analysis.GetText(purpose.Span)));
            return;
        }
    }

    // Adjacent or overlapping medication matches name one thing: "PRN medication", "rapid tranquillisation".
    private static List<(int First, int Last)> Merge(List<PhraseMatch> matches)
    {
        var merged = new List<(int First, int Last)>();
        foreach (var m in matches.OrderBy(m => m.FirstToken))
        {
            if (merged.Count > 0 && m.FirstToken <= merged[^1].Last + 1)
            {
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, m.LastToken));
            }
            else
            {
                merged.Add((m.FirstToken, m.LastToken));
            }
        }

        return merged;
    }
}
