using PolicyLint.Rules.Analysis;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause that is data: its concepts, a ladder of <see cref="ClauseStep"/>s tried in order (the first that
/// holds decides present or partial), and what a missing clause says (<see cref="DataClauseRule"/>). One
/// evaluator reads every such rule.
/// </summary>
public abstract class LadderClauseRule : DataClauseRule
{
    /// <summary>The rungs, best first.</summary>
    protected abstract IReadOnlyList<ClauseStep> Ladder { get; }

    /// <summary>The ladder and the concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseStep> Steps, IReadOnlySet<string> Concepts) Data =>
        (Ladder, ConceptNames);

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

        ReportMissing(context, evidence);
    }

    /// <summary>A present rung.</summary>
    protected static ClauseStep Presents(string explanation, params string[] concepts) => new(ClauseStatus.Present, concepts, explanation);

    /// <summary>A partial rung.</summary>
    protected static ClauseStep PartlyMeets(string message, params string[] concepts) => new(ClauseStatus.Partial, concepts, message);
}
