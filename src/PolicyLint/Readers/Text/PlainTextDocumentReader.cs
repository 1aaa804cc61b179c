using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Text;

/// <summary>
/// Reads .txt files. Paragraphs are runs of non-blank lines; the lines of a paragraph are joined with '\n' and each
/// is anchored at its own line and column, so positions stay exact. Numbered and ALL-CAPS lines become headings, lines
/// starting with a bullet or a number become list items (the marker is kept apart from the text). ANSI escape
/// sequences and other control characters are dropped from the text but still count in the columns, which are those
/// of the file. One pass over the text: a 400 KB single-line file takes linear time.
/// </summary>
internal sealed class PlainTextDocumentReader : IDocumentReader
{
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n");

    public SourceFormat Format => SourceFormat.Text;

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken) =>
        Read(path, content, ReaderLimits.Default, cancellationToken);

    public PolicyDocument Read(string path, Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = TextDecoder.ReadAll(content, cancellationToken);
        var text = TextDecoder.Decode(bytes, out _);
        var builder = limits.Builder(path, SourceFormat.Text);
        var paragraph = new List<VisibleLine>();
        int lineNumber = 0;
        int pos = 0;
        while (pos <= text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = text.AsSpan(pos).IndexOfAny(LineBreaks);
            int next;
            if (end < 0)
            {
                end = text.Length;
                next = text.Length + 1;
            }
            else
            {
                end += pos;
                next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
            }

            lineNumber++;
            var line = VisibleLine.Create(text, pos, end, lineNumber);
            if (line.IsBlank)
            {
                EmitParagraph(paragraph, builder);
                paragraph.Clear();
            }
            else
            {
                paragraph.Add(line);
            }

            pos = next;
        }

        EmitParagraph(paragraph, builder);
        return builder.Build();
    }

    private static void EmitParagraph(List<VisibleLine> lines, DocumentBuilder builder)
    {
        var trimmed = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            // Only short lines can be headings; a long line's trimmed copy is never needed.
            var text = lines[i].Text;
            trimmed[i] = text.Length <= PlainTextLineClassifier.MaxHeadingLength * 4 ? text.Trim() : string.Empty;
        }

        bool previousWasHeading = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int indent = line.Indent;
            int end = line.Text.AsSpan().TrimEnd().Length;
            bool afterBreak = i == 0 || previousWasHeading || PlainTextLineClassifier.EndsLikeSentence(trimmed[i - 1]) || trimmed[i - 1].EndsWith('!') || trimmed[i - 1].EndsWith('?');

            // A suppression marker on a line of its own is a comment, as in Markdown: kept for the engine, never prose.
            if (IsSuppressionMarker(trimmed[i]))
            {
                EndIfOpen(builder);
                builder.BeginBlock(BlockKind.Comment);
                AppendRange(builder, line, indent, end);
                builder.EndBlock();
                previousWasHeading = true;
                continue;
            }

            // Text saved from web pages and Markdown-minded writers mark headings with '#'; the marks are not text.
            if (PlainTextLineClassifier.TryHashHeading(line.Text, indent, out int hashLevel, out int titleStart) && titleStart < end)
            {
                EndIfOpen(builder);
                builder.BeginBlock(BlockKind.Heading, hashLevel);
                AppendRange(builder, line, titleStart, end);
                builder.EndBlock();
                previousWasHeading = true;
                continue;
            }

            if (afterBreak && TryHeading(lines, trimmed, i, out int level))
            {
                EndIfOpen(builder);
                builder.BeginBlock(BlockKind.Heading, level);
                AppendRange(builder, line, indent, end);
                builder.EndBlock();
                previousWasHeading = true;
                continue;
            }

            previousWasHeading = false;
            if (PlainTextLineClassifier.TryListItem(line.Text, indent, out var marker, out int contentStart))
            {
                EndIfOpen(builder);
                builder.BeginBlock(BlockKind.ListItem, marker: marker);
                AppendRange(builder, line, contentStart, end);
                continue;
            }

            if (builder.InBlock)
            {
                builder.Append("\n");
            }
            else
            {
                builder.BeginBlock(BlockKind.Paragraph);
            }

            AppendRange(builder, line, indent, end);
        }

        EndIfOpen(builder);
    }

    private static bool TryHeading(List<VisibleLine> lines, string[] trimmed, int i, out int level)
    {
        if (i + 1 < lines.Count && PlainTextLineClassifier.ContinuesSentence(trimmed[i + 1]))
        {
            level = 0;
            return false;
        }

        if (PlainTextLineClassifier.TryNumberedHeading(trimmed[i], out level, out bool singleNumber))
        {
            // "7. Post-incident support" is a heading on its own, but an item when it sits in a numbered list.
            return !singleNumber || (!IsListLine(lines, i - 1) && !IsListLine(lines, i + 1));
        }

        level = 1;
        return PlainTextLineClassifier.IsAllCapsHeading(trimmed[i])
            && (i + 1 == lines.Count || !PlainTextLineClassifier.IsMostlyCaps(lines[i + 1].Text));
    }

    /// <summary>True for "policylint-disable …", "policylint-enable …" and "policylint-disable-next-line …".</summary>
    internal static bool IsSuppressionMarker(string trimmed) =>
        trimmed.StartsWith("policylint-disable", StringComparison.OrdinalIgnoreCase) ||
        trimmed.StartsWith("policylint-enable", StringComparison.OrdinalIgnoreCase);

    private static bool IsListLine(List<VisibleLine> lines, int i) =>
        i >= 0 && i < lines.Count && PlainTextLineClassifier.TryListItem(lines[i].Text, lines[i].Indent, out _, out _);

    private static void AppendRange(DocumentBuilder builder, VisibleLine line, int from, int to)
    {
        if (to > from)
        {
            line.ForEachRun(from, to, (text, column) => builder.Append(text, SourcePosition.AtLine(line.LineNumber, column)));
        }
    }

    private static void EndIfOpen(DocumentBuilder builder)
    {
        if (builder.InBlock)
        {
            builder.EndBlock();
        }
    }
}
