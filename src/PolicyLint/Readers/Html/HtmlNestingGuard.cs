using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Refuses a page whose elements are left open inside one another thousands deep. Browsers (and AngleSharp) stop
/// nesting the tree at 512 levels, but the parser still keeps every open element on its stack and searches that stack
/// at each tag, so such a page takes time growing with the square of its depth (100,000 unclosed &lt;div&gt;s take
/// about a minute). The guard follows the tags as they are read with a rough model of the open elements: void elements
/// open nothing, and the end tags HTML lets authors leave out (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;, &lt;tr&gt;…) are
/// implied where the next such tag starts, so ordinary pages stay shallow. Past <see cref="MaxOpenElements"/> it
/// throws <see cref="DocumentReadException"/>.
/// </summary>
internal sealed class HtmlNestingGuard
{
    /// <summary>Far deeper than any real page (the tree itself stops at 512), shallow enough to refuse in well under a second.</summary>
    public const int MaxOpenElements = 4096;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr",
    };

    // Tags the tree never nests below a start tag of the same kind: html, head and body are opened once.
    private static readonly HashSet<string> Unnested = new(StringComparer.Ordinal) { "html", "head", "body" };

    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    // A start tag closes these when they are the innermost open elements (an approximation of the tree builder).
    private static readonly Dictionary<string, HashSet<string>> Closes = BuildCloses();

    private readonly List<string> _open = [];
    private readonly Dictionary<string, int> _openCounts = new(StringComparer.Ordinal);

    public void OnToken(HtmlToken token)
    {
        if (token.Type == HtmlTokenType.StartTag)
        {
            Start(token.Name, ((HtmlTagToken)token).IsSelfClosing);
        }
        else if (token.Type == HtmlTokenType.EndTag)
        {
            End(token.Name);
        }
    }

    private void Start(string name, bool selfClosing)
    {
        if (Void.Contains(name) || Unnested.Contains(name) || selfClosing)
        {
            return;
        }

        if (Closes.TryGetValue(name, out var closes))
        {
            while (_open.Count > 0 && closes.Contains(_open[^1]))
            {
                Pop();
            }
        }

        _open.Add(name);
        _openCounts[name] = _openCounts.GetValueOrDefault(name) + 1;
        if (_open.Count > MaxOpenElements)
        {
            throw new DocumentReadException($"the page is nested too deeply to read (more than {MaxOpenElements} elements open inside one another)");
        }
    }

    private void End(string name)
    {
        if (_openCounts.GetValueOrDefault(name) == 0)
        {
            return;
        }

        while (_open.Count > 0)
        {
            var top = Pop();
            if (top == name)
            {
                return;
            }
        }
    }

    private string Pop()
    {
        var top = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _openCounts[top]--;
        return top;
    }

    private static Dictionary<string, HashSet<string>> BuildCloses()
    {
        var closes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Add(IEnumerable<string> starts, params string[] closed)
        {
            foreach (var start in starts)
            {
                if (!closes.TryGetValue(start, out var set))
                {
                    closes[start] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(closed);
            }
        }

        // Block starts close an open paragraph.
        Add(
            ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
             "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
             "section", "summary", "table", "ul", .. Headings],
            "p");
        Add(Headings, Headings);
        Add(["li"], "li", "p");
        Add(["dt", "dd"], "dt", "dd", "p");
        Add(["td", "th"], "td", "th");
        Add(["tr"], "td", "th", "tr");
        Add(["thead", "tbody", "tfoot"], "td", "th", "tr", "thead", "tbody", "tfoot", "caption", "colgroup");
        Add(["option"], "option");
        Add(["optgroup"], "option", "optgroup");
        Add(["rb", "rt", "rtc", "rp"], "rb", "rt", "rtc", "rp");
        Add(["a"], "a");
        Add(["nobr"], "nobr");
        Add(["button"], "button");
        Add(["form"], "form");
        return closes;
    }
}
