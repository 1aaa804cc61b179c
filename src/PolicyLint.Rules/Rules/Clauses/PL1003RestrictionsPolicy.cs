using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1003 (specifications only): the provider must have a restraint and restrictions policy developed in consultation with people who draw on the service.</summary>
public sealed class PL1003RestrictionsPolicy : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1003",
        "RestrictionsPolicy",
        "Require a restraint and restrictions policy developed with the people supported",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "A specification must require the provider to have a restraint and restrictions policy, developed in " +
        "consultation with people who draw on the service or support (and other relevant people). Present: a " +
        "requirement sentence (or two consecutive sentences of one block) with a policy, restraint or restrictions, " +
        "consultation or involvement, and the people supported, their families or carers. Partial: a required policy on " +
        "restraint or restrictions without consultation. Missing: pointed at the paragraph that discusses policies, if any. " +
        "Specifications only: a provider's policy is itself the policy.",
        [Sources.Lga("Good practice")],
        [DocumentKind.Specification]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("policy", "=policy|=policies", "=procedure|=procedures"),
        .. Concept("restriction", "restrict*", "restraint", "restrain", "use of force", "seclusion", "segregation", "physical =intervention|=interventions"),
        .. Concept("consult", "consult*", "coproduc*", "=co ?- =produced|=production|=produce|=producing|=design|=designed",
            "involv*", "=developed|=designed|=written|=reviewed|=agreed ~3 =with|=together", "in =partnership with", "participat*"),
        .. Concept("people", "lived =experience", "=experts by experience", "=people|=person|=individuals who ~2 =use|=draw|=receive|=drawing|=using",
            "=people|=persons|=person|=individuals =supported", "=families|=family", ClauseVocabulary.FamilyCarer, "=self ?- =advocates", "=service =users",
            "=relevant =people|=persons"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("The provider is required to have a restraint and restrictions policy developed in consultation with the people supported.", "policy", "restriction", "consult", "people") with { Binding = true },
        PartlyMeets("A restraint and restrictions policy is required but not one developed in consultation with people who draw on the service or support", "policy", "restriction") with { Binding = true },
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require the provider to have a restraint and restrictions policy developed in consultation with people who draw on the service";

    /// <inheritdoc/>
    protected override string Topic => "policies";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["policy"];
}
