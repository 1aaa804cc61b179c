using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1015: the Board or senior leaders are accountable and regularly review restrictive-practice data and the reduction plan.</summary>
public sealed class PL1015LeadershipOversight : ElementsClauseRule
{
    private const string Lacks = "The Board or senior leaders are given oversight of restrictive practice, but the clause lacks ";

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1015",
        "LeadershipOversight",
        "Make the Board or senior leaders accountable for restrictive practice",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "Leadership has overall responsibility for the use of restrictive practice: the Board or senior leaders must be " +
        "accountable, reviewing restrictive-practice data and the reduction plan regularly. Present: one sentence (or " +
        "two consecutive ones) naming the Board or senior leaders, a review (review, monitor, scrutinise, report to), " +
        "data (data, figures, trends, incidents), the reduction or action plan, and a frequency (regularly, quarterly, " +
        "annually…). Partial: the Board or senior leaders reviewing or accountable, with data, plan or frequency missing " +
        "(the finding lists them), in a sentence about restrictive practice, its data or its reduction. Missing: pointed at the paragraph about governance or oversight (leaders, accountability, governance mentioned at least twice), if any.",
        [Sources.Rrn("§5 Leadership"), Sources.Rrn("§6 Prevention and reduction")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("leaders", [.. ClauseVocabulary.SeniorLeaders, "=registered =manager|=managers"]),
        .. Concept("review", [.. ClauseVocabulary.Scrutiny, "=report|=reported|=reports to"]),
        .. Concept("accountable", "accountab*", "=responsibility|=responsible for"),
        .. Concept("data", "data", "=figures|=statistics|=trends|=patterns|=performance|=metrics", "=incident|=incidents", "=records|=reports of", "=log|=logs|=register|=summary|=summaries|=dashboard", "=report|=reports|=update|=updates =on|=about"),
        .. Concept("plan", "reduc*|minimis*|minimiz* ~3 =plan|=plans|=strategy|=strategies|=programme|=program|=targets|=goals",
            "=plan|=plans|=strategy|=programme ~4 reduc*|minimis*|minimiz*|eliminat*", "=action =plan|=plans", "towards safer services"),
        .. Concept("regular", "=regularly|=regular", "=annually|=annual|=quarterly|=monthly|=yearly|=biannually", "=every|=each =year|=quarter|=month|=meeting",
            "=every ~2 =months|=weeks", "=at =least =once|=twice"),
        .. Concept("restriction", ClauseVocabulary.RestrictivePractice),
        .. Concept("~governance", "=governance", "=oversight"),
    ];

    /// <inheritdoc/>
    protected override ClauseScope Scope => ClauseScope.AdjacentSentences;

    /// <inheritdoc/>
    // A leader reviewing or accountable for something, as long as the something is restrictive practice, its data or
    // its reduction ("the Registered Manager is responsible for making sure this policy is followed" is not oversight).
    protected override IReadOnlyList<IReadOnlyList<string>> PlaceRequires { get; } =
        [["leaders"], ["review", "accountable"], ["data", "plan", "restriction"]];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        new("a review by them", Lacks + "a review by them", ["review"]),
        new("restrictive-practice data", Lacks + "restrictive-practice data", ["data"]),
        new("the reduction plan", Lacks + "the reduction plan", ["plan"]),
        new("a frequency (regularly, quarterly, annually…)", Lacks + "a frequency (regularly, quarterly, annually…)", ["regular"]),
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "The Board or senior leaders are accountable: they review restrictive-practice data and the reduction plan regularly.";

    /// <inheritdoc/>
    protected override string PartialFormat => Lacks + "{missing}";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not make the Board or senior leaders accountable for reviewing restrictive-practice data and a reduction plan regularly";

    /// <inheritdoc/>
    protected override string Topic => "governance";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["leaders", "accountable", "~governance"];

    /// <inheritdoc/>
    protected override int NearMissMinimum => 2;
}
