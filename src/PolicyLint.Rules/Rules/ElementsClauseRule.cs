using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause of independent elements, as data (retention and oversight; an annual report and LeDeR): present
/// when every element is stated somewhere, partial when some are (the finding names what is missing), missing when
/// none is. One evaluator reads every such rule; the principal evidence is the first element found.
/// </summary>
public abstract class ElementsClauseRule : DataClauseRule
{
    /// <summary>The elements, in the guidance's order.</summary>
    protected abstract IReadOnlyList<ClauseElementSpec> Elements { get; }

    /// <summary>The explanation of a present clause.</summary>
    protected abstract string PresentMessage { get; }

    /// <summary>The elements and the concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseElementSpec> Elements, IReadOnlySet<string> Concepts) Data =>
        (Elements, ConceptNames);

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var found = Elements.Select(e => (Spec: e, Span: e.ConceptSets.Select(set => Locate(evidence, set, e.Context)).FirstOrDefault(s => s is not null))).ToList();
        var elements = found.Select(f => f.Span is { } s ? ClauseElement.At(f.Spec.Name, s) : ClauseElement.Absent(f.Spec.Name)).ToArray();
        var stated = found.Where(f => f.Span is not null && !f.Spec.Supporting).ToList();
        if (stated.Count > 0 && found.All(f => f.Span is not null))
        {
            Present(context, stated[0].Span!.Value, PresentMessage, elements);
            return;
        }

        if (stated.Count > 0)
        {
            Partial(context, stated[0].Span!.Value, PartialMessage([.. found.Where(f => f.Span is null).Select(f => f.Spec)]), elements);
            return;
        }

        ReportMissing(context, evidence);
    }

    // The first place the concepts stand together with their context: in one sentence or a pair, or in a section
    // where some sentence holds the whole context.
    private static TextSpan? Locate(ClauseEvidence evidence, IReadOnlyList<string> concepts, IReadOnlyList<string> context)
    {
        var near = evidence.FirstWithAllNear(false, [.. concepts, .. context]);
        if (context.Count == 0)
        {
            return near;
        }

        foreach (var section in Clauses.ClauseWindows.Sections(evidence))
        {
            if (section[0].Sentence.Block.Section is null || !section.Any(s => context.All(s.Concepts.Contains)))
            {
                continue;
            }

            var first = section.FirstOrDefault(s => concepts.All(s.Concepts.Contains)).Sentence;
            if (first is not null && (near is null || first.Span.Start < near.Value.Start))
            {
                near = first.Span;
            }
        }

        return near;
    }

    /// <summary>The finding of a partial clause: the missing element's own message, or a list of the missing elements.</summary>
    protected virtual string PartialMessage(IReadOnlyList<ClauseElementSpec> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return missing.Count == 1
            ? missing[0].MessageWhenMissing
            : $"The clause is only partly stated: missing {Clauses.ClauseRegions.JoinList([.. missing.Select(m => m.Name)])}";
    }
}
