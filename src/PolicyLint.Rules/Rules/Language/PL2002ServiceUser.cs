using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2002: "service user", "patient", "client" for the person supported.</summary>
public sealed partial class PL2002ServiceUser : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2002",
        "ServiceUser",
        "Say 'person' rather than 'service user'",
        "'{0}' labels people by the service they receive: say {1}",
        RuleCategory.Language,
        Severity.Warning,
        "The RRN language table asks documents to speak of the person, not the service user, patient or client. " +
        "Flags \"service user(s)\", \"patient(s)\" and \"client(s)\". In a mental-health-unit setting \"patient\" is the " +
        "ordinary legal term and is reported as info. Not reported in \"patient safety\", \"inpatient\"/\"outpatient\" " +
        "(different words), \"client\" meaning a customer organisation (\"client councils\", \"our clients include local " +
        "authorities\"), quotations, cited titles, references or glossary sections, or where the document names the " +
        "term to replace it.",
        [Sources.Rrn("§3 Language")]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("service =user", ["person", "person supported"]) { Exceptions = [Compound] },
        new("service =users", ["people", "people supported"]) { Exceptions = [Compound] },
        new("=service-user", ["person"]),
        new("=patient", ["person"]) { Exceptions = [Compound, Adjective, AdjectiveAfter] },
        new("=patients", ["people"]) { Exceptions = [Compound] },
        new("=client", ["person"]) { Exceptions = [Compound, Organisation] },
        new("=clients", ["people"]) { Exceptions = [Compound] },
    ];

    private static readonly NotTheTerm Compound = new("an established compound about the service, not a label for the person",
        "Patient safety incidents are reviewed monthly.", "Service user satisfaction is surveyed every year.", "The service users group meets every month.",
        "The patients group meets on Tuesdays.", "Our client base is mostly councils.", "We keep a clients record for every contract.")
    {
        After = ["safety", "group", "groups", "base", "record", "records", "satisfaction", "relationship"],
    };

    private static readonly NotTheTerm Organisation = new("a customer organisation, not a person", "Our trainers work with client organisations across the region.")
    {
        After = ["organisation", "organisations", "organization", "organizations", "councils", "council", "authority", "authorities", "commissioners", "commissioner", "company", "companies", "business", "businesses", "agency", "agencies", "trusts"],
    };

    private static readonly NotTheTerm Adjective = new("the adjective 'patient' (calm, willing to wait)", "Staff should be patient when someone is anxious.")
    {
        Before = ["be", "is", "are", "being", "been", "remain", "remains", "stay", "stays", "very", "more", "so", "calm", "kind"],
    };

    private static readonly NotTheTerm AdjectiveAfter = new("the adjective 'patient' before 'with'", "Staff are kind and patient with people who are anxious.")
    {
        After = ["with"],
    };

    /// <inheritdoc/>
    protected override Severity SeverityFor(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        bool patient = row.Pattern.StartsWith("=patient", StringComparison.Ordinal);
        return patient && context.Analysis.Setting == CareSetting.MentalHealthUnit ? Severity.Info : base.SeverityFor(context, row);
    }

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);

        // An agency's or trainer's clients that are organisations: "clients such as councils and NHS trusts", "our
        // clients include local authorities".
        if (row.Pattern is "=client" or "=clients" && OrganisationClients().IsMatch(context.Analysis.GetText(context.Sentence.Span)))
        {
            return false;
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bclients?\b[^.;]{0,40}\b(such as|including|include|includes|are|is|like)\b[^.;]{0,30}\b(councils?|local authorit(y|ies)|NHS|trusts?|ICBs?|commissioners?|organisations?|companies|businesses|providers?|schools|academies)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OrganisationClients();
}
