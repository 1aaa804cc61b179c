using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1013: any restrictive practice is followed by therapeutic support and a review of the person's plan.</summary>
public sealed class PL1013TherapeuticFollowUp : ElementsClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1013",
        "TherapeuticFollowUp",
        "Follow restrictive practice with therapeutic support and a care plan review",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "CQC (2023) expects any incident where restrictive practice is used to be followed by therapeutic support for the " +
        "person (to address any trauma and support their future wellbeing) and a detailed review of their care or " +
        "support plan focused on preventing future incidents. Present: both, each in a sentence (or two consecutive " +
        "ones) that ties it to the aftermath of restrictive practice or an incident (after, following, post-incident, " +
        "whenever…), or in a section whose heading or another sentence does (\"## Post-incident support\"). Partial: only one of them. Missing: pointed at the paragraph that mentions therapeutic support or " +
        "plan reviews without tying them to restrictive practice, if any. Routine care plan reviews do not count.",
        [Sources.Lga("CQC policy position statement on restrictive practice (2023)")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    private const string Support = "therapeutic support for the person";
    private const string PlanReview = "review of the care or support plan";

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("therapeutic", "therapeutic ~2 support|intervention|care|input", "=trauma =informed ~1 support|care", "address ~3 =trauma",
            "=emotional|=psychological|=wellbeing support", "support ~3 =wellbeing|=well-being|=recovery"),
        // The plan may be named at length ("the person's Positive Behaviour Support Plan and risk assessments are
        // reviewed") and changed in other words ("learning is reflected in / fed into the plan").
        .. Concept("planreview", "review|updat*|revis*|amend*|reflect*|incorporat* ~5 =care|=support|=behaviour|=behavior|=pbs|=person's|=individual's ?support ~1 plan|plans",
            "=fed|=feeds|=feed =into|=back ~4 =care|=support|=behaviour|=behavior|=pbs ?support plan|plans",
            "=care|=support|=behaviour|=behavior|=pbs ?support plan|plans ~8 review|updat*|revis*|amend*"),
        .. Concept("after", "=after|=following|=followed|=afterwards|=subsequently", "post =incident", "=whenever", "=each|=every|=any =time",
            "=within ~2 =hours|=days|=hour|=day =of",
            "=learn|=learning|=learned|=learnt =from", "=each|=every|=any =incident|=incidents|=episode|=occasion|=use"),
        .. Concept("restriction", [.. ClauseVocabulary.RestrictivePractice, "=incident|=incidents"]),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        new(Support, "The person's care or support plan is reviewed after restrictive practice, but therapeutic support for the person is missing", ["therapeutic"]) { Context = ["after", "restriction"] },
        new(PlanReview, "Therapeutic support follows restrictive practice, but a review of the person's care or support plan after each incident is missing", ["planreview"]) { Context = ["after", "restriction"] },
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "Restrictive practice is followed by therapeutic support for the person and a review of their care or support plan.";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require any use of restrictive practice to be followed by therapeutic support for the person and a review of their care or support plan";

    /// <inheritdoc/>
    protected override string Topic => "support and care plans";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["therapeutic", "planreview"];
}
