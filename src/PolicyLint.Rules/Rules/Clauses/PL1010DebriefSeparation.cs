using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1010: post-incident support kept separate from the post-incident learning review.</summary>
public sealed class PL1010DebriefSeparation : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1010",
        "DebriefSeparation",
        "Separate post-incident support from the learning review",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "After an incident the person, staff and witnesses first need support for their immediate physical and emotional " +
        "wellbeing; a blame-free learning review by trained senior staff comes later and is a different step. Present: " +
        "the document describes both post-incident support (support with wellbeing, or \"post-incident support\") and a " +
        "post-incident review or learning review, in the pair of sentences that stand closest together; the evidence is where " +
        "the separation is stated (\"a separate step\", then \"support comes first\"). Reported on the paragraph when \"debrief\" is one undivided step, " +
        "and at the start when there is neither.",
        [Sources.Rrn("§8 Post-incident debriefing")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("support", "post ?- =incident support", "=immediate support|=care", "support for ~3 =wellbeing|=well-being|=welfare",
            "=physical and =emotional =wellbeing|=well-being|=needs|=support", "=emotional support", "=wellbeing|=well-being ~3 =after|=following", "=welfare check|=checks",
            // "Straight away, we check everyone is physically and emotionally okay".
            "=physically =and =emotionally", "=straight =away|=immediately ~6 =check|=checks|=comfort|=reassure|=support|=look =after",
            "=check|=checks|=checked|=checking ~6 =okay|=ok|=safe|=hurt|=injured|=well|=injuries|=injury", "=time =to =calm|=recover"),
        .. Concept("review", "post ?- =incident =review|=reviews|=learning", "learning =review|=reviews", "=reflective =review|=practice|=learning",
            "=blame =free ~2 =review|=reviews|=learning", "=review ~4 =learn|=learning|=lessons", "=lessons learned|=learnt"),
        .. Concept("debrief", "=debrief|=debriefs|=debriefing|=debriefed"),
        // Where the separation is stated: in so many words ("a separate step"), or as an order ("support comes first",
        // "the review happens later"); the first marks the principal evidence before the second.
        .. Concept("~separate", "separat*", "=distinct", "=different =from", "=two =stages|=steps|=parts"),
        .. Concept("~order", "=first", "=later", "=afterwards"),
    ];

    private static readonly StepElement[] SupportAndReview =
        [new("post-incident support", "support"), new("post-incident learning review", "review")];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("Post-incident support and the post-incident learning review are described as separate steps.", "support", "review") with
        {
            Scope = ClauseScope.NearestPair, Principal = ["~separate", "~order"], Elements = SupportAndReview,
        },
        PartlyMeets("'Debrief' is described as one step: separate post-incident support (immediate physical and emotional wellbeing of the person, staff and witnesses) from the later, blame-free post-incident learning review", "debrief") with
        {
            Scope = ClauseScope.Sentence,
        },
        PartlyMeets("Post-incident arrangements are only partly described: a later, blame-free post-incident learning review is missing", "support") with
        {
            Scope = ClauseScope.Sentence, Elements = SupportAndReview,
        },
        PartlyMeets("Post-incident arrangements are only partly described: post-incident support for immediate wellbeing is missing", "review") with
        {
            Scope = ClauseScope.Sentence, Elements = SupportAndReview,
        },
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not describe post-incident support and a separate post-incident learning review";

    /// <inheritdoc/>
    protected override string Topic => "incidents";
}
