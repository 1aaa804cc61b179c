using Markdig.Syntax.Inlines;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Markdown;

/// <summary>
/// Appends the visible text of a block's inlines (literals, emphasis, link and image text, code spans, autolinks,
/// entities, line breaks) to the open block, every character anchored at its own source character.
/// Markdig's spans are only a hint: a literal's span may start at a backslash, at a table cell's padding, or one
/// character off, and its content may have lost an escape. Each character is therefore aligned with the source
/// inside the node's span, so escapes, entities, table cells and continuation lines all map exactly. HTML comments met
/// inline are collected in <see cref="PendingComments"/> for the caller to emit after the block.
/// </summary>
internal sealed class MarkdownInlineWriter
{
    private readonly string _source;
    private readonly SourceLineIndex _lines;
    private readonly DocumentBuilder _builder;
    private readonly ReaderLimits _limits;

    public MarkdownInlineWriter(string source, SourceLineIndex lines, DocumentBuilder builder, ReaderLimits limits)
    {
        _source = source;
        _lines = lines;
        _builder = builder;
        _limits = limits;
    }

    /// <summary>Source ranges (start, exclusive end) of HTML comments found inline since the last <see cref="PendingComments"/> clear.</summary>
    public List<(int Start, int End)> PendingComments { get; } = [];

    /// <summary>
    /// Writes the inlines in document order without recursion (Markdig nests emphasis as deep as the delimiters go:
    /// 50,000 asterisks make 25,000 levels); nesting deeper than the limit is refused.
    /// </summary>
    public void Write(ContainerInline? container, CancellationToken cancellationToken)
    {
        if (container is null)
        {
            return;
        }

        // Each entry is the next inline to write at one level of nesting.
        var pending = new Stack<Inline?>();
        pending.Push(container.FirstChild);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (inline is null)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            pending.Push(inline.NextSibling);
            switch (inline)
            {
                case LiteralInline literal:
                    AppendAligned(literal.Content.ToString(), literal.Span.Start, literal.Span.End);
                    break;
                case HtmlEntityInline entity:
                    AppendEntity(entity);
                    break;
                case CodeInline code:
                    // Align inside the backticks: content may itself start with a backtick ("`` `x` ``").
                    AppendAligned(code.Content, code.Span.Start + code.DelimiterCount, code.Span.End - code.DelimiterCount);
                    break;
                case AutolinkInline autolink:
                    AppendAligned(autolink.Url, autolink.Span.Start + 1, autolink.Span.End - 1);
                    break;
                case LineBreakInline:
                    if (_builder.CurrentBlockLength > 0)
                    {
                        _builder.Append("\n");
                    }

                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal) && html.Span.Start >= 0)
                    {
                        PendingComments.Add((html.Span.Start, Math.Min(html.Span.End + 1, _source.Length)));
                    }

                    break;
                case ContainerInline nested:
                    // Emphasis, links (their text) and images (their alternative text).
                    if (pending.Count >= _limits.MaxNestingDepth)
                    {
                        throw MarkdownDocumentReader.TooDeep(_limits);
                    }

                    pending.Push(nested.FirstChild);
                    break;
            }
        }
    }

    /// <summary>Appends <paramref name="text"/>, aligning each character with the source inside [start, end] (end inclusive).</summary>
    public void AppendAligned(string text, int start, int end)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (start < 0)
        {
            _builder.Append(text);
            return;
        }

        // One character of slack after the span: Markdig's spans can end one early after an escape.
        int limit = Math.Min(end + 2, _source.Length);
        int cursor = start;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int k = cursor;
            while (k < limit && !Matches(_source[k], c))
            {
                k++;
            }

            if (k >= limit)
            {
                // Not in the source as such (e.g. NUL shown as U+FFFD): keep the text, continue the previous anchor.
                _builder.Append(text[i..]);
                return;
            }

            _builder.Append(c, _lines.Position(k));
            cursor = k + 1;
        }
    }

    private void AppendEntity(HtmlEntityInline entity)
    {
        var transcoded = entity.Transcoded.ToString();
        if (entity.Span.Start < 0)
        {
            _builder.Append(transcoded);
            return;
        }

        // Every character an entity stands for is anchored at its '&'.
        var at = _lines.Position(entity.Span.Start);
        foreach (char c in transcoded)
        {
            _builder.Append(c, at);
        }
    }

    // A code span turns each line ending into a space.
    private static bool Matches(char source, char visible) =>
        source == visible || (visible == ' ' && source is '\n' or '\r');
}
