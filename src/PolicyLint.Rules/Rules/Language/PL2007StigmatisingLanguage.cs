using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2007: labels that blame, pathologise or define people by a condition.</summary>
public sealed class PL2007StigmatisingLanguage : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2007",
        "StigmatisingLanguage",
        "Avoid stigmatising labels",
        "'{0}' is a stigmatising label: say {1}",
        RuleCategory.Language,
        Severity.Warning,
        "The RRN asks for plain, neutral, person-centred language. Flags, each with its own suggestion: " +
        "\"attention-seeking\" / \"attention seeker\" (connection-seeking), \"manipulative\" (trying to get their needs " +
        "met), \"non-compliant\" / \"noncompliant\" (declined), \"kicking off\" (becoming distressed), \"abscond\", " +
        "\"absconding\", \"absconded\", \"absconder(s)\" (left / leaving without agreement), \"suffers from\" and its forms " +
        "(has / living with), \"wheelchair-bound\" and \"confined to a wheelchair\" (wheelchair user / uses a wheelchair), " +
        "\"the autistic\" used as a noun and \"autistics\" (autistic people), \"the learning disabled\" (people with a " +
        "learning disability) and \"difficult patient/client/resident\" (person in distress). Deliberately not reported: " +
        "\"the autistic person\" and other uses of \"autistic\" as an adjective; \"non-compliant\" about a provider, " +
        "service or organisation or with regulations, standards, contracts or law (organisational compliance); " +
        "\"kicking off\" a meeting or session (\"kicking off the meeting\", \"kicking off with\"); and any of the terms " +
        "inside quotation marks, cited titles, references or glossary sections, or where the document names the term " +
        "to replace it (\"instead of…\").",
        [Sources.Rrn("§3 Language")]);

    private const string NonCompliant = "=non =compliant|=compliance";
    private const string NonCompliantOneWord = "=noncompliant|=noncompliance";
    private const string KickingOff = "=kicking|=kicks|=kicked|=kick =off";

    private static readonly NotTheTerm StartingSomething = new("starting something ('kicked off the meeting')", "The manager kicked off the meeting with a welcome.")
    {
        After = ["the", "a", "an", "with", "our", "this", "each", "proceedings"],
    };
    private const string TheAutistic = "=the =autistic";

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "provider", "providers", "service", "services", "organisation", "organisations", "organization", "home", "homes",
        "trust", "company", "we", "contractor", "commissioner", "policy", "ward", "unit",
    };

    private static readonly HashSet<string> RuleWords = new(StringComparer.Ordinal)
    {
        "regulation", "regulations", "regulatory", "standard", "standards", "contract", "contracts", "law", "legislation",
        "act", "requirement", "requirements", "specification", "framework", "cqc", "gdpr",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("=attention =seeking", ["connection-seeking"]),
        new("=attention =seeker", ["person seeking connection"]),
        new("=attention =seekers", ["people seeking connection"]),
        new("=manipulative", ["trying to get their needs met"]),
        new(NonCompliant, ["declined"]),
        new(NonCompliantOneWord, ["declined"]),
        new(KickingOff, ["becoming distressed"]) { Exceptions = [StartingSomething] },
        new("=abscond", ["leave without agreement"]),
        new("=absconds", ["leaves without agreement"]),
        new("=absconded", ["left without agreement"]),
        new("=absconding", ["leaving without agreement", "left without agreement"]),
        new("=absconder", ["person who left without agreement"]),
        new("=absconders", ["people who left without agreement"]),
        new("=suffers from", ["has"]),
        new("=suffer from", ["have"]),
        new("=suffered from", ["had"]),
        new("=suffering from", ["living with"]),
        new("=wheelchair =bound", ["wheelchair user"]),
        new("=confined to a|=the =wheelchair", ["uses a wheelchair"]),
        new(TheAutistic, ["autistic people"]),
        new("=autistics", ["autistic people"]),
        new("=the =learning =disabled", ["people with a learning disability"]),
        new("=difficult =patient|=client|=resident", ["person in distress"]),
        new("=difficult =patients|=clients|=residents", ["people in distress"]),
    ];

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        var tokens = context.Sentence.Tokens;
        int first = context.Match.FirstToken;
        int next = context.Match.LastToken + 1;
        string? after = next < tokens.Count ? tokens[next].Lower : null;

        switch (row.Pattern)
        {
            case TheAutistic:
                // "the autistic person", "the autistic community": an adjective, which is fine. Only the noun is a
                // label: "the autistic." / "the autistic and their families" / "the autistic who…".
                return after is null || !tokens[next].IsWordLike ||
                       after is "and" or "or" or "who" or "are" or "is" or "have" or "has" or "in" or "with" or "of" or "can" or "may" or "will" or "should" or "must" or "need" or "were" or "was" or "do" or "often";

            case NonCompliant or NonCompliantOneWord:
                return !AboutOrganisation(tokens, first, next);

            default:
                return true;
        }
    }

    /// <summary>
    /// "The provider is non-compliant with Regulation 13": compliance of an organisation with rules, not a person
    /// declining care. Looks up to four words back for the subject and up to four words on for the rule.
    /// </summary>
    private static bool AboutOrganisation(IReadOnlyList<Text.Token> tokens, int first, int next)
    {
        for (int i = first - 1, seen = 0; i >= 0 && seen < 4; i--)
        {
            if (!tokens[i].IsWordLike)
            {
                if (tokens[i].Lower is "." or ";" or ":" or ",")
                {
                    break;
                }

                continue;
            }

            if (OrganisationWords.Contains(tokens[i].Lower))
            {
                return true;
            }

            seen++;
        }

        for (int i = next, seen = 0; i < tokens.Count && seen < 4; i++)
        {
            if (!tokens[i].IsWordLike)
            {
                if (tokens[i].Lower is "." or ";" or ":" or ",")
                {
                    break;
                }

                continue;
            }

            if (RuleWords.Contains(tokens[i].Lower))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
