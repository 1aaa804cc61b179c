using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1011: people with lived experience, families and carers help develop the policy, training or reviews.</summary>
public sealed class PL1011Coproduction : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1011",
        "Coproduction",
        "Involve people with lived experience",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "People with lived experience, families and carers should be involved in developing the policy or service, its " +
        "training or its reviews. Present: one sentence (or two consecutive ones) with coproduction or involvement and " +
        "people with lived experience, people who use or draw on the service, families or carers, and what they help to " +
        "shape: the policy, specification or strategy, the service, its training, recruitment, quality checks or reviews. " +
        "\"Coproduced\" counts with what was coproduced. A family's part in one person's best-interests decision or care " +
        "plan is not coproduction of the service.",
        [Sources.Rrn("§2 Coproduction"), Sources.Lga("Good practice"), Sources.Nhse("Coproduced resources")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("coproduction", "coproduc*", "co-produc*", "=co ?- =produced|=production|=produce|=producing|=design|=designed"),
        .. Concept("involve", "involv*", "consult*", "=developed|=designed|=written|=wrote|=reviewed|=agreed|=shaped ~3 =with|=together", "=together =with",
            "=help|=helps|=helped|=helping ~1 =to =design|=deliver|=write|=develop|=shape|=review|=run|=train|=choose", "=co ?- =deliver|=delivers|=delivered|=wrote|=written|=led",
            "=sit|=sits =on", "=have|=has =a =say", "=voice|=voices =of", "in =partnership with", "participat*", "=engage|=engaged|=engagement|=engaging"),
        .. Concept("people", "lived =experience", "=experts by experience", "=people|=person who ~2 =use|=draw|=receive|=drawing|=using",
            "=people|=persons|=person =supported", "=families|=family", ClauseVocabulary.FamilyCarer, "=self ?- =advocates", "=service =users"),
        // What they help to shape: the policy, the service, its training or its reviews — not one person's own
        // best-interests decision or care plan.
        .. Concept("shaped", "=policy|=policies|=procedure|=procedures|=specification|=strategy|=strategies|=document|=training|=course|=courses|=curriculum",
            "=service =design|=development|=delivery|=specification", "=services", "=the|=this|=our|=new =service|=home|=unit =was|=is|=will|=has", "=reduction =plan|=programme", "=governance", "=recruitment|=recruiting|=interviews",
            "=quality =checking|=checks|=assurance", "=review|=reviews|=reviewing =of =the|=this|=our", "=learning =reviews|=review", "=how =the|=our =service|=home|=homes|=ward|=wards ?is ?are =run"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("The document commits to coproduction.", "coproduction", "shaped"),
        Presents("People with lived experience, families or carers are involved.", "involve", "people", "shaped"),
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not involve people with lived experience, families and carers in developing the policy or service, its training or its reviews";

    /// <inheritdoc/>
    protected override string Topic => "involvement";
}
