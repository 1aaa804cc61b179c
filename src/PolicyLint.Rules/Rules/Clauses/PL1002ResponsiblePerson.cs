using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1002: a responsible person oversees the use of restrictions across the organisation.</summary>
public sealed class PL1002ResponsiblePerson : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1002",
        "ResponsiblePerson",
        "Appoint a responsible person for restrictive practice",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must appoint a responsible person: a named senior role that oversees the use of restrictions, " +
        "including use of force, across all of the organisation's services (the Mental Health Units (Use of Force) Act " +
        "2018 makes this statutory in mental health units, where the rule is an error). Present: one sentence naming a " +
        "responsible person or a senior lead role together with restrictions, restraint or use of force.",
        [Sources.Lga("Good practice"), Sources.Rrn("§2, §5 (Use of Force Act)")],
        [DocumentKind.Specification, DocumentKind.Policy],
        new Dictionary<CareSetting, Severity> { [CareSetting.MentalHealthUnit] = Severity.Error });

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("role", "responsible =person|=persons|=officer|=lead|=manager|=director", "=named ?senior =person|=lead|=manager|=director|=officer|=individual",
            "senior =lead|=leader|=manager|=director|=officer|=person|=clinician", "=lead|=director|=manager|=officer|=person responsible for", "accountable =person|=officer|=lead",
            // "The Director of Nursing is responsible for…": a senior role (with its "of Nursing"), a verb, then the duty. Not a bare
            // "manager" ("your line manager is responsible for…" is no organisation-wide appointment).
            "=director|=executive|=lead|=officer ~4 =responsible|=accountable for", "=registered =manager ~3 =responsible|=accountable for",
            // "The Responsible Individual has oversight of…", "The Director of Nursing oversees…".
            "=responsible|=nominated =individual", "=director|=executive|=lead|=head ~4 =oversight|=oversee|=oversees|=overseeing"),
        .. Concept("restrictions", ClauseVocabulary.RestrictivePractice),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("A responsible person is appointed to oversee restrictions.", "role", "restrictions"),
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not appoint a responsible person (a named senior role) to oversee the use of restrictions, including use of force, across all services";

    /// <inheritdoc/>
    protected override string Topic => "oversight";
}
