using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// Small helpers every clause evaluator shares: how a list of missing elements is written, the span a group of
/// evidence sentences covers, and where a near-miss heading points.
/// </summary>
internal static class ClauseSpans
{
    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinList(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>The span from the start of the first sentence to the end of the last, leaving headings out while a body sentence is there.</summary>
    public static TextSpan Cover(IEnumerable<Sentence> sentences)
    {
        // A heading names the subject; the evidence a reviewer reads starts at the first sentence under it.
        var list = WithoutHeadings(sentences);
        return TextSpan.FromBounds(list.Min(s => s.Span.Start), list.Max(s => s.Span.End));
    }

    /// <summary>The sentences that are not headings, or all of them when every one is a heading.</summary>
    public static List<Sentence> WithoutHeadings(IEnumerable<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var all = sentences.ToList();
        var body = all.Where(s => s.Block.Kind != BlockKind.Heading).ToList();
        return body.Count > 0 ? body : all;
    }

    /// <summary>
    /// A near-miss block to point at: a heading is replaced by the first block under it (the finding belongs on the
    /// paragraph, and the message already names the section).
    /// </summary>
    public static Block? BodyOf(AnalysisDocument analysis, Block? block)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (block is null || !OpensSection(block) || block.Section is not { } section)
        {
            return block;
        }

        var blocks = analysis.Document.Blocks;
        return block.Index + 1 < blocks.Count && blocks[block.Index + 1].Kind != BlockKind.Heading && Within(blocks[block.Index + 1], section)
            ? blocks[block.Index + 1]
            : block;
    }

    /// <summary>True when the block is the heading that opens its section.</summary>
    public static bool OpensSection(Block block) =>
        block.Kind == BlockKind.Heading && block.Section is { } section && section.Heading == block;

    /// <summary>True when the block lies in the section or one of its subsections.</summary>
    public static bool Within(Block block, Section section)
    {
        for (var s = block.Section; s is not null; s = s.Parent)
        {
            if (s == section)
            {
                return true;
            }
        }

        return false;
    }
}
