namespace PolicyLint.Rules.Syntax;

/// <summary>
/// A document in one normalised text, whatever its format: blocks and sections hold spans into <see cref="Text"/>,
/// and <see cref="SourceMap"/> turns any offset back into the source file's own coordinates.
/// </summary>
public sealed class PolicyDocument
{
    internal PolicyDocument(string path, SourceFormat format, string text, IReadOnlyList<Block> blocks, IReadOnlyList<Section> sections, SourceMap sourceMap, IReadOnlyList<ReaderMessage> messages)
    {
        Path = path;
        Format = format;
        Text = text;
        Blocks = blocks;
        Sections = sections;
        SourceMap = sourceMap;
        Messages = messages;
    }

    /// <summary>The path the document was read from, as given.</summary>
    public string Path { get; }

    /// <summary>The source format.</summary>
    public SourceFormat Format { get; }

    /// <summary>The normalised text: blocks in reading order, separated by a blank line.</summary>
    public string Text { get; }

    /// <summary>All blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>All sections in document order (nested ones included).</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Offset to source position.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>What the reader could not read.</summary>
    public IReadOnlyList<ReaderMessage> Messages { get; }

    /// <summary>Comments the format keeps beside the text (Word comments and replies), for suppressions.</summary>
    public IReadOnlyList<SourceComment> Comments { get; internal init; } = [];

    /// <summary>True when the document has no prose at all (only whitespace or comments).</summary>
    public bool HasNoText => Blocks.All(b => b.Kind == BlockKind.Comment || string.IsNullOrWhiteSpace(GetText(b.Span)));

    /// <summary>The text of a span.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The block containing <paramref name="offset"/>, or null in a separator.</summary>
    public Block? BlockAt(int offset)
    {
        // Blocks are in reading order and their spans increase: a binary search finds the one holding the offset.
        int lo = 0, hi = Blocks.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = Blocks[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End && !(span.Length == 0 && offset == span.Start))
            {
                lo = mid + 1;
            }
            else
            {
                return Blocks[mid];
            }
        }

        return null;
    }

    /// <summary>The user-facing location of <paramref name="offset"/>: source position plus heading path.</summary>
    public SourceLocation Locate(int offset)
    {
        var block = BlockAt(offset);
        return SourceLocation.From(SourceMap.Map(offset), block?.Section?.Path);
    }
}
