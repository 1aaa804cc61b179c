using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// PL1006: where every restriction must be recorded (PL1005 met), the recording clause names the minimum fields of the
/// Welsh Reducing Restrictive Practices Framework (a–i).
/// </summary>
public sealed class PL1006RecordingFields : RegionClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1006",
        "RecordingFields",
        "Name the minimum fields of a restriction record",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "Where the document requires every restriction to be recorded (PL1005 met), the recording clause must name the " +
        "minimum fields: the type of restriction; the reason; where and when; the duration; the impact, including " +
        "injuries; protected characteristics; the outcome of the review; the person's involvement in the review; and " +
        "that family or carers were informed. The rule looks in the recording sentence, the rest of its paragraph or " +
        "list item, and the list items and table cells that follow it in the same section. Present: all nine named. " +
        "Partial: one finding on the recording clause listing the fields missing; missing (still reported on the " +
        "recording clause) when it names none of them. When PL1005 is not met the rule " +
        "reports no finding (PL1005 already reports the gap) and records the clause as missing.",
        [Sources.Rrn("§9 Reporting and recording (Welsh Government Reducing Restrictive Practices Framework a–i)")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <summary>The nine fields in the framework's order.</summary>
    private static readonly ClauseRegionElement[] Fields =
    [
        new("f-type", "type of restriction"),
        new("f-reason", "reason"),
        new("f-where-when", "where and when"),
        new("f-duration", "duration"),
        new("f-impact", "impact including injuries"),
        new("f-protected", "protected characteristics"),
        new("f-outcome", "outcome of the review"),
        new("f-involvement", "the person's involvement in the review"),
        new("f-family", "family or carers informed"),
    ];

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        // The recording clause, as PL1005 finds it.
        .. PL1005DataRecording.RecordingClauseConcepts,

        // The fields.
        .. Concept("f-type", "=type|=types|=kind|=kinds", "=technique|=techniques|=holds", "=method|=methods used"),
        .. Concept("f-reason", "=reason|=reasons", "=rationale", "justif*", "=why"),
        .. Concept("f-where-when", "=where ~2 =when", "=when ~2 =where", "=location|=place|=setting ~4 =date|=time|=when",
            "=date|=time|=when ~4 =location|=place|=where"),
        .. Concept("f-duration", "=duration|=durations", "=length|=lengths", "how =long", "=start ~3 =end|=finish", "=started ~3 =ended|=finished"),
        .. Concept("f-impact", "injur*", "=impact|=impacts", "=effect|=effects on"),
        .. Concept("f-protected", "=protected characteristic*", "=equality =data|=information|=monitoring"),
        .. Concept("f-outcome", "=outcome|=outcomes|=result|=results|=findings|=learning ~4 =review|=reviews|=debrief|=debriefs|=debriefing",
            "=what|=anything =the =review|=debrief =found|=showed|=decided|=learned|=learnt",
            "=review|=reviews|=debrief =outcome|=outcomes|=findings"),
        .. Concept("f-involvement", "=involvement|=involved|=participation|=participated|=views|=view ~5 =review|=reviews|=debrief|=debriefing",
            "=took|=take|=takes|=taking =part in ~2 =review|=reviews|=debrief|=debriefing"),
        .. Concept("f-family", "=family|=families|=carers|=carer|=relatives|=relative ~5 =informed|=told|=notified|=contacted|=updated",
            "=next of =kin ~5 =informed|=told|=notified|=contacted", "=informed|=informing|=inform|=notifying|=notify|=notified|=telling|=contacting ~4 =family|=families|=carers|=carer|=relatives"),
    ];

    /// <summary>
    /// The recording clause exactly as PL1005 decides "present" (recording, a restriction and every use, as an
    /// obligation) leads; the fields are looked for in the rest of its block and the list items and table cells after
    /// it in the same section. A document may state the duty more than once ("every restriction must be justified,
    /// recorded and reviewed" in its principles, the record's contents later): the clause naming the most fields is judged.
    /// </summary>
    protected override ClauseRegionScope Scope { get; } = new()
    {
        LeadIn = [["record", "restriction", "every"]],
        BindingLeadIn = true,
        ListsThroughSection = true,
        Evidence = RegionEvidenceShown.LeadIn,
        WithoutElements = RegionWithoutElements.MissingAtRegion,
    };

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseRegionElement> Elements => Fields;

    /// <inheritdoc/>
    protected override string PresentMessage => "The recording clause names all nine minimum fields.";

    /// <inheritdoc/>
    protected override string PartialMessage => "The recording clause does not name {count} of the nine minimum fields of a restriction record: {missing}";

    /// <inheritdoc/>
    protected override bool ListsMissingWithSemicolons => true;

    /// <inheritdoc/>
    protected override string? QuietWithoutRegion =>
        "There is no clause requiring every restriction to be recorded (PL1005), so no recording fields are named.";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not name the minimum fields of a restriction record";

    /// <inheritdoc/>
    protected override string Topic => "recording";
}
