namespace PolicyLint.Rules.Syntax;

/// <summary>One block of a document (heading, paragraph, list item, table cell…) with its span in the normalised text.</summary>
public sealed class Block
{
    internal Block(int index, BlockKind kind, TextSpan span, int headingLevel, string? marker, BlockRole? statedRole = null)
    {
        StatedRole = statedRole;
        Index = index;
        Kind = kind;
        Span = span;
        HeadingLevel = headingLevel;
        Marker = marker;
    }

    /// <summary>Position of the block in document order, from 0.</summary>
    public int Index { get; }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The block's text in <see cref="PolicyDocument.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>1–9 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    /// <summary>A list item's number or bullet as the source shows it ("3.2", "a)", "•"), when known.</summary>
    public string? Marker { get; }

    /// <summary>What the block is for (cover, document control, contents, page furniture, body…).</summary>
    public BlockRole Role { get; internal set; }

    /// <summary>The role the reader found stated in the format (a Word "TOC 1" style, a page header), if any.</summary>
    public BlockRole? StatedRole { get; }

    /// <summary>The innermost section the block belongs to (for a heading: the section it opens).</summary>
    public Section? Section { get; internal set; }
}
