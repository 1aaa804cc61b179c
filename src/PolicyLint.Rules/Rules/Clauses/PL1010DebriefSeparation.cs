using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1010: post-incident support kept separate from the post-incident learning review.</summary>
public sealed class PL1010DebriefSeparation : ClauseRule
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
        "post-incident review or learning review. Reported on the paragraph when \"debrief\" is one undivided step, " +
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
        .. Concept("~separate", "separat*", "=distinct", "=first", "=later", "=afterwards", "=different =from", "=two =stages|=steps|=parts"),
    ];

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var pair = ClauseEvidence.Nearest(evidence.AllWith("support"), evidence.AllWith("review"));
        var support = pair?.First ?? evidence.AllWith("support").FirstOrDefault();
        var review = pair?.Second ?? evidence.AllWith("review").FirstOrDefault();
        if (pair is { } p)
        {
            // The sentence that states the separation ("a separate, later step", "support comes first") is the one to read.
            var principal = evidence.ConceptsOf(p.Second).Contains("~separate") || !evidence.ConceptsOf(p.First).Contains("~separate") ? p.Second : p.First;
            Present(context, principal.Span, "Post-incident support and the post-incident learning review are described as separate steps.",
                ClauseElement.At("post-incident support", p.First.Span), ClauseElement.At("post-incident learning review", p.Second.Span));
            return;
        }

        var debrief = evidence.AllWith("debrief").FirstOrDefault();
        if (debrief is not null)
        {
            Partial(context, debrief.Span, "'Debrief' is described as one step: separate post-incident support (immediate physical and emotional wellbeing of the person, staff and witnesses) from the later, blame-free post-incident learning review");
            return;
        }

        if (support is not null || review is not null)
        {
            var only = (support ?? review)!;
            var missing = support is null ? "post-incident support for immediate wellbeing" : "a later, blame-free post-incident learning review";
            Partial(context, only.Span, $"Post-incident arrangements are only partly described: {missing} is missing",
                support is null ? ClauseElement.Absent("post-incident support") : ClauseElement.At("post-incident support", support.Span),
                review is null ? ClauseElement.Absent("post-incident learning review") : ClauseElement.At("post-incident learning review", review.Span));
            return;
        }

        Missing(context, null, "does not describe post-incident support and a separate post-incident learning review", "incidents");
    }
}
