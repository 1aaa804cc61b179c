using System.Text;

namespace PolicyLint.Rules.Syntax;

/// <summary>
/// How readers build a <see cref="PolicyDocument"/>: open a block, append its text in pieces, each piece anchored at
/// the source position of its first character, close the block. Blocks are separated by a blank line in the
/// normalised text. Line breaks inside a block are kept as '\n' (they end no sentence on their own).
/// </summary>
public sealed class DocumentBuilder
{
    private readonly string _path;
    private readonly SourceFormat _format;
    private readonly StringBuilder _text = new();
    private readonly List<int> _anchorOffsets = [];
    private readonly List<SourcePosition> _anchorPositions = [];
    private readonly List<Block> _blocks = [];
    private readonly List<ReaderMessage> _messages = [];
    private readonly List<SourceComment> _comments = [];
    private BlockKind _kind;
    private int _level;
    private string? _marker;
    private BlockRole? _role;
    private int _blockStart = -1;
    private readonly int _maxBlocks = int.MaxValue;
    private readonly int _maxBlockChars = int.MaxValue;

    /// <summary>Starts a document.</summary>
    public DocumentBuilder(string path, SourceFormat format)
    {
        _path = path;
        _format = format;
    }

    /// <summary>
    /// Starts a document held to limits: a block that grows past <paramref name="maxBlockChars"/> characters, or a
    /// block beyond the <paramref name="maxBlocks"/>th, throws <see cref="DocumentLimitException"/> at once, so a
    /// reader never builds more than the limits allow.
    /// </summary>
    public DocumentBuilder(string path, SourceFormat format, int maxBlocks, int maxBlockChars)
        : this(path, format)
    {
        _maxBlocks = maxBlocks;
        _maxBlockChars = maxBlockChars;
    }

    /// <summary>True between <see cref="BeginBlock"/> and <see cref="EndBlock"/>.</summary>
    public bool InBlock => _blockStart >= 0;

    /// <summary>Length of the current block's text so far.</summary>
    public int CurrentBlockLength => InBlock ? _text.Length - _blockStart : 0;

