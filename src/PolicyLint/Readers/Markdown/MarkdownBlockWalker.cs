using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PolicyLint.Rules.Syntax;
using MdBlock = Markdig.Syntax.Block;

namespace PolicyLint.Readers.Markdown;

/// <summary>
/// Walks a Markdig tree and emits PolicyLint blocks:
/// headings (ATX and setext) with their level; paragraphs; list items (the first paragraph of an item carries the
/// marker as the source shows it, later paragraphs of the item are list items without a marker, nested lists give
/// each item its own block); one block per table cell; everything inside a block quote as
/// <see cref="BlockKind.BlockQuote"/> (quoted headings open no section); HTML comments as
/// <see cref="BlockKind.Comment"/> blocks holding their exact source text, whether they stand as a block, sit inside
/// a larger HTML block, or appear inline (then the comment block follows the block it sits in).
/// Code blocks (indented and fenced), front matter, other raw HTML, link reference definitions and thematic breaks
/// are not prose and are skipped.
/// </summary>
internal sealed class MarkdownBlockWalker
{
    private readonly string _source;
    private readonly SourceLineIndex _lines;
    private readonly DocumentBuilder _builder;
    private readonly MarkdownInlineWriter _inlines;
    private readonly CancellationToken _cancellationToken;
    private readonly ReaderLimits _limits;
    private int _depth;

    public MarkdownBlockWalker(string source, DocumentBuilder builder, CancellationToken cancellationToken)
        : this(source, builder, ReaderLimits.Default, cancellationToken)
    {
    }

    /// <summary>A walker that refuses blocks and inlines nested deeper than <see cref="ReaderLimits.MaxNestingDepth"/>.</summary>
    public MarkdownBlockWalker(string source, DocumentBuilder builder, ReaderLimits limits, CancellationToken cancellationToken)
    {
        _source = source;
        _lines = new SourceLineIndex(source);
        _builder = builder;
        _limits = limits;
        _inlines = new MarkdownInlineWriter(source, _lines, builder, limits);
        _cancellationToken = cancellationToken;
    }

    public void Walk(MarkdownDocument document) => WalkChildren(document, inQuote: false);

    private void WalkChildren(ContainerBlock container, bool inQuote)
    {
        foreach (var block in container)
        {
            WalkBlock(block, inQuote);
        }
    }

