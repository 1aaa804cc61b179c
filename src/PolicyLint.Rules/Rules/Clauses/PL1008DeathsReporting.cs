using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1008: an annual report on deaths reported to the coroner, and deaths referred to LeDeR.</summary>
public sealed class PL1008DeathsReporting : ElementsClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1008",
        "DeathsReporting",
        "Report deaths annually and refer them to LeDeR",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must provide for an annual report on deaths reported to the coroner, and for deaths of people " +
        "with a learning disability and autistic people to be referred to LeDeR (Learning from Lives and Deaths). " +
        "Present: a sentence (or two consecutive ones of one block) with deaths, the coroner and an annual report, and " +
        "one with LeDeR and a referral, notification or death. Partial: only one of the two (the message says which is " +
        "missing). Missing: pointed at the paragraph that discusses deaths, if any.",
        [Sources.Lga("Good practice")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("death", "=death|=deaths|=died|=dies|=dying", "=mortality"),
        .. Concept("coroner", "=coroner|=coroners|=coroner's|=coronial", "=inquest|=inquests"),
        .. Concept("annual", "annual*", "=yearly", "=every|=each|=once =year", "=once a =year"),
        .. Concept("leder", "=leder", "learning from =lives and =deaths", "learning =disabilities|=disability =mortality =review"),
        .. Concept("refer", "refer*", "notif*", "report", "=submit|=submitted|=submits"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        new("annual report on deaths reported to the coroner", "Deaths are referred to LeDeR but there is no annual report on deaths reported to the coroner", ["death", "coroner", "annual"]),
        new("referral to LeDeR", "There is an annual report on deaths reported to the coroner but deaths of people with a learning disability and autistic people are not referred to LeDeR", ["leder", "refer"], ["leder", "death"]),
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "Deaths reported to the coroner are reported on annually and deaths are referred to LeDeR.";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not provide for an annual report on deaths reported to the coroner or for referring deaths to LeDeR";

    /// <inheritdoc/>
    protected override string Topic => "deaths";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["death"];
}
