using System.Globalization;
using System.Xml.Linq;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Walks WordprocessingML block and run content in document order and feeds a <see cref="DocumentBuilder"/>.
/// Every w:p it meets gets the next paragraph number (empty ones included, table paragraphs included) and each emitted
/// character is anchored at (paragraph, 1-based column in the text as emitted). Text boxes are read after the
/// paragraph that anchors them, so their paragraphs take the numbers that follow the anchor's, as in XML order.
/// The reading is Word's "accepted changes, field results" view: insertions and moved-to text are in, deletions and
/// moved-from text out, field codes out and their results in, comments never (they are a separate part).
/// </summary>
internal sealed class DocxTextWalker
{
    private readonly DocumentBuilder _builder;
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly CancellationToken _cancellationToken;

    // One entry per open complex field (fldChar begin): false while in its code, true once its result starts.
    private readonly List<bool> _fields = [];

    // The serial number of each open complex field, innermost last (what an observer is told a piece of text is in).
    private readonly List<int> _fieldSerials = [];
    private int _fieldSerial;
    private List<XElement> _pendingTextBoxes = [];
    private int _paragraph;
    private int _column;
    private bool _inParagraph;
    private int _depth;
    private bool _continueBlock;
    private List<XElement> _carriedTextBoxes = [];

    // Image descriptions (alt text) met in the paragraph being read, emitted after it.
    private List<string> _pendingImageTexts = [];

    public DocxTextWalker(DocumentBuilder builder, DocxStyles styles, DocxNumbering numbering, CancellationToken cancellationToken)
        : this(builder, styles, numbering, ReaderLimits.Default.MaxNestingDepth, cancellationToken)
    {
    }

    /// <summary>A walker that follows the XML at most <paramref name="maxDepth"/> levels of its own recursion deep.</summary>
    public DocxTextWalker(DocumentBuilder builder, DocxStyles styles, DocxNumbering numbering, int maxDepth, CancellationToken cancellationToken)
    {
        _maxDepth = Math.Clamp(maxDepth, 1, ReaderLimits.NestingCeiling);
        _builder = builder;
        _styles = styles;
        _numbering = numbering;
        _cancellationToken = cancellationToken;
    }

    // The walk's own recursion (block containers, tables, inline containers, text boxes), bounded by --max-nesting:
    // far deeper than any real document (Word's own limits are lower), far shallower than the stack allows.
    private readonly int _maxDepth;

    /// <summary>True when content nested deeper than the reader follows was met (the document is then refused).</summary>
    public bool TooDeep { get; private set; }

    /// <summary>The last paragraph number given out.</summary>
    public int ParagraphCount => _paragraph;

    /// <summary>
    /// Told of every paragraph and every piece of text as it is read, with the element it came from (the reviewed
    /// Word copy maps findings back to runs with it). Null when nobody listens, which costs the reader nothing.
    /// </summary>
    public IDocxTextObserver? Observer { get; init; }

    /// <summary>Where each comment's range starts in the normalised text, by the comment's w:id.</summary>
    public Dictionary<string, int> CommentStarts { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each comment's range ends (or, for a comment with no range, where its reference sits).</summary>
    public Dictionary<string, int> CommentEnds { get; } = new(StringComparer.Ordinal);

    private void CommentMark(XElement e)
    {
        if (WordXml.Attr(e, "id") is not { } id)
        {
            return;
        }

        int at = _builder.TextLength;
        if (e.Name.LocalName == "commentRangeStart")
        {
            CommentStarts.TryAdd(id, at);
        }
        else
        {
            // The range end comes before its reference; a reference alone (a comment on a point) marks both ends.
            CommentEnds.TryAdd(id, at);
            CommentStarts.TryAdd(id, at);
        }
    }

    private void WalkBlocksCore(XElement container, BlockKind context)
    {
        foreach (var e in container.Elements())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (WordXml.IsAlternateContent(e))
            {
                var branch = WordXml.ChooseBranch(e);
                if (branch is not null)
                {
                    WalkBlocks(branch, context);
                }

                continue;
            }

            if (!WordXml.IsWord(e))
            {
                continue;
            }

            switch (e.Name.LocalName)
            {
                case "p":
                    bool joinNext = IsDropCap(e) && e.ElementsAfterSelf().FirstOrDefault() is { } next && WordXml.Is(next, "p");
                    Paragraph(e, context, joinNext);
                    break;
                case "tbl":
                    Table(e, context);
                    break;
                case "sdt":
                    var content = WordXml.Child(e, "sdtContent");
                    if (content is not null)
                    {
                        WalkBlocks(content, context);
                    }

                    break;
                case "customXml":
                case "ins":
                case "moveTo":
                case "smartTag":
                    WalkBlocks(e, context);
                    break;
                case "commentRangeStart":
                case "commentRangeEnd":
                    CommentMark(e);
                    break;
                default:
                    // del/moveFrom at block level, sectPr, bookmarks, other range markers: no accepted text.
                    break;
            }
        }
    }

