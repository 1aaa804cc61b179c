using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// Helpers for clause rules whose requirement is spread over a lead-in sentence and what follows it: "Restrictive
/// practice includes:" and the list items after it, or a "Contract monitoring" heading and its section.
/// </summary>
internal static class ClauseRegions
{
    /// <summary>How many list items or table cells after a lead-in sentence still belong to it.</summary>
    private const int MaxFollowing = 40;

    /// <summary>
    /// The sentences that belong to a lead-in sentence: for a heading, every sentence of the section it opens
    /// (subsections included); otherwise the lead-in and the rest of its block, then the list items or table cells
    /// that directly follow.
    /// </summary>
    public static IReadOnlyList<Sentence> From(AnalysisDocument analysis, Sentence lead)
    {
        var blocks = analysis.Document.Blocks;
        var result = new List<Sentence>();
        var block = lead.Block;
        if (block.Kind == BlockKind.Heading && block.Section is { } section && section.Heading == block)
        {
            for (int i = block.Index; i < blocks.Count && Within(blocks[i], section); i++)
            {
                result.AddRange(analysis.SentencesOf(blocks[i]));
            }

            return result;
        }

        result.AddRange(analysis.SentencesOf(block).Where(s => s.Index >= lead.Index));
        for (int i = block.Index + 1, n = 0; i < blocks.Count && n < MaxFollowing; i++, n++)
        {
            if (blocks[i].Kind is not (BlockKind.ListItem or BlockKind.TableCell))
            {
                break;
            }

            result.AddRange(analysis.SentencesOf(blocks[i]));
        }

        return result;
    }

    /// <summary>Every sentence of a section (subsections included).</summary>
    public static IReadOnlyList<Sentence> OfSection(AnalysisDocument analysis, Section section)
    {
        var heading = analysis.SentencesOf(section.Heading);
        return From(analysis, heading.Count > 0 ? heading[0] : analysis.Sentences.First(s => s.Block.Index >= section.Heading.Index));
    }

    /// <summary>
    /// A near-miss block to point at: a heading is replaced by the first block under it (the finding belongs on the
    /// paragraph, and the message already names the section).
    /// </summary>
    public static Block? BodyOf(AnalysisDocument analysis, Block? block)
    {
        if (block is null || block.Kind != BlockKind.Heading || block.Section is not { } section || section.Heading != block)
        {
            return block;
        }

        var blocks = analysis.Document.Blocks;
        return block.Index + 1 < blocks.Count && blocks[block.Index + 1].Kind != BlockKind.Heading && Within(blocks[block.Index + 1], section)
            ? blocks[block.Index + 1]
            : block;
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>The span from the start of the first sentence to the end of the last.</summary>
    public static TextSpan Cover(IEnumerable<Sentence> sentences)
    {
        // A heading names the subject; the evidence a reviewer reads starts at the first sentence under it.
        var list = WithoutHeadings(sentences);
        return TextSpan.FromBounds(list.Min(s => s.Span.Start), list.Max(s => s.Span.End));
    }

    /// <summary>The sentences that are not headings, or all of them when every one is a heading.</summary>
    public static List<Sentence> WithoutHeadings(IEnumerable<Sentence> sentences)
    {
        var all = sentences.ToList();
        var body = all.Where(s => s.Block.Kind != BlockKind.Heading).ToList();
        return body.Count > 0 ? body : all;
    }

    private static bool Within(Block block, Section section)
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
