using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1005: every use of a restriction is recorded.</summary>
public sealed class PL1005DataRecording : ClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1005",
        "DataRecording",
        "Require every restriction to be recorded",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Error,
        "The document must require every use of a restriction or restrictive intervention to be recorded. Present: a " +
        "requirement sentence with recording, a restriction, and \"every\", \"all\", \"each\" or \"any\". Partial: " +
        "recording of restrictions or incidents without saying every use (a vague \"incidents should be recorded\"). " +
        "Missing: pointed at the paragraph that discusses recording, if any.",
        [Sources.Lga("Good practice"), Sources.Rrn("§9 Recording")],
        [DocumentKind.Specification, DocumentKind.Policy],
        new Dictionary<CareSetting, Severity> { [CareSetting.MentalHealthUnit] = Severity.Error });

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. RecordingClauseConcepts,
        .. Concept("incident", "=incident|=incidents"),
    ];

    /// <summary>The concepts of a recording clause ("record", "restriction", "every"); PL1006 looks for the same clause.</summary>
    internal static IEnumerable<Phrase> RecordingClauseConcepts =>
    [
        .. Concept("record", "record", "=log|=logs|=logged|=logging", "=document|=documented", "report", "data", "=write|=writes|=written|=wrote =down|=up", "=fill|=fills|=filled|=complete|=completes|=completed ?in|out ~2 =form|=forms|=log|=sheet|=sheets"),
        .. Concept("restriction", "restrict*", "restraint", "restrain", "use of force", "seclusion", "segregation", "physical =intervention|=interventions"),
        .. Concept("every", "=every", "=all", "=each", "=any", "=whenever"),
        // The recording verb governs the universal: "record every use", "each restriction is recorded" — not "any
        // restriction of this kind must be … recorded in the plan" or "report progress every quarter".
        .. Concept("direct", "=record|=records|=log|=logs|=document|=documents =every|=each|=all|=any",
            "=every|=each|=all|=any ~4 =use|=occasion|=incident|=restriction|=restrictive|=intervention|=time|=instance|=episode ~6 =be|=is|=are =recorded|=logged|=documented|=written"),
    ];

    /// <summary>Sentences that require every use of a restriction to be recorded, in document order.</summary>
    internal static IEnumerable<Sentence> RecordingClauses(ClauseEvidence evidence) =>
        evidence.AllWith("record", "restriction", "every").Where(ClauseEvidence.IsObligation)
            .OrderBy(s => evidence.ConceptsOf(s).Contains("direct") ? 0 : 1);

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var full = RecordingClauses(evidence).FirstOrDefault();
        if (full is not null)
        {
            Present(context, full.Span, "Every use of a restriction is required to be recorded.");
            return;
        }

        var partial = evidence.AllWith("record", "restriction").Concat(evidence.AllWith("record", "incident"))
            .OrderBy(s => s.Index).FirstOrDefault(ClauseEvidence.IsObligation);
        if (partial is not null)
        {
            Partial(context, partial.Span, "Recording is mentioned but not required for every use of a restriction or restrictive intervention");
            return;
        }

        Missing(context, evidence.NearMiss(1, "record"), "does not require every use of a restriction or restrictive intervention to be recorded", "recording");
    }
}