    /// <summary>Clears field state left open by a damaged part so it cannot swallow the next part's text.</summary>
    public void ResetFields()
    {
        _fields.Clear();
        _fieldSerials.Clear();
    }

    private void Table(XElement table, BlockKind context)
    {
        var cellContext = context == BlockKind.Note || context == BlockKind.HeaderFooter ? context : BlockKind.TableCell;
        foreach (var row in Flatten(table, "tr"))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in Flatten(row, "tc"))
            {
                WalkBlocks(cell, cellContext);
            }
        }
    }

    // Rows and cells may be wrapped in content controls or custom XML; deleted rows still hold numbered paragraphs.
    private static IEnumerable<XElement> Flatten(XElement parent, string localName)
    {
        foreach (var e in parent.Elements())
        {
            if (WordXml.Is(e, localName))
            {
                yield return e;
            }
            else if (WordXml.Is(e, "sdt"))
            {
                var content = WordXml.Child(e, "sdtContent");
                if (content is not null)
                {
                    foreach (var inner in Flatten(content, localName))
                    {
                        yield return inner;
                    }
                }
            }
            else if (WordXml.Is(e, "customXml"))
            {
                foreach (var inner in Flatten(e, localName))
                {
                    yield return inner;
                }
            }
        }
    }

    // A drop cap is a one-letter framed paragraph ("D") before the paragraph it starts ("rop cap."): the two are
    // read as one block so the word stays whole; each part keeps its own paragraph number.
    private static bool IsDropCap(XElement p) =>
        WordXml.Attr(WordXml.Child(WordXml.Child(p, "pPr"), "framePr"), "dropCap") is "drop" or "margin";

    private void Paragraph(XElement p, BlockKind context, bool joinNext)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _paragraph++;
        Observer?.ParagraphStarted(_paragraph, p);
        var pPr = WordXml.Child(p, "pPr");
        var marker = _numbering.NextMarker(pPr);
        var outerPending = _pendingTextBoxes;
        if (_continueBlock)
        {
            _continueBlock = false;
            _pendingTextBoxes = _carriedTextBoxes;
            _carriedTextBoxes = [];
        }
        else
        {
            var kind = context;
            int level = 0;
            if (context == BlockKind.Paragraph)
            {
                level = _styles.HeadingLevel(pPr);
                kind = level > 0 ? BlockKind.Heading : marker is not null ? BlockKind.ListItem : BlockKind.Paragraph;
            }

            _pendingTextBoxes = [];
            var role = kind is BlockKind.Paragraph or BlockKind.Heading or BlockKind.ListItem or BlockKind.TableCell ? _styles.StatedRole(pPr) : null;
            _builder.BeginBlock(kind, level, marker, role);
            if (kind == BlockKind.Heading && marker is not null)
            {
                // A numbered heading shows its number: it is part of the title ("3.2 Certification") and of the
                // heading path. It has no characters of its own in the paragraph, so it is anchored at column 1.
                _builder.Append(marker + " ", SourcePosition.AtParagraph(_paragraph, 1));
            }
        }

        _inParagraph = true;
        _column = 1;
        WalkInline(p);
        _inParagraph = false;
        if (joinNext)
        {
            _continueBlock = true;
            _carriedTextBoxes = _pendingTextBoxes;
            _pendingTextBoxes = outerPending;
            return;
        }

        _builder.EndBlock();

        // A field code cannot outlive its paragraph in practice; dropping unfinished codes keeps a damaged field from
        // hiding the rest of the document. Results (a table of contents) may span paragraphs and stay open.
        for (int i = _fields.Count - 1; i >= 0; i--)
        {
            if (!_fields[i])
            {
                _fields.RemoveAt(i);
                _fieldSerials.RemoveAt(i);
            }
        }

        if (_pendingImageTexts.Count > 0)
        {
            // An image's description (its alt text, what a screen reader says for it) is the author's text too: a
            // block of its own after the paragraph holding the image, anchored at that paragraph.
            var images = _pendingImageTexts;
            _pendingImageTexts = [];
            foreach (var text in images)
            {
                _builder.BeginBlock(BlockKind.Paragraph);
                _builder.Append(text, SourcePosition.AtParagraph(_paragraph, 1));
                _builder.EndBlock();
            }
        }

        var boxes = _pendingTextBoxes;
        _pendingTextBoxes = outerPending;
        foreach (var box in boxes)
        {
            WalkBlocks(box, context == BlockKind.Paragraph ? BlockKind.Paragraph : context);
        }
    }

    private void WalkInlineCore(XElement parent)
    {
        foreach (var e in parent.Elements())
        {
            if (WordXml.IsAlternateContent(e))
            {
                var branch = WordXml.ChooseBranch(e);
                if (branch is not null)
                {
                    WalkInline(branch);
                }

                continue;
            }

            if (WordXml.IsMath(e))
            {
                MathText(e);
                continue;
            }

            if (!WordXml.IsWord(e))
            {
                CollectTextBoxes(e);
                continue;
            }

            switch (e.Name.LocalName)
            {
                case "r":
                    Run(e);
                    break;
                case "pPr":
                case "rPr":
                case "commentRangeStart":
                case "commentRangeEnd":
                    CommentMark(e);
                    break;
                case "del":
                case "moveFrom":
                case "commentReference":
                case "bookmarkStart":
                case "bookmarkEnd":
                    break;
                case "sdt":
                    var content = WordXml.Child(e, "sdtContent");
                    if (content is not null)
                    {
                        WalkInline(content);
                    }

                    break;
                default:
                    // hyperlink, smartTag, customXml, ins, moveTo, fldSimple (its children are the result), dir, bdo,
                    // and elements this reader does not know: their runs are text.
                    WalkInline(e);
                    break;
            }
        }
    }

    private void RunCore(XElement r)
    {
        foreach (var e in r.Elements())
        {
            if (WordXml.IsAlternateContent(e))
            {
                var branch = WordXml.ChooseBranch(e);
                if (branch is not null)
                {
                    Run(branch);
                }

                continue;
            }

            if (!WordXml.IsWord(e))
            {
                CollectTextBoxes(e);
                continue;
            }

            switch (e.Name.LocalName)
            {
                case "t":
                    Emit(e.Value, e);
                    break;
                case "commentReference":
                    CommentMark(e);
                    break;
                case "tab":
                case "ptab":
                    Emit(" ", e);
                    break;
                case "br":
                case "cr":
                    Emit("\n", e);
                    break;
                case "noBreakHyphen":
                    Emit("-", e);
                    break;
                case "sym":
                    Symbol(e);
                    break;
                case "fldChar":
                    FieldChar(WordXml.Attr(e, "fldCharType"));
                    break;
                case "drawing":
                case "pict":
                case "object":
                    CollectTextBoxes(e);
                    break;
                case "ruby":
                    var rubyBase = WordXml.Child(e, "rubyBase");
                    if (rubyBase is not null)
                    {
                        WalkInline(rubyBase);
                    }

                    break;
                default:
                    // softHyphen (invisible unless the line breaks there), instrText, delText, note references,
                    // rendered page breaks: nothing a reader of the text sees as words.
                    break;
            }
        }
    }

    private void FieldChar(string? type)
    {
        switch (type)
        {
            case "begin":
                _fields.Add(false);
                _fieldSerials.Add(++_fieldSerial);
                break;
            case "separate":
                if (_fields.Count > 0)
                {
                    _fields[^1] = true;
                }

                break;
            case "end":
                if (_fields.Count > 0)
                {
                    _fields.RemoveAt(_fields.Count - 1);
                    _fieldSerials.RemoveAt(_fieldSerials.Count - 1);
                }

                break;
            default:
                break;
        }
    }

    private void Symbol(XElement sym)
    {
        // Symbol-font characters are private-use code points (F0xx) with no meaning as text; real ones are kept.
        var code = WordXml.Attr(sym, "char");
        if (code is not null && int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int value)
            && value is > 0x1F and < 0xE000)
        {
            Emit(char.ConvertFromUtf32(value), sym);
        }
    }

    private void MathText(XElement math)
    {
        foreach (var d in math.DescendantsAndSelf())
        {
            if (d.Name.LocalName == "t" && WordXml.IsMath(d))
            {
                Emit(d.Value, d);
            }
        }
    }

    // Text boxes (w:txbxContent in DrawingML or VML, under one branch of mc:AlternateContent) are read after their
    // anchoring paragraph. The search stops at each txbxContent: boxes nested in it are found when it is walked.
    private void CollectTextBoxesCore(XElement e)
    {
        if (WordXml.IsAlternateContent(e))
        {
            var branch = WordXml.ChooseBranch(e);
            if (branch is not null)
            {
                CollectTextBoxes(branch);
            }

            return;
        }

        if (WordXml.Is(e, "txbxContent"))
        {
            if (_fields.All(inResult => inResult))
            {
                _pendingTextBoxes.Add(e);
            }

            return;
        }

        if (e.Name.LocalName == "docPr" && ((string?)e.Attribute("descr"))?.Trim() is { Length: > 0 } description)
        {
            _pendingImageTexts.Add(description);
        }

        foreach (var c in e.Elements())
        {
            CollectTextBoxes(c);
        }
    }

    /// <summary>Reads block-level content (body, cell, note, header, text box) whose blocks are of <paramref name="context"/>.</summary>
    public void WalkBlocks(XElement container, BlockKind context)
    {
        if (Enter())
        {
            try
            {
                WalkBlocksCore(container, context);
            }
            finally
            {
                _depth--;
            }
        }
    }

    private void WalkInline(XElement parent)
    {
        if (Enter())
        {
            try
            {
                WalkInlineCore(parent);
            }
            finally
            {
                _depth--;
            }
        }
    }

    private void Run(XElement r)
    {
        if (Enter())
        {
            try
            {
                RunCore(r);
            }
            finally
            {
                _depth--;
            }
        }
    }

    private void CollectTextBoxes(XElement e)
    {
        if (Enter())
        {
            try
            {
                CollectTextBoxesCore(e);
            }
            finally
            {
                _depth--;
            }
        }
    }

    // The walk recurses with the XML's nesting. A hostile file nested thousands deep must fail cleanly rather than
    // overflow the stack (which ends the process); the walk stops descending and the reader reports it afterwards
    // (returning is cheap, an exception unwinding thousands of frames is not).
    private bool Enter()
    {
        if (_depth >= _maxDepth)
        {
            TooDeep = true;
            return false;
        }

        _depth++;
        return true;
    }

    private void Emit(string text, XElement source)
    {
        if (!_inParagraph || text.Length == 0)
        {
            return;
        }

        foreach (var inResult in _fields)
        {
            if (!inResult)
            {
                return;
            }
        }

        _builder.Append(text, SourcePosition.AtParagraph(_paragraph, _column));
        Observer?.TextEmitted(_paragraph, _column, text, source, _fieldSerials.Count > 0 ? _fieldSerials[^1] : 0);
        _column += text.Length;
    }
}
