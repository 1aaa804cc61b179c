using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>A sentence with the concepts it holds.</summary>
internal readonly record struct HeldSentence(Sentence Sentence, IReadOnlySet<string> Concepts);

/// <summary>
/// One sentence, or two consecutive sentences of a block, with the concepts held between them: the smallest place in
/// which a clause's concepts hold together.
/// </summary>
internal sealed record ClauseWindow(TextSpan Span, IReadOnlySet<string> Concepts, IReadOnlyList<HeldSentence> Sentences)
{
    /// <summary>True for two sentences.</summary>
    public bool IsPair => Sentences.Count == 2;
}

/// <summary>
/// The one idea of where a clause's concepts hold together: windows (a sentence or two consecutive sentences of a
/// block) and the places of a <see cref="ClauseScope"/> made of them.
/// </summary>
internal static class ClausePlaces
{
    /// <summary>
    /// Every sentence, and every pair of consecutive sentences of the same block, in document order (a sentence
    /// before the pair it opens).
    /// </summary>
    public static IEnumerable<ClauseWindow> Windows(IReadOnlyList<HeldSentence> sentences)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            yield return new ClauseWindow(s.Sentence.Span, s.Concepts, [s]);
            if (i + 1 < sentences.Count && sentences[i + 1] is var n && n.Sentence.Block == s.Sentence.Block && n.Sentence.Index == s.Sentence.Index + 1)
            {
                yield return new ClauseWindow(TextSpan.FromBounds(s.Sentence.Span.Start, n.Sentence.Span.End), new HashSet<string>([.. s.Concepts, .. n.Concepts], StringComparer.Ordinal), [s, n]);
            }
        }
    }

    /// <summary>The places of a scope, in document order, each as its concept-holding sentences in order.</summary>
    public static IEnumerable<IReadOnlyList<HeldSentence>> Of(ClauseScope scope, IReadOnlyList<HeldSentence> sentences) => scope switch
    {
        ClauseScope.Document => sentences.Count > 0 ? [sentences] : [],
        ClauseScope.AdjacentSentences => Windows(sentences).Select(w => w.Sentences),
        ClauseScope.Section => Sections(sentences, withParent: true),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    /// <summary>
    /// The sentences grouped by the section they stand in (the text before the first heading is a group of its own),
    /// in document order; with <paramref name="withParent"/>, each subsection's group also holds its parent section's
    /// own sentences.
    /// </summary>
    public static IEnumerable<IReadOnlyList<HeldSentence>> Sections(IReadOnlyList<HeldSentence> sentences, bool withParent)
    {
        var groups = sentences.GroupBy(s => s.Sentence.Block.Section).ToList();
        var own = groups.Where(g => g.Key is not null).ToDictionary(g => g.Key!, g => g.ToList());
        foreach (var group in groups)
        {
            if (withParent && group.Key?.Parent is { } parent && own.TryGetValue(parent, out var lead))
            {
                yield return [.. lead.Concat(group).OrderBy(s => s.Sentence.Index)];
            }
            else
            {
                yield return [.. group];
            }
        }
    }
}