    /// <summary>
    /// Opens a block. <paramref name="headingLevel"/> is 1–9 for headings; <paramref name="role"/> is what the format
    /// states the block is for (a Word "Title" or "TOC 2" style, a line repeated on every PDF page), when it does.
    /// </summary>
    public void BeginBlock(BlockKind kind, int headingLevel = 0, string? marker = null, BlockRole? role = null)
    {
        if (InBlock)
        {
            throw new InvalidOperationException("A block is already open.");
        }

        if (kind == BlockKind.Heading && headingLevel is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(headingLevel), "A heading needs a level from 1 to 9.");
        }

        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _kind = kind;
        _level = kind == BlockKind.Heading ? headingLevel : 0;
        _marker = marker;
        _role = role;
        _blockStart = _text.Length;
    }

    /// <summary>Appends text whose first character is at <paramref name="position"/>; the rest follow on the same line.</summary>
    public void Append(string text, SourcePosition position)
    {
        EnsureInBlock();
        if (text.Length == 0)
        {
            return;
        }

        AddAnchor(_text.Length, position);
        _text.Append(text);
        CheckBlockLength();
    }

    /// <summary>Appends text that continues the previous anchor (no new source position), e.g. a joining space.</summary>
    public void Append(string text)
    {
        EnsureInBlock();
        _text.Append(text);
        CheckBlockLength();
    }

    /// <summary>Appends one character at an explicit position.</summary>
    public void Append(char c, SourcePosition position)
    {
        EnsureInBlock();
        AddAnchor(_text.Length, position);
        _text.Append(c);
        CheckBlockLength();
    }

    /// <summary>Closes the block. Leading and trailing whitespace is trimmed from it; an empty block is dropped.</summary>
    public void EndBlock()
    {
        EnsureInBlock();
        int start = _blockStart;
        int end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _blockStart = -1;
        if (end == start)
        {
            RollBackTo(_blocks.Count == 0 ? 0 : _blocks[^1].Span.End);
            return;
        }

        if (_blocks.Count >= _maxBlocks)
        {
            throw new DocumentLimitException(DocumentLimit.Blocks, _maxBlocks);
        }

        var marker = _marker;
        if (marker is null && _kind is BlockKind.Paragraph or BlockKind.ListItem && NumberLabelLength(start, end) is > 0 and var length)
        {
            // A typed paragraph number ("2.4 The Provider shall…") is the paragraph's label, as Word's numbering is:
            // the block's marker, not a word of its first sentence. Its characters stay in the text, before the span.
            marker = _text.ToString(start, length).TrimEnd();
            start += length;
        }

        _blocks.Add(new Block(_blocks.Count, _kind, TextSpan.FromBounds(start, end), _level, marker, _role));
    }

    /// <summary>
    /// The length of a multi-level paragraph number and the spaces after it at <paramref name="start"/> ("2.4 ",
    /// "7.2.1. "), when what follows starts a sentence (a capital letter or an opening quote); otherwise 0. Single
    /// numbers are left alone: "1 December 2026" is a date, "3 Training" a heading.
    /// </summary>
    private int NumberLabelLength(int start, int end)
    {
        int i = start, levels = 0;
        while (true)
        {
            int digits = 0;
            while (i < end && digits <= 3 && char.IsAsciiDigit(_text[i]))
            {
                i++;
                digits++;
            }

            if (digits is 0 or > 3)
            {
                return 0;
            }

            levels++;
            if (i + 1 < end && _text[i] == '.' && char.IsAsciiDigit(_text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        if (levels < 2 || levels > 6)
        {
            return 0;
        }

        if (i < end && _text[i] == '.')
        {
            i++;
        }

        int spaces = i;
        while (i < end && _text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        if (i == spaces || i >= end)
        {
            return 0;
        }

        char next = _text[i];
        return char.IsUpper(next) || next is '"' or '\u201C' or '\u2018' or '\'' ? i - start : 0;
    }

    /// <summary>Where the next character appended will land in the normalised text.</summary>
    public int TextLength => _text.Length;

    /// <summary>Records a comment the format keeps beside the text (a Word comment), anchored to a range of it.</summary>
    public void AddComment(SourceComment comment) => _comments.Add(comment);

    /// <summary>Records something the reader could not read.</summary>
    public void AddMessage(string ruleId, string message) => _messages.Add(new ReaderMessage(ruleId, message));

    /// <summary>Finishes the document: sections are built from the headings.</summary>
    public PolicyDocument Build()
    {
        if (InBlock)
        {
            EndBlock();
        }

        var text = _text.ToString();
        var map = new SourceMap([.. _anchorOffsets], [.. _anchorPositions]);
        var classifier = new BlockRoleClassifier(text, _blocks, map);
        classifier.ClassifyLayout();
        var sections = new List<Section>();
        var open = new Stack<Section>();
        foreach (var block in _blocks)
        {
            // A contents entry or a running header set as a heading opens no section: it is not where text lives.
            if (block.Kind == BlockKind.Heading && block.Role is not (BlockRole.Contents or BlockRole.PageFurniture))
            {
                while (open.Count > 0 && open.Peek().Level >= block.HeadingLevel)
                {
                    open.Pop();
                }

                var title = string.Join(' ', text.Substring(block.Span.Start, block.Span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                var section = new Section(block, title, open.Count > 0 ? open.Peek() : null);
                sections.Add(section);
                open.Push(section);
            }

            block.Section = open.Count > 0 ? open.Peek() : null;
            for (var s = block.Section; s is not null; s = s.Parent)
            {
                s.Span = TextSpan.FromBounds(s.Heading.Span.Start, block.Span.End);
            }
        }

        classifier.ClassifySections();
        return new PolicyDocument(_path, _format, text, _blocks, sections, map, _messages) { Comments = [.. _comments] };
    }

    private void AddAnchor(int offset, SourcePosition position)
    {
        if (_anchorOffsets.Count > 0 && _anchorOffsets[^1] == offset)
        {
            _anchorPositions[^1] = position;
            return;
        }

        if (_anchorOffsets.Count > 0)
        {
            // Skip anchors that merely continue the previous one: keeps the map small for plain runs.
            int last = _anchorOffsets.Count - 1;
            if (_anchorPositions[last].Advance(offset - _anchorOffsets[last]) == position)
            {
                return;
            }
        }

        _anchorOffsets.Add(offset);
        _anchorPositions.Add(position);
    }

    private void RollBackTo(int length)
    {
        _text.Length = length;
        while (_anchorOffsets.Count > 0 && _anchorOffsets[^1] >= length && length > 0)
        {
            _anchorOffsets.RemoveAt(_anchorOffsets.Count - 1);
            _anchorPositions.RemoveAt(_anchorPositions.Count - 1);
        }

        if (length == 0)
        {
            _anchorOffsets.Clear();
            _anchorPositions.Clear();
        }
    }

    private void CheckBlockLength()
    {
        if (_text.Length - _blockStart > _maxBlockChars)
        {
            throw new DocumentLimitException(DocumentLimit.BlockChars, _maxBlockChars);
        }
    }

    private void EnsureInBlock()
    {
        if (!InBlock)
        {
            throw new InvalidOperationException("Call BeginBlock first.");
        }
    }
}
