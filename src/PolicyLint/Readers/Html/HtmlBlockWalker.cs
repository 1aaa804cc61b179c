using AngleSharp.Dom;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Walks the kept parts of a parsed page (see <see cref="HtmlContent"/>) without recursion and emits blocks as the
/// Markdown reader does: h1–h6 (and role="heading" with aria-level) are headings with their level; the text of
/// paragraphs, divisions and other block elements is paragraphs, a new block starting wherever a block element starts
/// or ends; each &lt;li&gt; is a list item whose first block carries its marker ("•" in an unordered list, "3." or
/// "c." or "iv." as an ordered list counts, honouring start, reversed, type and value), later blocks of the item are
/// list items without a marker and a nested list's items are blocks of their own; each table cell (&lt;td&gt;,
/// &lt;th&gt;) is one block, the blocks inside it joined by line breaks (a table nested in a cell gives its cells
/// their own blocks); everything in a &lt;blockquote&gt; is a block quote; &lt;pre&gt; keeps its spaces and line
/// breaks; comments become comment blocks holding their source text. Links are their text, &lt;br&gt; is a line
/// break inside the block, &lt;q&gt; is shown in curly quotation marks, and other white space collapses to one space
/// as a browser shows it; images and other embedded media are not text. Every character is anchored at its own
/// character in the source (an entity at its '&amp;').
/// </summary>
internal sealed class HtmlBlockWalker
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre",
        "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    };

    // How far a text node's neighbours are looked for: enough for any page, bounded for hostile ones.
    private const int NeighbourSteps = 256;

    private readonly HtmlSourceText _text;
    private readonly SourceLineIndex _lines;
    private readonly string _source;
    private readonly DocumentBuilder _builder;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(int Start, int End)> _pendingComments = [];
    private HtmlLinkDensity? _density;
    private bool _pendingSpace;
    private char _last;

    public HtmlBlockWalker(string source, HtmlSourceText text, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        _source = source;
        _text = text;
        _lines = new SourceLineIndex(source);
        _builder = builder;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Emits the blocks of <paramref name="roots"/>; <paramref name="bodyMode"/> turns on the link-density heuristic.</summary>
    public void Walk(IReadOnlyList<IElement> roots, bool bodyMode)
    {
        _density = bodyMode && roots.Count > 0 ? HtmlLinkDensity.Measure(roots[0], _cancellationToken) : null;
        foreach (var root in roots)
        {
            // A main or article root is itself the part's section: its header and footer are its own.
            var context = new Context { Scoped = !bodyMode };
            var stack = new Stack<Work>();
            PushChildren(stack, root, context, LowerBoundOf(root), UpperBoundOf(root));
            int steps = 0;
            while (stack.Count > 0)
            {
                if ((++steps & 1023) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var work = stack.Pop();
                if (work.Leaving)
                {
                    Leave((IElement)work.Node, work.Context);
                    continue;
                }

                switch (work.Node)
                {
                    case IText text:
                        WriteText(text, work);
                        break;
                    case IComment comment:
                        Comment(comment, work.Lower);
                        break;
                    case IElement element:
                        Enter(stack, element, work);
                        break;
                }
            }

            EndBlock();
        }
    }

    /// <summary>
    /// Pushes the children of <paramref name="parent"/> (last first, so the first is walked first), each with the
    /// source bounds its text lies between: after the start tag of its preceding sibling element, or of the parent
    /// (<paramref name="lower"/>); before the start tag of its following sibling element, or of whatever follows the
    /// parent (<paramref name="upper"/>). Children are reached by index: AngleSharp's sibling links search the parent.
    /// </summary>
    private static void PushChildren(Stack<Work> stack, INode parent, Context context, int lower, int upper)
    {
        var children = parent.ChildNodes;
        int count = children.Length;
        if (count == 0)
        {
            return;
        }

        var lowers = new int[count];
        for (int i = 0; i < count; i++)
        {
            lowers[i] = lower;
            if (children[i] is IElement element && FirstPositioned(element) is >= 0 and var start)
            {
                lower = Math.Max(lower, start);
            }
        }

        for (int i = count - 1; i >= 0; i--)
        {
            var child = children[i];
            stack.Push(new Work(child, context, Leaving: false, lowers[i], upper));
            if (child is IElement element && FirstPositioned(element) is >= 0 and var start)
            {
                upper = start;
            }
        }
    }

    private void Enter(Stack<Work> stack, IElement element, Work work)
    {
        var outer = work.Context;
        var tag = element.LocalName;
        bool block = BlockTags.Contains(tag) || HeadingLevel(element) > 0;
        if (HtmlContent.IsSkipped(element, outer.Scoped) ||
            (_density is not null && HtmlContent.IsDensityCandidate(element) && _density.IsNavigation(element)))
        {
            if (block)
            {
                Boundary(outer, element);
            }

            return;
        }

        switch (tag)
        {
            case "br":
                LineBreak();
                return;
            case "hr":
                Boundary(outer, element);
                return;
            case "img":
            case "wbr":
                return;
        }

        var inner = outer.Enter(element, HeadingLevel(element));
        if (block)
        {
            Boundary(outer, element);
        }

        if (tag == "q")
        {
            // The opening mark is anchored at the '<' of the q tag, the closing one follows the quoted text.
            EnsureBlock(outer);
            WritePendingSpace();
            Append('\u201C', Math.Max(SourceIndex(element), work.Lower));
        }

        if (block || tag == "q")
        {
            stack.Push(new Work(element, outer, Leaving: true, work.Lower, work.Upper));
        }

        PushChildren(stack, element, inner, SourceIndex(element) is >= 0 and var start ? start : work.Lower, work.Upper);
    }

    private void Leave(IElement element, Context outer)
    {
        if (element.LocalName == "q")
        {
            if (_builder.InBlock)
            {
                _builder.Append("\u201D");
                _last = '\u201D';
            }

            return;
        }

        Boundary(outer, element);
    }

    /// <summary>Where a block element starts or ends: a new block, or inside a cell, heading or pre a line break or space.</summary>
    private void Boundary(Context outer, IElement element)
    {
        if (element.LocalName == "table" || outer.Join == Join.None)
        {
            EndBlock();
        }
        else if (outer.Join == Join.Line)
        {
            if (_builder.InBlock && _builder.CurrentBlockLength > 0 && _last != '\n')
            {
                _builder.Append("\n");
                _last = '\n';
            }

            _pendingSpace = false;
        }
        else
        {
            _pendingSpace = true;
        }
    }

    private void LineBreak()
    {
        if (_builder.InBlock && _builder.CurrentBlockLength > 0)
        {
            _builder.Append("\n");
            _last = '\n';
        }

        _pendingSpace = false;
    }

    private void WriteText(IText node, Work work)
    {
        var context = work.Context;
        var data = node.Data;
        if (!HasVisible(data))
        {
            // White space between elements, or in a pre kept as it is (its position does not matter).
            if (context.Preserve && data.Length > 0)
            {
                EnsureBlock(context);
                _builder.Append(data);
                _last = data[^1];
            }
            else
            {
                _pendingSpace = true;
            }

            return;
        }

        int at = _text.Find(data, work.Lower, work.Upper);
        for (int i = 0; i < data.Length; i++)
        {
            char c = data[i];
            if (IsHtmlSpace(c))
            {
                if (context.Preserve)
                {
                    EnsureBlock(context);
                    _builder.Append(c == '\r' ? "\n" : c.ToString());
                    _last = c;
                }
                else
                {
                    _pendingSpace = true;
                }

                continue;
            }

            EnsureBlock(context);
            WritePendingSpace();
            if (at >= 0)
            {
                Append(c, _text.SourceIndex(at + i));
            }
            else
            {
                _builder.Append(c.ToString());
                _last = c;
            }
        }
    }

    private void Append(char c, int sourceIndex)
    {
        _builder.Append(c, _lines.Position(sourceIndex));
        _last = c;
    }

    private void WritePendingSpace()
    {
        if (_pendingSpace && _builder.CurrentBlockLength > 0 && _last != '\n')
        {
            _builder.Append(" ");
            _last = ' ';
        }

        _pendingSpace = false;
    }

    private void EnsureBlock(Context context)
    {
        if (_builder.InBlock)
        {
            return;
        }

        var marker = context.Item?.Take();
        _builder.BeginBlock(context.Kind, context.Kind == BlockKind.Heading ? context.Level : 0, marker);
        _pendingSpace = false;
        _last = '\0';
    }

    private void EndBlock()
    {
        if (_builder.InBlock)
        {
            _builder.EndBlock();
        }

        _pendingSpace = false;
        foreach (var (start, end) in _pendingComments)
        {
            EmitComment(start, end);
        }

        _pendingComments.Clear();
    }

    private void Comment(IComment comment, int lower)
    {
        if (_text.FindComment(comment.Data, lower) is not { } range)
        {
            return;
        }

        if (_builder.InBlock)
        {
            // As in Markdown: a comment inside a block follows the block.
            _pendingComments.Add(range);
        }
        else
        {
            EmitComment(range.Start, range.End);
        }
    }

    /// <summary>A comment block holding source[start..end) verbatim ("\r\n" becomes "\n"), each line anchored where it starts.</summary>
    private void EmitComment(int start, int end)
    {
        _builder.BeginBlock(BlockKind.Comment);
        _lines.AppendVerbatim(_builder, _source, start, end);

        _builder.EndBlock();
    }

    /// <summary>The source index of the nearest start tag at or above <paramref name="root"/> (text in it comes after it).</summary>
    private static int LowerBoundOf(IElement root)
    {
        for (IElement? e = root; e is not null; e = e.ParentElement)
        {
            if (SourceIndex(e) is >= 0 and var index)
            {
                return index;
            }
        }

        return 0;
    }

    /// <summary>The source index of the first start tag after <paramref name="root"/>'s content in tree order, or -1.</summary>
    private static int UpperBoundOf(IElement root)
    {
        for (INode? current = root; current?.Parent is { } parent; current = parent)
        {
            var siblings = parent.ChildNodes;
            int at = 0;
            while (at < siblings.Length && !ReferenceEquals(siblings[at], current))
            {
                at++;
            }

            for (int i = at + 1; i < siblings.Length && i - at <= NeighbourSteps; i++)
            {
                if (siblings[i] is IElement element && FirstPositioned(element) is >= 0 and var index)
                {
                    return index;
                }
            }
        }

        return -1;
    }

    /// <summary>The source index of an element's start tag, or for one the parser implied (a tbody) its first descendant's.</summary>
    private static int FirstPositioned(IElement element)
    {
        int steps = 0;
        for (IElement? e = element; e is not null && steps < NeighbourSteps; e = e.FirstElementChild, steps++)
        {
            if (SourceIndex(e) is >= 0 and var index)
            {
                return index;
            }
        }

        return -1;
    }

    private static int SourceIndex(IElement element) => element.SourceReference?.Position.Index ?? -1;

    private static int HeadingLevel(IElement element)
    {
        var tag = element.LocalName;
        if (tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6')
        {
            return tag[1] - '0';
        }

        if (string.Equals(element.GetAttribute("role"), "heading", StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(element.GetAttribute("aria-level"), out int level) ? Math.Clamp(level, 1, 9) : 2;
        }

        return 0;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool HasVisible(string text)
    {
        foreach (char c in text)
        {
            if (!IsHtmlSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A node to walk (or an element to leave), with the source bounds its text lies between (see <see cref="PushChildren"/>).</summary>
    private readonly record struct Work(INode Node, Context Context, bool Leaving, int Lower, int Upper);

    private enum Join
    {
        /// <summary>Block elements inside start new blocks.</summary>
        None,

        /// <summary>Block elements inside are lines of the one block (a table cell, a pre).</summary>
        Line,

        /// <summary>Block elements inside are words of the one block (a heading).</summary>
        Space,
    }

    /// <summary>What a text met inside an element becomes. Shared by the element's descendants until one changes it.</summary>
    private sealed class Context
    {
        public BlockKind Kind { get; init; } = BlockKind.Paragraph;

        public int Level { get; init; }

        public ItemMarker? Item { get; init; }

        public Join Join { get; init; }

        public bool Preserve { get; init; }

        public bool Quote { get; init; }

        public bool Scoped { get; init; }

        public ListCounter? List { get; init; }

        public Context Enter(IElement element, int headingLevel)
        {
            var tag = element.LocalName;
            bool scoped = Scoped || HtmlContent.IsSectioning(element);
            if (tag == "table")
            {
                return new Context { Kind = Quote ? BlockKind.BlockQuote : BlockKind.Paragraph, Quote = Quote, Scoped = scoped };
            }

            if (Join != Join.None)
            {
                // Inside a cell, heading or pre everything is text of the one block.
                return tag == "pre" ? With(scoped, preserve: true) : With(scoped);
            }

            if (headingLevel > 0)
            {
                return Quote
                    ? new Context { Kind = BlockKind.BlockQuote, Join = Join.Space, Quote = true, Scoped = scoped }
                    : new Context { Kind = BlockKind.Heading, Level = headingLevel, Join = Join.Space, Scoped = scoped };
            }

            return tag switch
            {
                "li" => new Context
                {
                    Kind = Quote ? BlockKind.BlockQuote : BlockKind.ListItem,
                    Item = Quote ? null : new ItemMarker(List?.Next(element)),
                    Quote = Quote,
                    Scoped = scoped,
                },
                "td" or "th" => new Context { Kind = Quote ? BlockKind.BlockQuote : BlockKind.TableCell, Join = Join.Line, Quote = Quote, Scoped = scoped },
                "pre" or "listing" or "xmp" or "plaintext" => new Context { Kind = Kind, Item = Item, Join = Join.Line, Preserve = true, Quote = Quote, Scoped = scoped },
                "blockquote" => new Context { Kind = BlockKind.BlockQuote, Quote = true, Scoped = scoped },
                "ul" or "ol" or "menu" or "dir" => new Context { Kind = Kind, Item = Item, Quote = Quote, Scoped = scoped, List = new ListCounter(element) },
                _ => With(scoped),
            };
        }

        private Context With(bool scoped, bool preserve = false) =>
            scoped == Scoped && preserve == Preserve ? this : new Context
            {
                Kind = Kind,
                Level = Level,
                Item = Item,
                Join = Join,
                Preserve = Preserve || preserve,
                Quote = Quote,
                Scoped = scoped,
                List = List,
            };
    }

    /// <summary>A list item's marker, given to the first block the item opens.</summary>
    private sealed class ItemMarker(string? marker)
    {
        private string? _marker = marker;

        public string? Take()
        {
            var marker = _marker;
            _marker = null;
            return marker;
        }
    }

    /// <summary>Numbers the items of one list as a browser does.</summary>
    private sealed class ListCounter
    {
        private readonly bool _ordered;
        private readonly bool _reversed;
        private readonly string _type;
        private long _next;

        public ListCounter(IElement list)
        {
            _ordered = list.LocalName == "ol";
            _reversed = _ordered && list.HasAttribute("reversed");
            _type = list.GetAttribute("type") ?? "1";
            if (_ordered && long.TryParse(list.GetAttribute("start"), out long start))
            {
                _next = start;
            }
            else if (_reversed)
            {
                _next = list.Children.Count(c => c.LocalName == "li");
            }
            else
            {
                _next = 1;
            }
        }

        public string Next(IElement item)
        {
            if (!_ordered)
            {
                return "•";
            }

            if (long.TryParse(item.GetAttribute("value"), out long value))
            {
                _next = value;
            }

            var type = item.GetAttribute("type") ?? _type;
            var marker = Format(_next, type) + ".";
            _next += _reversed ? -1 : 1;
            return marker;
        }

        private static string Format(long n, string type) => type switch
        {
            "a" when n > 0 => Alphabetic(n, 'a'),
            "A" when n > 0 => Alphabetic(n, 'A'),
            "i" when n is > 0 and < 4000 => Roman(n).ToLowerInvariant(),
            "I" when n is > 0 and < 4000 => Roman(n),
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        private static string Alphabetic(long n, char first)
        {
            var letters = new System.Text.StringBuilder();
            while (n > 0)
            {
                n--;
                letters.Insert(0, (char)(first + (n % 26)));
                n /= 26;
            }

            return letters.ToString();
        }

        private static string Roman(long n)
        {
            (int Value, string Numeral)[] numerals =
            [
                (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
            ];
            var text = new System.Text.StringBuilder();
            foreach (var (value, numeral) in numerals)
            {
                while (n >= value)
                {
                    text.Append(numeral);
                    n -= value;
                }
            }

            return text.ToString();
        }
    }
}
