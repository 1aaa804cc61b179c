using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Diagnostics;

/// <summary>
/// The sets of block roles a rule reads (<see cref="RuleDescriptor.Reads"/>). The driver dispatches a sentence to a
/// rule only when the rule reads its block's role, so a rule never sees what it did not ask for.
/// </summary>
public static class RuleReads
{
    /// <summary>
    /// The default: the document's text as it is written, and nothing that only frames it. Body prose, headings,
    /// lists, table cells, notes and the title; quotations, citations, references and glossaries too, because a rule
    /// decides itself how to treat words that are not the document's own voice (skip them, or report one level lower).
    /// Not read: contents pages, document control, page furniture, comments.
    /// </summary>
    public static readonly IReadOnlySet<BlockRole> Text = new HashSet<BlockRole>
    {
        BlockRole.Body, BlockRole.Heading, BlockRole.ListItem, BlockRole.TableCell, BlockRole.Note, BlockRole.Title,
        BlockRole.Quotation, BlockRole.Citation, BlockRole.References, BlockRole.Glossary,
    };

    /// <summary>Running prose only: body paragraphs, list items and notes (no headings, titles or table cells).</summary>
    public static readonly IReadOnlySet<BlockRole> BodyProse = new HashSet<BlockRole>
    {
        BlockRole.Body, BlockRole.ListItem, BlockRole.Note,
    };

    /// <summary>The text plus where a document says what it is and when it is due for review: document control and page furniture.</summary>
    public static readonly IReadOnlySet<BlockRole> TextAndControl = new HashSet<BlockRole>(Text)
    {
        BlockRole.DocumentControl, BlockRole.PageFurniture,
    };

    /// <summary>A set of roles.</summary>
    public static IReadOnlySet<BlockRole> Of(params BlockRole[] roles) => new HashSet<BlockRole>(roles);

    /// <summary><paramref name="set"/> without <paramref name="roles"/>.</summary>
    public static IReadOnlySet<BlockRole> Except(IReadOnlySet<BlockRole> set, params BlockRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(set);
        var result = new HashSet<BlockRole>(set);
        result.ExceptWith(roles);
        return result;
    }
}
