using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1005: every use of a restriction is recorded.</summary>
public sealed class PL1005DataRecording : LadderClauseRule
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
        // What a partial clause records: a restriction or an incident ("incidents should be recorded").
        .. Concept("occurrence", [.. RestrictionPatterns, "=incident|=incidents"]),
    ];

    private static readonly string[] RestrictionPatterns =
        ["restrict*", "restraint", "restrain", "use of force", "seclusion", "segregation", "physical =intervention|=interventions"];

    /// <summary>The concepts of a recording clause ("record", "restriction", "every"); PL1006 looks for the same clause.</summary>
    internal static IEnumerable<Phrase> RecordingClauseConcepts =>
    [
        .. Concept("record", "record", "=log|=logs|=logged|=logging", "=document|=documented", "report", "data", "=write|=writes|=written|=wrote =down|=up", "=fill|=fills|=filled|=complete|=completes|=completed ?in|out ~2 =form|=forms|=log|=sheet|=sheets"),
        .. Concept("restriction", RestrictionPatterns),
        .. Concept("every", "=every", "=all", "=each", "=any", "=whenever"),
        // The recording verb governs the universal: "record every use", "each restriction is recorded" — not "any
        // restriction of this kind must be … recorded in the plan" or "report progress every quarter".
        .. Concept("direct", "=record|=records|=log|=logs|=document|=documents =every|=each|=all|=any",
            "=every|=each|=all|=any ~4 =use|=occasion|=incident|=restriction|=restrictive|=intervention|=time|=instance|=episode ~6 =be|=is|=are =recorded|=logged|=documented|=written"),
    ];

    /// <summary>The recording clause: one obligation sentence with recording, a restriction and "every", the verb governing the universal first.</summary>
    private static readonly ClauseStep RecordingClause =
        Presents("Every use of a restriction is required to be recorded.", "record", "restriction", "every") with
        {
            Scope = ClauseScope.Sentence, Obligation = true, Prefer = ["direct"],
        };

    /// <summary>Sentences that require every use of a restriction to be recorded, best first.</summary>
    internal static IEnumerable<Sentence> RecordingClauses(ClauseEvidence evidence) => SentencesHolding(RecordingClause, evidence);

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        RecordingClause,
        PartlyMeets("Recording is mentioned but not required for every use of a restriction or restrictive intervention", "record", "occurrence") with
        {
            Scope = ClauseScope.Sentence, Obligation = true,
        },
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require every use of a restriction or restrictive intervention to be recorded";

    /// <inheritdoc/>
    protected override string Topic => "recording";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["record"];
}
