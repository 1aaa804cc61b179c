namespace PolicyLint.Rules.Syntax;

/// <summary>
/// What a block is for, as opposed to what the format says it is (<see cref="BlockKind"/>). Readers set what their
/// format states (Word styles, headers and footers, lines repeated on every PDF page); <see cref="BlockRoleClassifier"/>
/// settles the rest from layout and text, the same way for every format. Rules say in their descriptor which roles
/// they read.
/// </summary>
public enum BlockRole
{
    /// <summary>Prose in the document's own voice.</summary>
    Body,

    /// <summary>A heading in the body of the document.</summary>
    Heading,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A table cell holding the document's own text.</summary>
    TableCell,

    /// <summary>A footnote or endnote.</summary>
    Note,

    /// <summary>The title or cover sheet: the document's name, organisation, logo text, date on the first page.</summary>
    Title,

    /// <summary>Version, approval, ratification, ownership and review details; change-record tables.</summary>
    DocumentControl,

    /// <summary>A table of contents: its heading and its entries.</summary>
    Contents,

    /// <summary>Running headers and footers, page numbers, lines repeated on every page, site navigation.</summary>
    PageFurniture,

    /// <summary>A block quote: someone else's words.</summary>
    Quotation,

    /// <summary>An entry citing a source ("Department of Health (2014) Positive and Proactive Care…").</summary>
    Citation,

    /// <summary>A block in a references, bibliography or further-reading section.</summary>
    References,

    /// <summary>A block in a glossary, definitions or abbreviations section.</summary>
    Glossary,

    /// <summary>A comment in the source (Markdown HTML comments): kept for suppressions, never prose.</summary>
    Comment,
}
