using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2005: "challenging behaviour" locates the problem in the person.</summary>
public sealed class PL2005ChallengingBehaviour : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2005",
        "ChallengingBehaviour",
        "Avoid 'challenging behaviour'",
        "'{0}' labels the person's distress as a challenge to staff: say {1}",
        RuleCategory.Language,
        Severity.Warning,
        "The Restraint Reduction Network asks for plain, neutral, person-centred language. \"Challenging behaviour(s)\" " +
        "describes how a person's behaviour affects staff rather than what it communicates. Say \"behaviour of concern\" " +
        "or \"distressed behaviour\". Flags \"challenging behaviour\" and \"challenging behaviours\" (British and American " +
        "spelling). Deliberately not reported: \"behaviour that challenges\" (not in the RRN list), the name of the " +
        "Challenging Behaviour Foundation (a charity), and the term inside quotation marks, cited titles (e.g. NICE " +
        "guideline NG11), references or glossary sections, or where the document names the term to replace it " +
        "(\"instead of…\").",
        [Sources.Rrn("§3 Language")]);

    private static readonly string[] Alternatives = ["behaviour of concern", "distressed behaviour"];

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("=challenging =behaviour|=behavior", Alternatives) { Exceptions = [Charity] },
        new("=challenging =behaviours|=behaviors", ["behaviours of concern", "distressed behaviours"]),
    ];

    private static readonly NotTheTerm Charity = new("the name of a charity, not the document's description of a person", "Families can call the Challenging Behaviour Foundation for advice.")
    {
        After = ["foundation"],
    };
}
