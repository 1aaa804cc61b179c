using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1020: a specification says how the commissioner will monitor restrictive practice in the contract.</summary>
public sealed class PL1020ContractMonitoring : ClauseRule
{
    private const string Measures = "the number of incidents of restraint, learning from debriefs, and the level and quality (certification) of staff training";

    private static readonly (string Concept, string Name)[] Required =
    [
        ("incidents", "the number of incidents of restraint"),
        ("debrief", "learning from debriefs"),
        ("training", "the level and quality (certification) of staff training"),
    ];

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1020",
        "ContractMonitoring",
        "Say how the commissioner will monitor restrictive practice",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "A service specification should say how the commissioner will monitor the provider's compliance on " +
        "restrictive practice, with at least: the number of incidents of restraint, the learning from debriefs, and " +
        "the level and quality (certification) of staff training. The measures are looked for where the commissioner's " +
        "monitoring is described: a sentence with monitoring or reporting (contract monitoring, quality assurance, " +
        "KPIs, compliance visits, reports to the commissioner) and the commissioner, council or contract, with the " +
        "list items or table cells after it; or a section headed as monitoring (\"Contract monitoring\", \"Quality " +
        "assurance\", \"Key performance indicators\"). Present: all three measures there. Partial: some, with the " +
        "missing ones named in one finding. Missing: pointed at the monitoring paragraph that names none of them, or " +
        "at a paragraph about monitoring by the provider, if any. The same measures elsewhere in the document (for " +
        "example a training requirement) do not count: they are requirements, not how compliance is monitored. " +
        "Specifications only.",
        [Sources.Coventry("Q9, Q15"), Sources.Lga("The role of social care commissioners and contract compliance staff")],
        [DocumentKind.Specification]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("monitor", "monitor*", "quality =assurance", "=kpi|=kpis", "key performance =indicator|=indicators",
            "performance =indicator|=indicators|=measure|=measures|=report|=reports|=reporting|=management",
            "contract =management|=compliance|=monitoring|=review|=reviews|=meeting|=meetings", "compliance =visit|=visits", "=audit|=audits|=audited",
            "=report|=reports|=reporting|=submit|=submitted|=provide|=supply|=return|=returns ~4 =commissioner|=commissioners|=council|=authority|=icb",
            "=commissioner|=commissioners|=council|=authority|=icb ~4 =review|=reviews|=check|=checks|=inspect|=inspects|=request|=requests"),
        .. Concept("commissioner", "=commissioner|=commissioners|=council|=councils|=authority|=icb|=purchaser", "=contract|=contracts|=contractual"),
        .. Concept("incidents", "=number|=numbers|=frequency|=rate|=rates|=data|=figures|=count ~3 =incident|=incidents|=incidences|=restraint|=restraints|=restrictive|=restriction|=restrictions|=intervention|=interventions|=force",
            "=incident|=incidents|=incidences ~3 =restraint|=restrictive|=restriction|=restrictions|=force|=seclusion",
            "=restraint =incident|=incidents|=data|=returns"),
        .. Concept("debrief", "=debrief|=debriefs|=debriefing|=debriefed", "=learning =from", "=lessons ?=learned|=learnt",
            "post ?- =incident =review|=reviews|=learning"),
        .. Concept("training", "=training ~4 certif*|accredit*|=quality|=level|=levels|=compliance|=completion|=records|=matrix|=rates",
            "certif*|accredit*|=quality|=level|=levels|=completion ~4 =training", "=trained|=certified =staff"),
    ];

    /// <summary>
    /// The sentence a reviewer reads first: where the measures are named. For measures listed as items or in a table,
    /// the lead-in that introduces them ("The Provider shall submit a quarterly return, which shall include:", "… and
    /// the key performance indicators below"); otherwise the first sentence naming a measure.
    /// </summary>
    private static TextSpan Principal(AnalysisDocument analysis, ClauseEvidence evidence, List<Sentence> shown)
    {
        var first = shown.Where(s => Required.Any(r => evidence.ConceptsOf(s).Contains(r.Concept))).OrderBy(s => s.Index).FirstOrDefault();
        if (first is null)
        {
            return ClauseRegions.Cover(shown);
        }

        if (first.Block.Kind is BlockKind.ListItem or BlockKind.TableCell)
        {
            for (int i = first.Index - 1; i >= 0 && i >= first.Index - 60; i--)
            {
                var s = analysis.Sentences[i];
                if (s.Block.Kind is not (BlockKind.ListItem or BlockKind.TableCell))
                {
                    return s.Block.Kind == BlockKind.Heading ? first.Span : s.Span;
                }
            }
        }

        return first.Span;
    }

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var analysis = context.Analysis;
        var regions = new List<(Sentence Lead, IReadOnlyList<Sentence> Sentences)>();
        var covered = new HashSet<Sentence>();
        foreach (var (sentence, concepts) in evidence.Sentences)
        {
            if (covered.Contains(sentence) || !concepts.Contains("monitor"))
            {
                continue;
            }

            var heading = sentence.Block.Kind == BlockKind.Heading && sentence.Block.Section?.Heading == sentence.Block;
            if (!heading && !concepts.Contains("commissioner"))
            {
                continue;
            }

            var region = ClauseRegions.From(analysis, sentence);
            regions.Add((sentence, region));
            covered.UnionWith(region);
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<Sentence>();
        foreach (var (lead, sentences) in regions)
        {
            var measured = sentences.Where(s => Required.Any(r => evidence.ConceptsOf(s).Contains(r.Concept))).ToList();
            if (measured.Count > 0)
            {
                // Under a monitoring heading, show from the first monitoring sentence of the section, not the heading.
                var first = lead.Block.Kind == BlockKind.Heading
                    ? sentences.FirstOrDefault(s => s.Block.Kind != BlockKind.Heading && evidence.ConceptsOf(s).Contains("monitor"))
                    : lead;
                if (first is not null)
                {
                    shown.Add(first);
                }

                shown.AddRange(measured);
                found.UnionWith(measured.SelectMany(s => evidence.ConceptsOf(s)));
            }
        }

        if (shown.Count > 0)
        {
            var span = Principal(analysis, evidence, shown);
            var missing = Required.Where(r => !found.Contains(r.Concept)).Select(r => r.Name).ToList();
            var elements = Required.Select(r => shown.FirstOrDefault(s => evidence.ConceptsOf(s).Contains(r.Concept)) is { } at
                ? ClauseElement.At(r.Name, at.Span)
                : ClauseElement.Absent(r.Name)).ToArray();
            if (missing.Count == 0)
            {
                Present(context, span, "The commissioner's monitoring covers incidents of restraint, learning from debriefs and the level and quality of staff training.", elements);
                return;
            }

            Partial(context, span, $"The commissioner's monitoring does not cover {ClauseRegions.JoinList(missing)}", elements);
            return;
        }

        var nearMiss = regions.Count > 0 ? regions[0].Lead.Block : evidence.NearMiss(1, "monitor");
        Missing(context, ClauseRegions.BodyOf(analysis, nearMiss), $"does not say how the commissioner will monitor compliance on restrictive practice: {Measures}", "monitoring");
    }
}
