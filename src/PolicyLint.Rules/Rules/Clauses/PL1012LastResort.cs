using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1012: restrictive practice limited to a last resort, least restrictive, proportionate, shortest time, authorised.</summary>
public sealed class PL1012LastResort : ClauseRule
{
    private static readonly (string Concept, string Name)[] Elements =
    [
        ("harm", "only as a last resort to prevent serious harm"),
        ("least", "as the least restrictive option"),
        ("proportionate", "in proportion to the risk"),
        ("shortest", "for the shortest possible time"),
        ("authorised", "with the correct authorisation"),
    ];

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1012",
        "LastResort",
        "Limit restrictive practice to a last resort",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Error,
        "The document must limit restrictive practice as the CQC 2023 position statement and Positive and Proactive Care " +
        "do: used only as a last resort to prevent serious harm, as the least restrictive option, proportionate to the " +
        "risk, for the shortest possible time, and with the correct authorisation. Present: at least four of these five " +
        "elements stated within one section (or the whole document when it has no headings), at least one of them as a " +
        "requirement or limit (shall, must, will, only…, or a list item). Partial: one to three elements, or four without " +
        "a requirement; the finding lists the missing elements. Missing: pointed at the paragraph that discusses using " +
        "restrictive practice, if any. Negated mentions do not count (\"no longer than necessary\" does).",
        [Sources.Lga("CQC policy position statement on restrictive practice (2023)"), Sources.Rrn("§7 Positive and Proactive Care")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("harm", "last resort", "prevent ~3 =harm|=injury", "=serious|=significant ~1 =harm|=injury", "=imminent|=immediate ~2 =harm|=danger|=risk",
            // "to prevent a pupil from injuring themselves or others", "to stop someone hurting another person".
            "=prevent|=stop ~4 =injuring|=hurting|=harming"),
        .. Concept("least", "least|less restrictive", "least coercive", "least intrusive", "=minimum =force|=restriction|=restrictions"),
        .. Concept("proportionate", "proportion*", "=reasonable and =necessary", "=reasonable =force"),
        // "No more force than is needed" states the limit through a negation cue: a label concept, never negated.
        .. Concept("~proportionate", "=no =more =force =than", "=no =more ~2 =than ~2 =necessary|=needed"),
        .. Concept("shortest", "shortest ~2 =time|=period|=duration", "as =short|=briefly as possible", "=minimum =time|=period|=duration",
            "=ended|=end|=ends|=stopped|=stop|=stops|=released|=release|=lifted ~3 as soon as", "=let =go ~3 as soon as"),
        // "No longer than necessary" states the limit through a negation cue: a label concept, never negated.
        .. Concept("~shortest", "=no longer than ~2 =necessary|=needed|=required"),
        .. Concept("authorised", "authoris*|authoriz*", "=dols", "deprivation of liberty safeguards", "=legal|=lawful =authority|=basis",
            "=signed =off|=agreed|=approved =by =the|=a ?registered|senior|clinical =manager|=lead|=clinician|=director"),
        .. Concept("use", "=use|=using|=apply|=applying ?of ?any ?physical|mechanical|chemical restraint|restrict*|force|seclusion|segregation",
            "restraint|restrict*|force|seclusion ?practice|practices|intervention|interventions =is|=are|=may|=can|=will|=must|=should ?only ?be ?used|applied"),
    ];

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        (List<(string Concept, string Name)> Found, List<Text.Sentence> Sentences, bool Limit)? best = null;
        foreach (var section in ClauseWindows.Sections(evidence))
        {
            var found = new List<(string Concept, string Name)>();
            var sentences = new List<Text.Sentence>();
            bool limit = false;
            foreach (var element in Elements)
            {
                var first = section.FirstOrDefault(s => Holds(s.Concepts, element.Concept));
                if (first.Sentence is null)
                {
                    continue;
                }

                found.Add(element);
                var holding = section.Where(s => Holds(s.Concepts, element.Concept)).Select(s => s.Sentence).ToList();
                sentences.Add(holding[0]);
                limit |= holding.Any(IsLimit);
            }

            if (best is null || found.Count > best.Value.Found.Count)
            {
                best = (found, sentences, limit);
            }
        }

        // "Authorised" alone says nothing about limits on restrictive practice ("signed by an authorised manager").
        if (best is { } b && b.Found.Count > 0 && !(b.Found.Count == 1 && b.Found[0].Concept == "authorised"))
        {
            var elements = Elements.Select(e => b.Found.IndexOf(e) is var i && i >= 0 ? ClauseElement.At(e.Name, b.Sentences[i].Span) : ClauseElement.Absent(e.Name)).ToArray();
            var span = ClauseRegions.Cover(b.Sentences);
            var missing = Elements.Where(e => !b.Found.Contains(e)).Select(e => e.Name).ToList();
            if (b.Found.Count >= 4 && b.Limit)
            {
                Present(context, span, missing.Count == 0
                    ? "Restrictive practice is limited to a last resort, least restrictive, proportionate, for the shortest possible time and authorised."
                    : $"Restrictive practice is limited by {b.Found.Count} of the 5 elements (not stated: {missing[0]}).", elements);
                return;
            }

            Partial(context, span, b.Found.Count >= 4
                ? "The limits on restrictive practice are described but not stated as a requirement (shall, must, will, only)"
                : $"The limits on restrictive practice are incomplete: it does not say that restrictive practice is used {ClauseRegions.JoinList(missing)}", elements);
            return;
        }

        Missing(context, evidence.NearMiss(1, "use"),
            "does not limit restrictive practice to a last resort to prevent serious harm, as the least restrictive option, proportionate, for the shortest possible time and with authorisation",
            "the use of restrictive practice");
    }

    // A label concept ("~shortest", "~proportionate") states the element through a negation cue ("no longer than
    // necessary", "no more force than is needed") and counts for it.
    private static bool Holds(IReadOnlySet<string> concepts, string concept) =>
        concepts.Contains(concept) || concepts.Contains("~" + concept);

    private static bool IsLimit(Text.Sentence sentence) =>
        ClauseEvidence.IsObligation(sentence) || sentence.Tokens.Any(t => t.Lower is "only" or "solely");
}
