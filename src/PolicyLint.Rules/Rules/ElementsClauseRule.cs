using System.Globalization;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause of elements, as data (retention and oversight; limits on restrictive practice; leadership
/// oversight…). The elements are counted together within the places of the rule's <see cref="Scope"/> (the whole
/// document, a sentence or two consecutive ones, a section); the best place is the one stating the most required
/// elements, then the most optional ones in the order listed, then the earliest. Present when it states every
/// required element (or <see cref="PresentMinimum"/> of them, binding the reader when the rule asks); partial when
/// it states some (the finding names what is missing); missing when no place counts. One evaluator reads every
/// such rule.
/// </summary>
public abstract class ElementsClauseRule : DataClauseRule
{
    /// <summary>
    /// The concept a set names when its place must bind the reader: an obligation or commitment (shall, must, will,
    /// ensure, a list item, "We record…"; <see cref="ClauseEvidence.IsObligation"/>) or one of the rule's
    /// <see cref="BindingWords"/>.
    /// </summary>
    public const string Binding = "@binding";

    /// <summary>The elements, in the guidance's order (the heart of the clause first).</summary>
    protected abstract IReadOnlyList<ClauseElementSpec> Elements { get; }

    /// <summary>The explanation of a present clause.</summary>
    protected abstract string PresentMessage { get; }

    /// <summary>Where the elements must be stated together.</summary>
    protected virtual ClauseScope Scope => ClauseScope.Document;

    /// <summary>
    /// What a place must be about before it counts at all: each list is a choice, one of whose concepts the place
    /// must hold (a leader; reviewing or accountable; restrictive practice, its data or its reduction). A place that
    /// meets them states the clause at least partly, even with no element. None: a place counts when it states a
    /// required element that is not <see cref="ClauseElementSpec.Supporting"/>.
    /// </summary>
    protected virtual IReadOnlyList<IReadOnlyList<string>> PlaceRequires => [];

    /// <summary>How many required elements make the clause present ("four of the five"); null: all of them.</summary>
    protected virtual int? PresentMinimum => null;

    /// <summary>Whether a present clause needs one of the sentences stating its elements to bind the reader.</summary>
    protected virtual bool PresentMustBind => false;

    /// <summary>Words that bind the reader besides the obligation cues ("only" limits restrictive practice).</summary>
    protected virtual IReadOnlyList<string> BindingWords => [];

    /// <summary>
    /// The explanation of a present clause that lacks some elements (with <see cref="PresentMinimum"/>): "{found}",
    /// "{total}" and "{missing}" are filled in.
    /// </summary>
    protected virtual string? PresentIncompleteMessage => null;

    /// <summary>The finding when enough elements are stated but none of them binds the reader.</summary>
    protected virtual string? UnboundMessage => null;

    /// <summary>
    /// The finding of a partial clause, "{missing}" filled with the missing elements' names or "{missingMessages}" with
    /// their messages; null: the missing element's own message, or a list of the missing elements.
    /// </summary>
    protected virtual string? PartialFormat => null;

    /// <summary>The elements and the concept names the rule may use (its own and <see cref="Binding"/>), for the catalogue's checks of the data.</summary>
    internal (IReadOnlyList<ClauseElementSpec> Elements, IReadOnlySet<string> Concepts) Data =>
        (Elements, ConceptNames.Append(Binding).ToHashSet(StringComparer.Ordinal));

    /// <summary>How the elements are judged, for the catalogue's checks of the data.</summary>
    internal (ClauseScope Scope, IReadOnlyList<IReadOnlyList<string>> PlaceRequires, int? PresentMinimum, bool PresentMustBind, IReadOnlyList<string> Messages, string? PartialFormat, string? PresentIncomplete, string? Unbound) Shape =>
        (Scope, PlaceRequires, PresentMinimum, PresentMustBind, [PresentMessage, MissingMessage, Topic], PartialFormat, PresentIncompleteMessage, UnboundMessage);

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var held = Held(evidence);
        var clauseConcepts = Elements.SelectMany(e => e.ConceptSets.SelectMany(s => s).Concat(e.Context))
            .Where(c => c != Binding).ToHashSet(StringComparer.Ordinal);
        var sections = new Lazy<List<IReadOnlyList<HeldSentence>>>(() =>
            [.. ClausePlaces.Sections(held, withParent: false).Where(g => g[0].Sentence.Block.Section is not null)]);

        (IReadOnlyList<HeldSentence> Place, ClauseWindow?[] Found)? best = null;
        foreach (var place in ClausePlaces.Of(Scope, held))
        {
            var windows = ClausePlaces.Windows(place).ToList();
            var found = Elements.Select(e => Locate(e, windows, Scope switch
            {
                ClauseScope.Document => sections.Value,
                ClauseScope.Section => [place],
                _ => [],
            }, clauseConcepts)).ToArray();
            if (Counts(place, found) && (best is null || Better(found, best.Value.Found)))
            {
                best = (place, found);
            }
        }

        if (best is not { } b)
        {
            ReportMissing(context, evidence);
            return;
        }

        Decide(context, b.Place, b.Found);
    }

    private void Decide(DocumentEndContext context, IReadOnlyList<HeldSentence> place, ClauseWindow?[] found)
    {
        var required = Enumerable.Range(0, Elements.Count).Where(i => !Elements[i].Optional).ToList();
        var missing = required.Where(i => found[i] is null).Select(i => Elements[i]).ToList();
        int stated = required.Count - missing.Count;
        var elements = required.Select(i => found[i] is { } w ? ClauseElement.At(Elements[i].Name, w.Span) : ClauseElement.Absent(Elements[i].Name)).ToArray();
        var span = Evidence(place, found);
        bool complete = stated >= (PresentMinimum ?? required.Count);
        if (complete && (!PresentMustBind || Binds(place, found)))
        {
            Present(context, span, missing.Count == 0 ? PresentMessage : Fill(PresentIncompleteMessage ?? PresentMessage, stated, required.Count, missing), elements);
            return;
        }

        Partial(context, span, complete && UnboundMessage is { } unbound ? unbound : PartialMessage(stated, required.Count, missing), elements);
    }

    // The evidence a reviewer reads: the sentence or pair itself; in a section, from the first element to the last
    // (headings left out); in the document, the first element stated that is not merely supporting.
    private TextSpan Evidence(IReadOnlyList<HeldSentence> place, ClauseWindow?[] found)
    {
        var windows = found.OfType<ClauseWindow>().ToList();
        switch (Scope)
        {
            case ClauseScope.AdjacentSentences:
                return TextSpan.FromBounds(place[0].Sentence.Span.Start, place[^1].Sentence.Span.End);
            case ClauseScope.Section when windows.Count > 0:
                return ClauseSpans.Cover(windows.SelectMany(w => w.Sentences).Select(s => s.Sentence));
            default:
                var principal = Enumerable.Range(0, Elements.Count).Where(i => found[i] is not null && !Elements[i].Supporting && !Elements[i].Optional)
                    .Select(i => found[i]).FirstOrDefault() ?? windows.FirstOrDefault();
                // A place that counts by its topic alone (PlaceRequires) and states no element: its first sentence on the topic.
                return principal?.Span ?? place.First(s => PlaceRequires.SelectMany(r => r).Any(s.Concepts.Contains)).Sentence.Span;
        }
    }

    // Each sentence with its concepts, and Binding when it binds the reader.
    private List<HeldSentence> Held(ClauseEvidence evidence) =>
    [
        .. evidence.Sentences.Select(s => new HeldSentence(s.Sentence,
            ClauseEvidence.IsObligation(s.Sentence) || s.Sentence.Tokens.Any(t => BindingWords.Contains(t.Lower))
                ? new HashSet<string>([.. s.Concepts, Binding], StringComparer.Ordinal)
                : s.Concepts)),
    ];

    // The window that best states the element: one holding a concept set (with the element's context, or within a
    // section one of whose sentences holds the whole context), holding the most of the clause's concepts, then the
    // earliest. A pair counts only when neither of its sentences states the element alone. Of two sentences that both
    // state it, the one that says more of the clause is its statement ("they can complain, or talk to their
    // independent advocate" over a passing "the right to complain").
    private static ClauseWindow? Locate(ClauseElementSpec element, List<ClauseWindow> windows, IEnumerable<IReadOnlyList<HeldSentence>> contextSections, HashSet<string> clauseConcepts)
    {
        ClauseWindow? best = null;
        int bestScore = -1;
        void Consider(ClauseWindow w)
        {
            int score = w.Concepts.Count(clauseConcepts.Contains);
            if (best is null || score > bestScore || (score == bestScore && (w.Span.Start < best.Span.Start || (w.Span.Start == best.Span.Start && w.Span.Length < best.Span.Length))))
            {
                (best, bestScore) = (w, score);
            }
        }

        foreach (var set in element.ConceptSets)
        {
            IReadOnlyList<string> needed = [.. set, .. element.Context];
            foreach (var w in windows.Where(w => States(w, needed)))
            {
                Consider(w);
            }

            if (element.Context.Count == 0)
            {
                continue;
            }

            foreach (var section in contextSections.Where(g => g.Any(s => element.Context.All(s.Concepts.Contains))))
            {
                foreach (var w in ClausePlaces.Windows(section).Where(w => States(w, set)))
                {
                    Consider(w);
                }
            }
        }

        return best;
    }

    private static bool States(ClauseWindow window, IReadOnlyList<string> concepts) =>
        concepts.All(window.Concepts.Contains) && !(window.IsPair && window.Sentences.Any(s => concepts.All(s.Concepts.Contains)));

    // A place counts when it is about the clause's topic (PlaceRequires), or, without one, when it states a required
    // element that is not merely supporting.
    private bool Counts(IReadOnlyList<HeldSentence> place, ClauseWindow?[] found)
    {
        if (PlaceRequires.Count > 0)
        {
            return PlaceRequires.All(choice => choice.Any(c => place.Any(s => s.Concepts.Contains(c))));
        }

        return Enumerable.Range(0, Elements.Count).Any(i => found[i] is not null && !Elements[i].Supporting && !Elements[i].Optional);
    }

    // More required elements; then, element by element in the order listed, the optional ones; a tie keeps the earlier place.
    private bool Better(ClauseWindow?[] candidate, ClauseWindow?[] best)
    {
        int Required(ClauseWindow?[] found) => Enumerable.Range(0, Elements.Count).Count(i => found[i] is not null && !Elements[i].Optional);
        int a = Required(candidate), b = Required(best);
        if (a != b)
        {
            return a > b;
        }

        for (int i = 0; i < Elements.Count; i++)
        {
            if (Elements[i].Optional && (candidate[i] is null) != (best[i] is null))
            {
                return candidate[i] is not null;
            }
        }

        return false;
    }

    // Some sentence that states a found element (alone, or as part of the window found for it) binds the reader.
    private bool Binds(IReadOnlyList<HeldSentence> place, ClauseWindow?[] found) =>
        place.Any(s => s.Concepts.Contains(Binding) && Enumerable.Range(0, Elements.Count).Any(i =>
            found[i] is { } w && (w.Sentences.Any(x => x.Sentence == s.Sentence) || Elements[i].ConceptSets.Any(set => set.All(s.Concepts.Contains)))));

    private string PartialMessage(int stated, int total, List<ClauseElementSpec> missing) => PartialFormat is { } format
        ? Fill(format, stated, total, missing)
        : missing.Count == 1
            ? missing[0].MessageWhenMissing
            : $"The clause is only partly stated: missing {ClauseSpans.JoinList([.. missing.Select(m => m.Name)])}";

    private static string Fill(string template, int stated, int total, List<ClauseElementSpec> missing) => template
        .Replace("{found}", stated.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{total}", total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{missingMessages}", ClauseSpans.JoinList([.. missing.Select(m => m.MessageWhenMissing)]), StringComparison.Ordinal)
        .Replace("{missing}", ClauseSpans.JoinList([.. missing.Select(m => m.Name)]), StringComparison.Ordinal);
}
