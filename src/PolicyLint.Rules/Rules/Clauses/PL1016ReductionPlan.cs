using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1016: a commitment to actively reduce restrictive practice, with a plan.</summary>
public sealed class PL1016ReductionPlan : ElementsClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1016",
        "ReductionPlan",
        "Commit to reducing restrictive practice with a plan",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "CQC expects everyone in health and social care to be actively working to reduce restrictive practice. The " +
        "document must commit to reducing (minimising, eliminating) restrictive practice with a plan or recognised " +
        "approach: a reduction plan or strategy, the Six Core Strategies, the RRN's \"Towards Safer Services\", Positive " +
        "Behaviour Support (PBS), Safewards, REsTRAIN Yourself or No Force First. Present: one sentence (or two " +
        "consecutive ones) with the commitment (shall, must, will, committed, actively, aim…) and the plan. Partial: the " +
        "commitment without a plan, or a plan or approach named without a commitment to reduce. Missing: pointed at " +
        "the paragraph that talks about reduction without committing to it, if any. \"Restraint Reduction Network\" " +
        "alone is a name, not a commitment.",
        [Sources.Lga("CQC policy position statement on restrictive practice (2023)"), Sources.Rrn("§6 Prevention and reduction")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("reduce", "reduc*|minimis*|minimiz*|eliminat* ~4 restrict*|restraint|restrain|force|seclusion|segregation",
            // "keeping the use of restraint to a minimum", "restraint is used as rarely as possible".
            "restrict*|restraint|restrain|force|seclusion|segregation ~6 =to =a|=the =minimum",
            "restrict*|restraint|restrain|force|seclusion|segregation ~6 =as =little|=rarely|=seldom|=infrequently =as =possible"),
        // Reports of reduction ("restraint has reduced"): only a near miss. Not "restraint reduction", a name in "Restraint Reduction Network".
        .. Concept("trend", "restrict*|restraint|force|seclusion|segregation ~3 =reduced|=reduces|=decreased|=decreases|=fell|=fallen"),
        .. Concept("active", "=actively", "=commit|=commits|=committed|=commitment|=commitments|=committing", "=aim|=aims|=strive|=strives", "=work|=works|=working towards"),
        // A reduction plan is both the commitment's object and the plan ("a restrictive practice reduction plan").
        .. Concept("reductionplan", "reduc*|minimis*|minimiz* ~3 =plan|=plans|=strategy|=strategies|=programme|=programmes|=program|=targets",
            "=plan|=plans|=strategy|=programme ~4 reduc*|minimis*|minimiz*|eliminat*"),
        .. Concept("plan", "six|=6 core =strategies|=strategy", "towards safer services",
            "positive =behaviour|=behavior|=behavioural =support", "=pbs", "=safewards", "restrain =yourself", "=no =force =first"),
    ];

    /// <inheritdoc/>
    protected override ClauseScope Scope => ClauseScope.AdjacentSentences;

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        // A commitment: reducing bound by shall/must/will, or "committed to", "we aim to" ("a reduction plan" under an
        // obligation commits too). "The Quality Committee reviews progress in reducing restraint" commits no one.
        new("a commitment to reduce restrictive practice",
            "A plan or approach is named, but the document does not commit to actively reducing restrictive practice",
            ["reduce", Binding], ["reduce", "active"], ["reductionplan", Binding], ["reductionplan", "active"]),
        new("a plan or approach",
            "The document commits to reducing restrictive practice but names no plan or approach (a reduction plan, the Six Core Strategies, RRN Towards Safer Services, Positive Behaviour Support)",
            ["plan"], ["reductionplan"]),
        // Of two statements, the explicit one is the clause: reducing restrictive practice in so many words, then "actively".
        new("reducing restrictive practice in so many words", "The document does not say in so many words that it reduces restrictive practice", ["reduce"]) { Optional = true },
        new("an active commitment", "The document does not commit actively", ["active"]) { Optional = true },
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "The document commits to actively reducing restrictive practice with a plan.";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not commit to actively reducing restrictive practice with a plan";

    /// <inheritdoc/>
    protected override string Topic => "reducing restrictive practice";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["reduce", "trend"];
}