    private void WalkBlock(MdBlock block, bool inQuote)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_depth > _limits.MaxNestingDepth)
        {
            throw MarkdownDocumentReader.TooDeep(_limits);
        }

        try
        {
            WalkBlockAtDepth(block, inQuote);
        }
        finally
        {
            _depth--;
        }
    }

    private void WalkBlockAtDepth(MdBlock block, bool inQuote)
    {
        switch (block)
        {
            case HeadingBlock heading:
                EmitLeaf(heading, inQuote ? BlockKind.BlockQuote : BlockKind.Heading, Math.Clamp(heading.Level, 1, 9));
                break;
            case ParagraphBlock paragraph:
                EmitLeaf(paragraph, inQuote ? BlockKind.BlockQuote : BlockKind.Paragraph);
                break;
            case QuoteBlock quote:
                WalkChildren(quote, inQuote: true);
                break;
            case ListBlock list:
                foreach (var item in list)
                {
                    if (item is ListItemBlock listItem)
                    {
                        WalkListItem(listItem, inQuote);
                    }
                    else
                    {
                        WalkBlock(item, inQuote);
                    }
                }

                break;
            case Table table:
                WalkTable(table, inQuote);
                break;
            case HtmlBlock html:
                EmitComments(html.Span.Start, html.Span.End + 1);
                break;
            case CodeBlock:
                // Fenced and indented code, and YAML front matter (a CodeBlock in Markdig): not prose.
                break;
            case ContainerBlock other:
                WalkChildren(other, inQuote);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                EmitLeaf(leaf, inQuote ? BlockKind.BlockQuote : BlockKind.Paragraph);
                break;
            default:
                // Thematic breaks, link reference definitions, blank lines.
                break;
        }
    }

    private void WalkListItem(ListItemBlock item, bool inQuote)
    {
        string? marker = MarkerOf(item);
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                EmitLeaf(paragraph, inQuote ? BlockKind.BlockQuote : BlockKind.ListItem, marker: inQuote ? null : marker);
                marker = null;
            }
            else
            {
                WalkBlock(child, inQuote);
            }
        }
    }

    private void WalkTable(Table table, bool inQuote)
    {
        foreach (var row in table)
        {
            if (row is not TableRow tableRow)
            {
                continue;
            }

            foreach (var cell in tableRow)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (cell is not TableCell tableCell)
                {
                    continue;
                }

                _builder.BeginBlock(inQuote ? BlockKind.BlockQuote : BlockKind.TableCell);
                WriteCellContent(tableCell);
                _builder.EndBlock();
                FlushInlineComments();
            }
        }
    }

    // A grid-table cell can hold several blocks: their text is joined with line breaks in the one cell block.
    private void WriteCellContent(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case CodeBlock:
                    break;
                case HtmlBlock html:
                    _inlines.PendingComments.AddRange(FindComments(html.Span.Start, html.Span.End + 1));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    if (_builder.CurrentBlockLength > 0)
                    {
                        _builder.Append("\n");
                    }

                    _inlines.Write(leaf.Inline, _cancellationToken);
                    break;
                case ContainerBlock nested:
                    WriteCellContent(nested);
                    break;
            }
        }
    }

    private void EmitLeaf(LeafBlock leaf, BlockKind kind, int headingLevel = 0, string? marker = null)
    {
        _builder.BeginBlock(kind, headingLevel, marker);
        _inlines.Write(leaf.Inline, _cancellationToken);
        _builder.EndBlock();
        FlushInlineComments();
    }

    private void FlushInlineComments()
    {
        foreach (var (start, end) in _inlines.PendingComments)
        {
            EmitSourceText(BlockKind.Comment, start, end);
        }

        _inlines.PendingComments.Clear();
    }

    private void EmitComments(int start, int end)
    {
        foreach (var (s, e) in FindComments(start, end))
        {
            EmitSourceText(BlockKind.Comment, s, e);
        }
    }

    /// <summary>The "&lt;!-- … --&gt;" comments in source[start..end); an unclosed one runs to <paramref name="end"/>.</summary>
    private List<(int Start, int End)> FindComments(int start, int end)
    {
        var found = new List<(int, int)>();
        end = Math.Min(end, _source.Length);
        int at = start;
        while (at >= 0 && at < end)
        {
            int open = _source.IndexOf("<!--", at, end - at, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            int close = _source.IndexOf("-->", open + 4, end - open - 4, StringComparison.Ordinal);
            int stop = close < 0 ? end : close + 3;
            found.Add((open, stop));
            at = stop;
        }

        return found;
    }

    /// <summary>A block holding source[start..end) verbatim ("\r\n" becomes "\n"), each line anchored where it starts.</summary>
    private void EmitSourceText(BlockKind kind, int start, int end)
    {
        _builder.BeginBlock(kind);
        _lines.AppendVerbatim(_builder, _source, start, end);

        _builder.EndBlock();
    }

    /// <summary>The list marker as written ("-", "*", "3.", "2)"), read from the source at the item's start.</summary>
    private string? MarkerOf(ListItemBlock item)
    {
        int start = item.Span.Start;
        if (start < 0 || start >= _source.Length)
        {
            return null;
        }

        int end = start;
        while (end < _source.Length && end - start < 12 && !char.IsWhiteSpace(_source[end]))
        {
            end++;
        }

        var marker = _source[start..end];
        return marker.Length > 0 && (marker[^1] is '.' or ')' or '-' or '*' or '+') ? marker : null;
    }
}
