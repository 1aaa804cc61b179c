namespace PolicyLint.Rules.Syntax;

/// <summary>What a block of a document is.</summary>
public enum BlockKind
{
    /// <summary>A heading; it opens a section.</summary>
    Heading,

    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>The text of one table cell.</summary>
    TableCell,

    /// <summary>A quoted block: not the document's own voice.</summary>
    BlockQuote,

    /// <summary>A footnote or endnote.</summary>
    Note,

    /// <summary>A page header or footer.</summary>
    HeaderFooter,

    /// <summary>A comment in the source (a Markdown HTML comment): kept for suppressions, never checked as prose.</summary>
    Comment,
}
