using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1009: serious injuries from restrictive practice are investigated (an independent review where injuries occur).</summary>
public sealed class PL1009SeriousInjuryReview : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1009",
        "SeriousInjuryReview",
        "Investigate serious injuries from restrictive practice",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must require serious injuries from restrictive practice to be investigated, with an independent " +
        "review where injuries occur. Present: one sentence with injuries and an " +
        "investigation or review, where the injuries are serious or the review independent (\"all injuries are " +
        "investigated\" also counts). Partial: injuries only recorded or reported, or reviewed (within two consecutive sentences) without saying serious " +
        "or independent. Missing: pointed at the paragraph that discusses injuries, if any.",
        [Sources.Lga("Good practice"), Sources.Rrn("§9 Reporting and recording")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("injury", "injur*"),
        // A review done to the injury, not "the outcome of the review" named as a field of a record.
        .. Concept("investigate", "investigat*", "=reviewed|=reviewing", "=review|=reviews =of|=into|=by|=after|=following|=where|=when|=is|=will|=must|=shall",
            "=independent|=external|=serious|=formal|=full|=incident =review|=reviews", "=inquiry|=enquiry|=inquiries|=enquiries", "=examined|=examine",
            "=review|=reviews =any|=every|=all|=each|=the =injury|=injuries"),
        .. Concept("serious", "=serious|=significant|=major|=severe", "=every|=all|=any|=each"),
        .. Concept("independent", "independen*", "=external|=externally"),
        .. Concept("record", "record", "report", "=log|=logged", "=documented", "notif*", "=inform|=informed|=informs|=tell|=told"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("Serious injuries from restrictive practice are investigated.", "injury", "investigate", "serious") with { OneSentence = true },
        Presents("Serious injuries from restrictive practice are investigated.", "injury", "investigate", "independent") with { OneSentence = true },
        PartlyMeets("Injuries are reviewed but the document does not say that serious injuries are investigated or that an independent review takes place where injuries occur", "injury", "investigate"),
        PartlyMeets("Injuries are recorded or reported but not investigated: require serious injuries to be investigated, with an independent review where injuries occur", "injury", "record"),
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require serious injuries from restrictive practice to be investigated (an independent review where injuries occur)";

    /// <inheritdoc/>
    protected override string Topic => "injuries";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["injury"];
}
