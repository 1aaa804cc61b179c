using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// PL1006: where every restriction must be recorded (PL1005 met), the recording clause names the minimum fields of the
/// Welsh Reducing Restrictive Practices Framework (a–i).
/// </summary>
public sealed class PL1006RecordingFields : ClauseRule
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

    /// <summary>The nine fields in the framework's order: concept name and how the message names it.</summary>
    private static readonly (string Concept, string Name)[] Fields =
    [
        ("f-type", "type of restriction"),
        ("f-reason", "reason"),
        ("f-where-when", "where and when"),
        ("f-duration", "duration"),
        ("f-impact", "impact including injuries"),
        ("f-protected", "protected characteristics"),
        ("f-outcome", "outcome of the review"),
        ("f-involvement", "the person's involvement in the review"),
        ("f-family", "family or carers informed"),
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

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);

        // The recording clause exactly as PL1005 decides "present"; without it PL1005 reports, and this rule records
        // the clause as missing (the scorecard lists every clause) without a second finding.
        // A document may state the duty more than once ("every restriction must be justified, recorded and reviewed"
        // in its principles, the record's contents later): judge the clause that names the most fields.
        var candidates = PL1005DataRecording.RecordingClauses(evidence).ToList();
        if (candidates.Count == 0)
        {
            context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, "There is no clause requiring every restriction to be recorded (PL1005), so no recording fields are named.", null));
            return;
        }

        var (clause, missing) = candidates
            .Select(c => (Clause: c, Missing: MissingFields(evidence, c)))
            .OrderBy(x => x.Missing.Count)
            .ThenBy(x => x.Clause.Index)
            .First();
        if (missing.Count == 0)
        {
            Present(context, clause.Span, "The recording clause names all nine minimum fields.");
            return;
        }

        var message = $"The recording clause does not name {missing.Count} of the nine minimum fields of a restriction record: {string.Join("; ", missing)}";
        if (missing.Count == Fields.Length)
        {
            // Recording is required but nothing of what a record holds is named: the clause this rule asks for is absent.
            context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, message, clause.Span));
            context.Report(clause.Span, message);
            return;
        }

        Partial(context, clause.Span, message);
    }

    private static List<string> MissingFields(ClauseEvidence evidence, Sentence clause)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in Scope(evidence.Analysis, clause))
        {
            foreach (var (sentence, concepts) in evidence.SentencesIn(block))
            {
                if (block != clause.Block || sentence.Index >= clause.Index)
                {
                    named.UnionWith(concepts);
                }
            }
        }

        return Fields.Where(f => !named.Contains(f.Concept)).Select(f => f.Name).ToList();
    }

    /// <summary>
    /// The blocks a recording clause's fields are looked for in: its own block (from the clause on), then the list
    /// items and table cells after it in the same section (up to the next heading).
    /// </summary>
    private static IEnumerable<Block> Scope(AnalysisDocument analysis, Sentence clause)
    {
        yield return clause.Block;
        var all = analysis.Document.Blocks;
        for (int i = clause.Block.Index + 1; i < all.Count; i++)
        {
            var block = all[i];
            if (block.Kind == BlockKind.Heading || block.Section != clause.Block.Section)
            {
                yield break;
            }

            if (block.Kind is BlockKind.ListItem or BlockKind.TableCell)
            {
                yield return block;
            }
        }
    }
}
