using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2003: managing people or their behaviour rather than supporting them.</summary>
public sealed class PL2003ManageThePerson : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2003",
        "ManageThePerson",
        "Support people rather than manage them",
        "'{0}' treats the person or their behaviour as something to be managed: say {1}",
        RuleCategory.Language,
        Severity.Warning,
        "The RRN language table asks for \"support\" where documents say \"manage the person\" or \"manage behaviour\". " +
        "Flags manage / managing / managed / management of a person, of people, or of (challenging, distressed…) " +
        "behaviour, and \"behaviour management\". Not reported for \"manage risk\", \"manage the service\", " +
        "\"line manager\" or \"managers\", which are about the organisation, not the person.",
        [Sources.Rrn("§3 Language")]);

    private const string Manage = "=manage|=manages|=managing|=managed|=management";
    private const string Determiner = "?the|their|his|her|a|any|this|that|such|each|every|individual";

    // Exact: the stem of "person's" is "person", which would make the slot swallow the person themselves.
    private const string Possessive = "?=people's|=person's|=individual's|=individuals'|=resident's|=residents'|=patient's|=patients'|=client's|=clients'|=child's|=children's";
    private const string Adjective = "?challenging|distressed|distressing|difficult|aggressive|violent|problem|problematic|disruptive|unwanted|negative|inappropriate";
    private const string Behaviour = "=behaviour|=behaviours|=behavior|=behaviors";
    private const string Person = "=person|=people|=individual|=individuals|=resident|=residents|=patient|=patients|=client|=clients|=him|=her|=them|=child|=children|=young";

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new($"{Manage} ?of {Determiner} {Possessive} {Adjective} {Behaviour}", ["support"]),
        new($"{Behaviour} =management", ["positive behaviour support", "support"]),
        new($"{Manage} ?of {Determiner} {Adjective} {Person}", ["support"]),
        new($"{Manage} ?of {Determiner} service =user|=users", ["support"]),
    ];

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Sentence.Tokens;
        int next = context.Match.LastToken + 1;

        // "manage people's expectations", "manage the person's money": the object is not the person.
        return !(next < tokens.Count && tokens[next].Lower is "expectations" or "money" or "finances" or "medication" or "medicines" or "affairs" or "care" or "time");
    }
}
