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
        new("service =user", ["person", "person supported"]),
        new("service =users", ["people", "people supported"]),
        new("=service-user", ["person"]),
        new("=patient", ["person"]),
        new("=patients", ["people"]),
        new("=client", ["person"]),
        new("=clients", ["people"]),
    ];

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
        var tokens = context.Sentence.Tokens;
        int next = context.Match.LastToken + 1;
        if (next < tokens.Count && tokens[next].Lower is "safety" or "group" or "groups" or "base" or "record" or "records" or "satisfaction" or "relationship" or
            "organisation" or "organisations" or "organization" or "organizations" or "councils" or "council" or "authority" or "authorities" or
            "commissioners" or "commissioner" or "company" or "companies" or "business" or "businesses" or "agency" or "agencies" or "trusts")
        {
            // "patient safety", "client group": established compound terms, not a label for the person.
            return false;
        }

        // An agency's or trainer's clients that are organisations: "clients such as councils and NHS trusts", "our
        // clients include local authorities".
        if (row.Pattern is "=client" or "=clients" && OrganisationClients().IsMatch(context.Analysis.GetText(context.Sentence.Span)))
        {
            return false;
        }

        // "be patient with", "remain patient": the adjective, not a label for the person.
        int previous = context.Match.FirstToken - 1;
        if (row.Pattern == "=patient" &&
            ((previous >= 0 && tokens[previous].Lower is "be" or "is" or "are" or "being" or "been" or "remain" or "remains" or "stay" or "stays" or "very" or "more" or "so" or "calm" or "kind") ||
             (next < tokens.Count && tokens[next].Lower is "with" or "and")))
        {
            return false;
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bclients?\b[^.;]{0,40}\b(such as|including|include|includes|are|is|like)\b[^.;]{0,30}\b(councils?|local authorit(y|ies)|NHS|trusts?|ICBs?|commissioners?|organisations?|companies|businesses|providers?|schools|academies)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OrganisationClients();
}
