using System.Globalization;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Learning;
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
    /// The learned second opinion on a clause the rules found missing: when a sentence reads very much like the clause
    /// in other words, the decision becomes <see cref="ClauseStatus.Uncertain"/> on that sentence, reported as info
    /// ("possibly stated here — check"), never as an error; the rules' own decision and message are kept. A partial
    /// clause is left to the rules: they found the topic and can say exactly what is missing, which the model cannot.
    /// </summary>
    private static bool Uncertain(DocumentEndContext context, ClauseStatus ruleStatus, string message, IReadOnlySet<Sentence> judged, ClauseElement[] elements)
    {
        if (SecondOpinion.PossiblyStated(context.Analysis, context.Rule.Id, judged) is not { } hit)
        {
            return false;
        }

        var where = context.Analysis.Document.Locate(hit.Sentence.Span.Start);
        var place = where.Paragraph is { } p ? $"¶{p}" : where.Page is { } page ? $"page {page}, line {where.Line}" : $"line {where.Line}";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Possibly stated in other words at {place} (learned model, {hit.Probability:0.00}) — check it; the rules found: {message}");
        context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Uncertain, text, hit.Sentence.Span) { Elements = elements, RuleStatus = ruleStatus });
        context.Report(hit.Sentence.Span, text, Severity.Info);
        return true;
    }

    /// <summary>
    /// Records a missing clause and reports it: on the near-miss block when one is about the topic ("Section 3
    /// discusses training but…"), otherwise at the start of the document.
    /// </summary>
    protected static void Missing(DocumentEndContext context, Block? nearMiss, string message, string topic)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The near-miss paragraph was judged by the rules: it discusses the topic without meeting the clause.
        var judged = nearMiss is null ? new HashSet<Sentence>() : context.Analysis.SentencesOf(nearMiss).ToHashSet();
        if (Uncertain(context, ClauseStatus.Missing, "the document " + message, judged, []))
        {
            return;
        }

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
