using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// A flagged span shown in its sentence: the text before it, the flagged words, and the text after, taken from the
/// document model the engine built (the block holding the span, split into sentences by the engine's own splitter).
/// Long surroundings are cut at a word boundary with an ellipsis, so a finding in a run-on paragraph stays readable.
/// </summary>
internal sealed record FindingContext(string Before, string Marked, string After)
{
    /// <summary>How much text either side of the flagged words is kept at most.</summary>
    public const int MaxSide = 240;

    /// <summary>How much of the flagged text itself is kept at most (a whole long sentence can be the finding).</summary>
    public const int MaxMarked = 1200;

    private const string Ellipsis = "…";

    /// <summary>The context of <paramref name="span"/>, or null for a whole-document finding (an empty span).</summary>
    public static FindingContext? Of(PolicyDocument? document, TextSpan span)
    {
        if (document is null || span.Length == 0 || span.Start < 0 || span.End > document.Text.Length)
        {
            return null;
        }

        var text = document.Text;
        var block = document.BlockAt(span.Start);
        int start = span.Start, end = span.End;
        if (block is not null)
        {
            foreach (var sentence in SentenceSplitter.Split(text, block.Span))
            {
                if (sentence.Contains(span.Start))
                {
                    start = Math.Min(start, sentence.Start);
                }

                if (sentence.Contains(span.End - 1))
                {
                    end = Math.Max(end, sentence.End);
                }
            }

            if (start == span.Start && end == span.End)
            {
                // The splitter left the span out of every sentence (white space at a block edge): use the block.
                start = Math.Min(start, block.Span.Start);
                end = Math.Max(end, Math.Min(block.Span.End, text.Length));
            }
        }

        var before = text[start..span.Start];
        var marked = text[span.Start..span.End];
        var after = text[span.End..end];
        if (marked.Length > MaxMarked)
        {
            marked = CutAfter(marked, MaxMarked) + Ellipsis;
            after = string.Empty;
        }

        if (before.Length > MaxSide)
        {
            before = Ellipsis + CutBefore(before, MaxSide);
        }

        if (after.Length > MaxSide)
        {
            after = CutAfter(after, MaxSide) + Ellipsis;
        }

        return new FindingContext(before, marked, after);
    }

    /// <summary>The last <paramref name="max"/> characters or fewer, starting at a word.</summary>
    private static string CutBefore(string text, int max)
    {
        int from = text.Length - max;
        int space = text.IndexOf(' ', from);
        return space >= 0 && space < text.Length - 1 ? text[(space + 1)..] : text[from..];
    }

    /// <summary>The first <paramref name="max"/> characters or fewer, ending at a word.</summary>
    private static string CutAfter(string text, int max)
    {
        int space = text.LastIndexOf(' ', max);
        return space > 0 ? text[..space] : text[..max];
    }
}
