using PolicyLint.Rules.Analysis;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause that is data: its concepts, a ladder of <see cref="ClauseStep"/>s tried in order (the first that
/// holds decides present or partial), and what a missing clause says and where its near miss is looked for. One
/// evaluator reads every such rule.
/// </summary>
public abstract class LadderClauseRule : ClauseRule
{
    /// <summary>The rungs, best first.</summary>
    protected abstract IReadOnlyList<ClauseStep> Ladder { get; }

    /// <summary>What the document does not do, for a missing clause ("does not appoint a responsible person…").</summary>
    protected abstract string MissingMessage { get; }

    /// <summary>The topic a near-miss paragraph discusses ("training"), in "Section 7 discusses training but…".</summary>
    protected abstract string Topic { get; }

    /// <summary>The concepts whose presence marks a near-miss paragraph; none means a missing clause points nowhere.</summary>
    protected virtual IReadOnlyList<string> NearMissConcepts => [];

    /// <summary>How many concept hits a block needs to be the near miss.</summary>
    protected virtual int NearMissMinimum => 1;

    /// <summary>The ladder and the concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseStep> Steps, IReadOnlySet<string> Concepts) Data =>
        (Ladder, Concepts.Select(p => (string)p.Data!).ToHashSet(StringComparer.Ordinal));

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var step in Ladder)
        {
            var concepts = step.Concepts.ToArray();
            var span = step.OneSentence ? evidence.FirstWithAll(step.Binding, concepts)?.Span : evidence.FirstWithAllNear(step.Binding, concepts);
            if (span is not { } found)
            {
                continue;
            }

            if (step.Status == ClauseStatus.Present)
            {
                Present(context, found, step.Message);
            }
            else
            {
                Partial(context, found, step.Message);
            }

            return;
        }

        var nearMiss = NearMissConcepts.Count > 0 ? evidence.NearMiss(NearMissMinimum, [.. NearMissConcepts]) : null;
        Missing(context, nearMiss, MissingMessage, Topic);
    }

    /// <summary>A present rung.</summary>
    protected static ClauseStep Presents(string explanation, params string[] concepts) => new(ClauseStatus.Present, concepts, explanation);

    /// <summary>A partial rung.</summary>
    protected static ClauseStep PartlyMeets(string message, params string[] concepts) => new(ClauseStatus.Partial, concepts, message);
}
