using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2004: "least restrictive" frames practice around restriction.</summary>
public sealed class PL2004LeastRestrictive : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2004",
        "LeastRestrictive",
        "Consider 'most beneficial' for 'least restrictive'",
        "'{0}' still centres restriction: consider {1}",
        RuleCategory.Language,
        Severity.Info,
        "The RRN guidance suggests \"most beneficial\" in place of \"least restrictive\", so that the person's benefit " +
        "rather than the restriction leads. The law's \"least restrictive option\" principle (Mental Capacity Act 2005, " +
        "Mental Health Act Code of Practice) may properly be quoted: the rule is info only, and is not reported inside " +
        "quotation marks, cited titles, references or glossary sections.",
        [Sources.Rrn("§3 Language")]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("=least =restrictive", ["most beneficial"]),
    ];
}
