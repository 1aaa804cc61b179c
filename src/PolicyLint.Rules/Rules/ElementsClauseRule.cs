using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause of independent elements, as data (retention and oversight; an annual report and LeDeR): present
/// when every element is stated somewhere, partial when some are (the finding names what is missing), missing when
/// none is. One evaluator reads every such rule; the principal evidence is the first element found.
/// </summary>
public abstract class ElementsClauseRule : ClauseRule
{
    /// <summary>The elements, in the guidance's order.</summary>
    protected abstract IReadOnlyList<ClauseElementSpec> Elements { get; }

    /// <summary>The explanation of a present clause.</summary>
    protected abstract string PresentMessage { get; }

    /// <summary>What the document does not do, for a missing clause.</summary>
    protected abstract string MissingMessage { get; }

    /// <summary>The topic a near-miss paragraph discusses.</summary>
    protected abstract string Topic { get; }

    /// <summary>The concepts whose presence marks a near-miss paragraph.</summary>
    protected abstract IReadOnlyList<string> NearMissConcepts { get; }

    /// <summary>How many concept hits a block needs to be the near miss.</summary>
    protected virtual int NearMissMinimum => 1;

    /// <summary>The elements and the concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseElementSpec> Elements, IReadOnlySet<string> Concepts) Data =>
        (Elements, Concepts.Select(p => (string)p.Data!).ToHashSet(StringComparer.Ordinal));

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var found = Elements.Select(e => (Spec: e, Span: e.ConceptSets.Select(set => evidence.FirstWithAllNear(false, [.. set])).FirstOrDefault(s => s is not null))).ToList();
        var elements = found.Select(f => f.Span is { } s ? ClauseElement.At(f.Spec.Name, s) : ClauseElement.Absent(f.Spec.Name)).ToArray();
        var stated = found.Where(f => f.Span is not null).ToList();
        if (stated.Count == found.Count)
        {
            Present(context, stated[0].Span!.Value, PresentMessage, elements);
            return;
        }

        if (stated.Count > 0)
        {
            var missing = found.Where(f => f.Span is null).ToList();
            var message = missing.Count == 1
                ? missing[0].Spec.MessageWhenMissing
                : $"The clause is only partly stated: missing {Clauses.ClauseRegions.JoinList([.. missing.Select(m => m.Spec.Name)])}";
            Partial(context, stated[0].Span!.Value, message, elements);
            return;
        }

        Missing(context, evidence.NearMiss(NearMissMinimum, [.. NearMissConcepts]), MissingMessage, Topic);
    }
}
