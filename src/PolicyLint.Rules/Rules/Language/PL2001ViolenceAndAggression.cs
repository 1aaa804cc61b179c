using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2001: "violence and aggression" and its variants frame distress as violence.</summary>
public sealed class PL2001ViolenceAndAggression : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2001",
        "ViolenceAndAggression",
        "Avoid 'violence and aggression'",
        "'{0}' frames a person's distress as violence: say {1}",
        RuleCategory.Language,
        Severity.Warning,
        "The Restraint Reduction Network asks for plain, neutral, person-centred language. \"Violence and aggression\" " +
        "(and \"PMVA\", prevention and management of violence and aggression) describes people by the harm they may " +
        "cause rather than the distress behind it. Say \"distress that harms\" or \"behaviour of concern\". Not reported " +
        "inside quotation marks, cited titles (e.g. NICE guideline NG10), references or glossary sections, or where the " +
        "document names the term to replace it (\"instead of…\").",
        [Sources.Rrn("§3 Language")]);

    private static readonly string[] Alternatives = ["distress that harms", "behaviour of concern"];

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("violence and|& aggression", Alternatives),
        new("aggression and|& violence", Alternatives),
        new("violent and|or aggressive", Alternatives),
        new("aggressive and|or violent", Alternatives),
        new("=pmva", ["training in supporting people in distress"]),
        new("prevention and management of violence and aggression", ["supporting people in distress"]),
    ];
}
