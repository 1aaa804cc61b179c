using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// Places where a clause's concepts may combine, for rules whose elements are spread over a sentence pair or a whole
/// section (a "last resort" clause is often a bulleted list of principles).
/// </summary>
internal static class ClauseWindows
{
    /// <summary>
    /// Every sentence holding a concept, and every pair of consecutive such sentences in the same block, in order:
    /// the span covered, the concepts held and whether either sentence states an obligation.
    /// </summary>
    public static IEnumerable<(TextSpan Span, HashSet<string> Concepts, bool Obligation)> Pairs(ClauseEvidence evidence)
    {
        var list = evidence.Sentences.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            var (s, set) = list[i];
            yield return (s.Span, [.. set], ClauseEvidence.IsObligation(s));
            if (i + 1 < list.Count)
            {
                var (n, nset) = list[i + 1];
                if (n.Block == s.Block && n.Index == s.Index + 1)
                {
                    yield return (TextSpan.FromBounds(s.Span.Start, n.Span.End), [.. set, .. nset], ClauseEvidence.IsObligation(s) || ClauseEvidence.IsObligation(n));
                }
            }
        }
    }

    /// <summary>
    /// The concept-holding sentences grouped by section (the whole document when it has no headings), in document
    /// order.
    /// </summary>
    public static IEnumerable<IReadOnlyList<(Sentence Sentence, IReadOnlySet<string> Concepts)>> Sections(ClauseEvidence evidence) =>
        evidence.Sentences.GroupBy(s => s.Sentence.Block.Section).Select(g => (IReadOnlyList<(Sentence, IReadOnlySet<string>)>)[.. g]);
}
