using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause that is data: its concepts, a ladder of <see cref="ClauseStep"/>s tried in order (the first that
/// holds in the document's care setting decides present or partial, with its principal evidence and elements), and
/// what a missing clause says (<see cref="DataClauseRule"/>). One evaluator reads every such rule.
/// </summary>
public abstract class LadderClauseRule : DataClauseRule
{
    /// <summary>The rungs, best first.</summary>
    protected abstract IReadOnlyList<ClauseStep> Ladder { get; }

    /// <summary>What a missing clause says in particular care settings, instead of <see cref="DataClauseRule.MissingMessage"/>.</summary>
    protected virtual IReadOnlyDictionary<CareSetting, string> MissingMessageIn { get; } = new Dictionary<CareSetting, string>();

    /// <summary>The ladder and the concept names the rule registers, for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseStep> Steps, IReadOnlySet<string> Concepts) Data =>
        (Ladder, ConceptNames);

    /// <summary>The setting-specific missing messages, for the catalogue's checks of the data.</summary>
    internal IReadOnlyDictionary<CareSetting, string> MissingMessages => MissingMessageIn;

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var setting = context.Analysis.Setting;
        foreach (var step in Ladder)
        {
            if (!step.AppliesIn(setting) || Places(step, evidence).FirstOrDefault() is not { } place)
            {
                continue;
            }

            var elements = step.Elements
                .Select(e => place.Where.TryGetValue(e.Concept, out var s) ? ClauseElement.At(e.Name, s.Span) : ClauseElement.Absent(e.Name))
                .ToArray();
            if (step.Status == ClauseStatus.Present)
            {
                Present(context, place.Span, step.Message, elements);
            }
            else
            {
                Partial(context, place.Span, step.Message, elements);
            }

            return;
        }

        ReportMissing(context, evidence, MissingMessageIn.TryGetValue(setting, out var message) ? message : MissingMessage);
    }

    /// <summary>
    /// The sentences that hold all of a one-sentence rung's concepts and meet its conditions, best first (preferred
    /// concepts, then statements when asked, then document order). Another rule that builds on the clause (PL1006 on
    /// PL1005's recording clause) reads the same places.
    /// </summary>
    internal static IEnumerable<Sentence> SentencesHolding(ClauseStep step, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(evidence);
        return Ordered(step, evidence, Candidates(step, evidence).Where(s => step.Concepts.All(s.Concepts.Contains) && Qualifies(step, evidence, s.Sentence)).Select(s => s.Sentence));
    }

    /// <summary>Where a rung holds, best first.</summary>
    private static IEnumerable<Place> Places(ClauseStep step, ClauseEvidence evidence) => step.Scope switch
    {
        ClauseScope.Sentence => SentencesHolding(step, evidence).Select(s => Place.Of(s.Span, step.Concepts.Select(c => (c, s)))),
        ClauseScope.AdjacentSentences => OrderedPlaces(step, evidence, Adjacent(step, evidence)),
        ClauseScope.NearestPair => NearestPair(step, evidence),
        ClauseScope.Document => Everywhere(step, evidence),
        _ => throw new InvalidOperationException($"Unknown scope {step.Scope}"),
    };

    // Sentences with concepts, without those a veto concept rules out.
    private static IEnumerable<(Sentence Sentence, IReadOnlySet<string> Concepts)> Candidates(ClauseStep step, ClauseEvidence evidence) =>
        evidence.Sentences.Where(s => !step.Without.Any(s.Concepts.Contains));

    private static bool Qualifies(ClauseStep step, ClauseEvidence evidence, Sentence sentence) =>
        (!step.Binding || evidence.IsCommitment(sentence)) &&
        (!step.Obligation || ClauseEvidence.IsObligation(sentence)) &&
        (!step.Statement || IsStatement(evidence, sentence));

    /// <summary>A sentence of the document's own prose that commits: not a list item, table cell or heading.</summary>
    private static bool IsStatement(ClauseEvidence evidence, Sentence sentence) =>
        sentence.Block.Kind is not (BlockKind.ListItem or BlockKind.TableCell or BlockKind.Heading) && evidence.IsCommitment(sentence);

    private static IEnumerable<Sentence> Ordered(ClauseStep step, ClauseEvidence evidence, IEnumerable<Sentence> sentences) =>
        step.Prefer.Count == 0 && !step.PreferStatements ? sentences : sentences.OrderBy(s => Rank(step, evidence, [s]));

    private static IEnumerable<Place> OrderedPlaces(ClauseStep step, ClauseEvidence evidence, IEnumerable<Place> places) =>
        step.Prefer.Count == 0 && !step.PreferStatements ? places : places.OrderBy(p => Rank(step, evidence, p.Sentences));

    // Lower is better: the first preferred concept held, then (when asked) whether a statement is among the sentences.
    private static int Rank(ClauseStep step, ClauseEvidence evidence, IReadOnlyCollection<Sentence> sentences)
    {
        int preferred = step.Prefer.Count;
        for (int i = 0; i < step.Prefer.Count; i++)
        {
            if (sentences.Any(s => evidence.ConceptsOf(s).Contains(step.Prefer[i])))
            {
                preferred = i;
                break;
            }
        }

        int statement = step.PreferStatements && !sentences.Any(s => IsStatement(evidence, s)) ? 1 : 0;
        return (preferred * 2) + statement;
    }

    // One sentence holding every concept, or two consecutive sentences of one block holding them between them (either
    // may meet the rung's conditions), in document order; a single sentence is tried before the pair it starts.
    private static IEnumerable<Place> Adjacent(ClauseStep step, ClauseEvidence evidence)
    {
        var sentences = Candidates(step, evidence).ToList();
        for (int i = 0; i < sentences.Count; i++)
        {
            var (s, set) = sentences[i];
            if (step.Concepts.All(set.Contains) && Qualifies(step, evidence, s))
            {
                yield return Place.Of(s.Span, step.Concepts.Select(c => (c, s)));
                continue;
            }

            if (i + 1 < sentences.Count)
            {
                var (n, nset) = sentences[i + 1];
                if (n.Block == s.Block && n.Index == s.Index + 1 && step.Concepts.All(c => set.Contains(c) || nset.Contains(c)) &&
                    (Qualifies(step, evidence, s) || Qualifies(step, evidence, n)))
                {
                    yield return Place.Of(TextSpan.FromBounds(s.Span.Start, n.Span.End), step.Concepts.Select(c => (c, set.Contains(c) ? s : n)));
                }
            }
        }
    }

    // The two concepts in the closest pair of sentences; the principal evidence per the rung's principal concepts.
    private static IEnumerable<Place> NearestPair(ClauseStep step, ClauseEvidence evidence)
    {
        if (step.Concepts.Count != 2)
        {
            throw new InvalidOperationException("A nearest-pair rung names two concepts.");
        }

        IEnumerable<Sentence> Holding(string concept) =>
            Candidates(step, evidence).Where(s => s.Concepts.Contains(concept) && Qualifies(step, evidence, s.Sentence)).Select(s => s.Sentence);

        if (ClauseEvidence.Nearest(Holding(step.Concepts[0]), Holding(step.Concepts[1])) is not { } pair)
        {
            yield break;
        }

        yield return Place.Of(PrincipalOf(step, evidence, pair.First, pair.Second).Span, [(step.Concepts[0], pair.First), (step.Concepts[1], pair.Second)]);
    }

    private static Sentence PrincipalOf(ClauseStep step, ClauseEvidence evidence, Sentence first, Sentence second)
    {
        // The paragraphs that hold the pair: a topic sentence next to the matched one often states the clause.
        var around = Candidates(step, evidence)
            .Where(s => (s.Sentence.Block == first.Block || s.Sentence.Block == second.Block) && step.Concepts.Any(s.Concepts.Contains))
            .ToList();
        foreach (var concept in step.Principal)
        {
            if (around.FirstOrDefault(s => s.Concepts.Contains(concept)).Sentence is { } principal)
            {
                return principal;
            }
        }

        return second;
    }

    // Each concept in its own best sentence anywhere; the first concept's sentence is the principal evidence.
    private static IEnumerable<Place> Everywhere(ClauseStep step, ClauseEvidence evidence)
    {
        var where = new List<(string, Sentence)>();
        foreach (var concept in step.Concepts)
        {
            var holding = Candidates(step, evidence).Where(s => s.Concepts.Contains(concept) && Qualifies(step, evidence, s.Sentence)).Select(s => s.Sentence);
            if (Ordered(step, evidence, holding).FirstOrDefault() is not { } sentence)
            {
                yield break;
            }

            where.Add((concept, sentence));
        }

        yield return Place.Of(where[0].Item2.Span, where);
    }

    /// <summary>A present rung.</summary>
    protected static ClauseStep Presents(string explanation, params string[] concepts) => new(ClauseStatus.Present, concepts, explanation);

    /// <summary>A partial rung.</summary>
    protected static ClauseStep PartlyMeets(string message, params string[] concepts) => new(ClauseStatus.Partial, concepts, message);

    /// <summary>Where a rung holds: the principal evidence and the sentence of each concept.</summary>
    private sealed record Place(TextSpan Span, IReadOnlyDictionary<string, Sentence> Where)
    {
        public IReadOnlyCollection<Sentence> Sentences => Where.Values.Distinct().ToList();

        public static Place Of(TextSpan span, IEnumerable<(string Concept, Sentence Sentence)> where)
        {
            var map = new Dictionary<string, Sentence>(StringComparer.Ordinal);
            foreach (var (concept, sentence) in where)
            {
                map.TryAdd(concept, sentence);
            }

            return new Place(span, map);
        }
    }
}
