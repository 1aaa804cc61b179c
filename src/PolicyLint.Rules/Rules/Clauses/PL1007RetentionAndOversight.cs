using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1007: restriction data kept for three years and monitored annually by senior managers or the Board.</summary>
public sealed class PL1007RetentionAndOversight : ElementsClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1007",
        "RetentionAndOversight",
        "Keep restriction data for three years and have it monitored annually",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "Data on restrictions must be kept for three years and monitored by senior managers or the Board annually. " +
        "Present: a sentence (or two consecutive ones of one block) keeping, retaining or storing data or records for " +
        "three years, and one with monitoring or review by senior managers, senior leaders, the Board, trustees or " +
        "directors at least annually. Partial: only one of the two (the message says which is missing). Missing: " +
        "pointed at the paragraph that discusses keeping data or its monitoring, if any. Only \"three years\" counts as " +
        "the retention period; a document stating a different period is reported as missing retention.",
        [Sources.Lga("Good practice"), Sources.Rrn("§5 Leadership")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("keep", "=kept|=keep|=keeps|=keeping", "retain|retention", "=stored|=store|=stores|=storing", "=held|=hold|=holds", "=archived|=archive"),
        // "three years", "3-year", "three (3) years", "36 months".
        .. Concept("three-years", "=three|=3 ?- =years|=year", "=three ?( =3 ?) =years|=year", "=36 =months", "=thirty =six =months"),
        // At least annually: a more frequent review ("quarterly", "every month", "twice a year") meets it.
        .. Concept("annual", "annual*", "=yearly", "=every|=each|=once =year", "=once a =year", "=twelve|=12 =months",
            "=quarterly|=monthly|=weekly|=biannually|=bi-annually", "=half ?- =yearly", "=every|=each ?two|three|six|=2|=3|=6 =month|=months|=quarter|=week|=weeks",
            "=twice ?a|=per|=each =year", "=two =times ?a|=per|=each =year", "=at =least =once ?a|=per|=each ?=year|=quarter|=month"),
        .. Concept("monitor", ClauseVocabulary.Scrutiny),
        .. Concept("senior", ClauseVocabulary.SeniorLeaders),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        new("kept for three years", "Data is monitored annually by senior managers or the Board but not required to be kept for three years", ["keep", "three-years"]),
        new("monitored at least annually by senior managers or the Board", "Data is kept for three years but not required to be monitored annually by senior managers or the Board", ["annual", "monitor", "senior"]),
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "Data is kept for three years and monitored annually by senior managers or the Board.";

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require data on restrictions to be kept for three years and monitored annually by senior managers or the Board";

    /// <inheritdoc/>
    protected override string Topic => "data retention and monitoring";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["keep", "monitor"];

    /// <inheritdoc/>
    protected override int NearMissMinimum => 2;
}
