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
        "behaviour (\"managing complex behaviours\"), \"behaviour management\", and passives (\"behaviour that cannot be " +
        "managed\", \"residents will be managed in…\", where the fix replaces \"managed\" with \"supported\"). Not reported for \"manage risk\", \"manage the service\", " +
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
        new($"{Manage} ?of {Determiner} {Adjective} {Person}", ["support"]) { Exceptions = [NotThePerson] },
        new($"{Manage} ?of {Determiner} service =user|=users", ["support"]),
        new(ManageAnyBehaviour, ["support"]),
        new(BehaviourIsManaged, ["supported"], ReplacesLastWord: true),
        new(PersonIsManaged, ["supported"], ReplacesLastWord: true),
    ];

    private static readonly NotTheTerm NotThePerson = new("the object managed is the person's money, time or care, not the person", "Staff help manage people's money when they ask.")
    {
        After = ["expectations", "money", "finances", "medication", "medicines", "affairs", "care", "time"],
    };

    // "managing complex behaviours", "the management of these behaviours": any two words between (checked below).
    private const string ManageAnyBehaviour = $"{Manage} ?of ~2 {Behaviour}";

    // Passives: "whose behaviour cannot be managed", "behaviours are managed by…", "residents will be managed in…".
    private const string BehaviourIsManaged = $"{Behaviour} ~3 =managed";
    private const string PersonIsManaged = $"{Person} ~3 =managed";

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "cannot", "could", "should", "must",
        "may", "might", "shall", "not", "never", "safely", "effectively", "then", "usually", "only", "best", "that", "which", "who",
    };

    private static readonly HashSet<string> NotAboutThePerson = new(StringComparer.Ordinal)
    {
        "own", "risk", "risks", "staff", "staff's", "team", "employee", "employees", "colleague", "colleagues", "worker", "workers",
    };

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Sentence.Tokens;
        int next = context.Match.LastToken + 1;

        var first = context.Match.FirstToken;
        var last = context.Match.LastToken;
        switch (row.Pattern)
        {
            case ManageAnyBehaviour:
                // "manage their own behaviour", "managing staff behaviour", "manage the risk of behaviour": not the person.
                for (int i = first + 1; i < last; i++)
                {
                    if (NotAboutThePerson.Contains(tokens[i].Lower) || tokens[i].Kind == Text.TokenKind.Punctuation)
                    {
                        return false;
                    }
                }

                return true;
            case BehaviourIsManaged or PersonIsManaged:
                // Only auxiliaries may stand between ("cannot be", "will be"): "patients whose risk is managed" is not it.
                for (int i = first + 1; i < last; i++)
                {
                    if (!Auxiliaries.Contains(tokens[i].Lower))
                    {
                        return false;
                    }
                }

                // "the risk to patients is managed", "care for residents is managed": the person is not the subject.
                return row.Pattern == BehaviourIsManaged || first == 0 || tokens[first - 1].Lower is not ("to" or "of" or "for" or "with" or "by" or "from");
            default:
                return true;
        }
    }
}
