using PolicyLint.Rules.Analysis;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// What every data-driven required clause states besides its decision table: what a missing clause says, the topic
/// its near miss discusses, and which concepts mark that near miss. <see cref="LadderClauseRule"/> and
/// <see cref="ElementsClauseRule"/> read the tables.
/// </summary>
public abstract class DataClauseRule : ClauseRule
{
    /// <summary>What the document does not do, for a missing clause ("does not appoint a responsible person…").</summary>
    protected abstract string MissingMessage { get; }

    /// <summary>The topic a near-miss paragraph discusses ("training"), in "Section 7 discusses training but…".</summary>
    protected abstract string Topic { get; }

    /// <summary>The concepts whose presence marks a near-miss paragraph; none means a missing clause points nowhere.</summary>
    protected virtual IReadOnlyList<string> NearMissConcepts => [];

    /// <summary>How many concept hits a block needs to be the near miss.</summary>
    protected virtual int NearMissMinimum => 1;

    /// <summary>The concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal IReadOnlySet<string> ConceptNames => Concepts.Select(p => (string)p.Data!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Records the clause as missing, pointing at the near-miss paragraph when the rule names near-miss concepts (a
    /// heading found there is replaced by the paragraph under it).
    /// </summary>
    protected void ReportMissing(DocumentEndContext context, ClauseEvidence evidence) => ReportMissing(context, evidence, MissingMessage);

    /// <summary>Records the clause as missing with <paramref name="message"/> (a setting's own wording) instead of <see cref="MissingMessage"/>.</summary>
    protected void ReportMissing(DocumentEndContext context, ClauseEvidence evidence, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var nearMiss = NearMissConcepts.Count > 0
            ? ClauseSpans.BodyOf(context.Analysis, evidence.NearMiss(NearMissMinimum, [.. NearMissConcepts]))
            : null;
        Missing(context, nearMiss, message, Topic);
    }
}
