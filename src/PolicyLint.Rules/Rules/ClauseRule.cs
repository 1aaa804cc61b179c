using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// The common shape of a required-clause rule: concepts (named sets of phrases) registered once; at the end of the
/// document the rule decides present / partial / missing from which concepts co-occur, and records its evidence.
/// </summary>
public abstract class ClauseRule : PolicyRule
{
    /// <summary>The rule's concepts: each phrase's <see cref="Phrase.Data"/> is the concept's name.</summary>
    protected abstract IEnumerable<Phrase> Concepts { get; }

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterConcepts(Concepts);
        registration.RegisterDocumentEndAction(c => Evaluate(c, new ClauseEvidence(c)));
    }

    /// <summary>Decides the clause for one document.</summary>
    protected abstract void Evaluate(DocumentEndContext context, ClauseEvidence evidence);

    /// <summary>Phrases for one concept.</summary>
    protected static IEnumerable<Phrase> Concept(string name, params string[] patterns) => patterns.Select(p => new Phrase(p, name));

    /// <summary>
    /// Records a satisfied clause with the span that satisfied it (the principal evidence) and, for a clause of several
    /// elements, where each was found.
    /// </summary>
    protected static void Present(DocumentEndContext context, TextSpan evidence, string explanation, params ClauseElement[] elements)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Present, explanation, evidence) { Elements = elements });
    }

    /// <summary>
    /// Records a partly met clause and reports it on the span that partly meets it; <paramref name="elements"/> say
    /// which elements were found where and which are missing.
    /// </summary>
    protected static void Partial(DocumentEndContext context, TextSpan evidence, string message, params ClauseElement[] elements)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Partial, message, evidence) { Elements = elements });
        context.Report(evidence, message);
    }

    /// <summary>
    /// Records a missing clause and reports it: on the near-miss block when one is about the topic ("Section 3
    /// discusses training but…"), otherwise at the start of the document.
    /// </summary>
    protected static void Missing(DocumentEndContext context, Block? nearMiss, string message, string topic)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (nearMiss is not null)
        {
            var where = nearMiss.Section is { } s ? $"Section '{s.Title}'" : "This paragraph";
            var text = $"{where} discusses {topic} but {message}";
            var sentences = context.Analysis.SentencesOf(nearMiss);
            var span = sentences.Count > 0 ? sentences[0].Span : nearMiss.Span;
            context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, text, span));
            context.Report(span, text);
            return;
        }

        var whole = $"The document {message}";
        context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, whole, null));
        context.Report(new TextSpan(0, 0), whole);
    }
}
