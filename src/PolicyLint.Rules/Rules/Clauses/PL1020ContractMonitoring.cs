using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1020: a specification says how the commissioner will monitor restrictive practice in the contract.</summary>
public sealed class PL1020ContractMonitoring : RegionClauseRule
{
    private static readonly ClauseRegionElement[] Required =
    [
        new("incidents", "the number of incidents of restraint"),
        new("debrief", "learning from debriefs"),
        new("training", "the level and quality (certification) of staff training"),
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
        "The evidence shown is where the measures are introduced, in a place that states the monitoring itself (the " +
        "commissioner monitors, the provider reports to the commissioner, a monitoring heading) before one that " +
        "mentions it in passing (\"records available at contract monitoring visits\"): the sentence ending in a colon " +
        "that introduces listed measures, or else the commissioner's own monitoring statement. Specifications only.",
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

        // The monitoring stated as such: the commissioner as the one who monitors, the provider reporting to the
        // commissioner, or indicators of performance — not "the matrix is available at contract monitoring visits".
        .. Concept("statement",
            "=commissioner|=commissioners|=council|=authority|=icb|=purchaser ~3 =monitor|=monitors|=review|=reviews|=check|=checks|=inspect|=inspects|=audit|=audits|=oversee|=oversees|=scrutinise|=scrutinises|=measure|=measures",
            "=report|=reports|=reporting|=submit|=submits|=submitted|=provide|=provides|=supply|=supplies|=return|=returns ~4 =commissioner|=commissioners|=council|=authority|=icb",
            "=kpi|=kpis", "key performance =indicator|=indicators", "performance =indicator|=indicators"),
        .. Concept("incidents", "=number|=numbers|=frequency|=rate|=rates|=data|=figures|=count ~3 =incident|=incidents|=incidences|=restraint|=restraints|=restrictive|=restriction|=restrictions|=intervention|=interventions|=force",
            "=incident|=incidents|=incidences ~3 =restraint|=restrictive|=restriction|=restrictions|=force|=seclusion",
            "=restraint =incident|=incidents|=data|=returns"),
        .. Concept("debrief", "=debrief|=debriefs|=debriefing|=debriefed", "=learning =from", "=lessons ?=learned|=learnt",
            "post ?- =incident =review|=reviews|=learning"),
        .. Concept("training", "=training ~4 certif*|accredit*|=quality|=level|=levels|=compliance|=completion|=records|=matrix|=rates",
            "certif*|accredit*|=quality|=level|=levels|=completion ~4 =training", "=trained|=certified =staff"),
    ];

    /// <summary>
    /// The measures count where the commissioner's monitoring is described: a sentence with monitoring and the
    /// commissioner or contract, with the list items or table cells after it, or the section under a monitoring
    /// heading. Every such region counts; the evidence is where the measures are introduced in the region that states
    /// the monitoring itself (the commissioner monitors, the provider reports to the commissioner, a heading) rather
    /// than one that mentions it in passing.
    /// </summary>
    protected override ClauseRegionScope Scope { get; } = new()
    {
        LeadIn = [["monitor", "commissioner"]],
        HeadingLeadIn = [["monitor"]],
        Statement = [["statement"]],
        Combination = RegionCombination.AllRegions,
        Evidence = RegionEvidenceShown.ElementsIntroduced,
        WithoutElements = RegionWithoutElements.MissingNearMiss,
    };

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseRegionElement> Elements => Required;

    /// <inheritdoc/>
    protected override string PresentMessage =>
        "The commissioner's monitoring covers incidents of restraint, learning from debriefs and the level and quality of staff training.";

    /// <inheritdoc/>
    protected override string PartialMessage => "The commissioner's monitoring does not cover {missing}";

    /// <inheritdoc/>
    protected override string MissingMessage =>
        "does not say how the commissioner will monitor compliance on restrictive practice: the number of incidents of restraint, learning from debriefs, and the level and quality (certification) of staff training";

    /// <inheritdoc/>
    protected override string Topic => "monitoring";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["monitor"];
}
