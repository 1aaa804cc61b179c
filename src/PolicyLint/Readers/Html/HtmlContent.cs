using AngleSharp.Dom;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Which parts of a web page are the document. The main content is preferred: every outermost &lt;main&gt; or
/// [role=main]; failing that every outermost &lt;article&gt; outside navigation, side panels and the page's header
/// and footer; failing that the whole &lt;body&gt;, read with the heuristics below. Inside the chosen parts, and
/// everywhere in the body, these are skipped: scripts, styles, templates, forms and controls, embedded media;
/// &lt;nav&gt;, &lt;aside&gt; and dialogs; the page's own &lt;header&gt; and &lt;footer&gt; (those not inside an
/// article, section or main, as ARIA reads them);
/// elements whose role is navigation, search, menu, banner, content information, complementary or a dialog;
/// elements whose class, id or label names navigation, a menu, breadcrumbs, a sidebar, a skip link, or a cookie,
/// consent or GDPR banner (a consent banner must say it is one: "consent" alone may name a section on consent), and,
/// outside an article, section or main, a header, footer, masthead or banner; skip links; hidden elements (the hidden
/// attribute, aria-hidden="true", display:none or visibility:hidden in the style attribute, screen-reader-only
/// classes); and deleted text (&lt;del&gt;). A form, header, footer or furniture-named element that holds the page's
/// &lt;h1&gt;, &lt;main&gt; or &lt;article&gt; is a wrapper, not furniture, and is read (what it holds is judged on its
/// own). When there is no main content, a list or block whose text is mostly link text is navigation and skipped too
/// (<see cref="HtmlLinkDensity"/>).
/// </summary>
internal static class HtmlContent
{
    /// <summary>The share of a block's characters in links from which it is navigation (body heuristics only).</summary>
    public const double LinkDensityLimit = 0.7;

    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "applet", "aside", "audio", "button", "canvas", "datalist", "del", "dialog", "embed", "form", "head", "iframe",
        "input", "map", "math", "meta", "link", "nav", "noscript", "object", "optgroup", "option", "output", "picture",
        "script", "select", "style", "svg", "template", "textarea", "title", "video",
    };

    private static readonly HashSet<string> SkippedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "alertdialog", "banner", "complementary", "contentinfo", "dialog", "menu", "menubar", "navigation", "search",
    };

    /// <summary>Elements inside which a header or footer belongs to that part, not to the page.</summary>
    private static readonly HashSet<string> SectioningTags = new(StringComparer.Ordinal) { "article", "aside", "main", "nav", "section" };

    private static readonly HashSet<string> DensityCandidates = new(StringComparer.Ordinal)
    {
        "dl", "div", "menu", "ol", "section", "table", "td", "th", "ul", "header", "footer",
    };

    /// <summary>The parts of the page to read, in document order, and whether the body heuristics apply.</summary>
    public static (IReadOnlyList<IElement> Roots, bool BodyMode) Roots(IDocument document, CancellationToken cancellationToken)
    {
        var body = document.Body ?? document.DocumentElement;
        if (body is null)
        {
            return ([], false);
        }

        var mains = Outermost(body, e => (e.LocalName == "main" || Role(e) == "main") && !IsHidden(e), cancellationToken);
        if (mains.Count > 0)
        {
            return (mains, false);
        }

        var articles = Outermost(body, e => e.LocalName == "article" && !IsHidden(e), cancellationToken, stopAt: e => e.LocalName is "nav" or "aside" or "header" or "footer" or "template");
        if (articles.Count > 0)
        {
            return (articles, false);
        }

        return ([body], true);
    }

    /// <summary>True when <paramref name="element"/> holds the main content's own sections (a header inside it is the part's header).</summary>
    public static bool IsSectioning(IElement element) => SectioningTags.Contains(element.LocalName) || Role(element) == "main";

    /// <summary>
    /// True when an element is not part of the document. <paramref name="scoped"/> is true inside an article,
    /// section, main or aside (or when the part being read is one).
    /// </summary>
    public static bool IsSkipped(IElement element, bool scoped)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
        {
            // ASP.NET and SharePoint pages wrap the whole page in one form.
            return tag != "form" || !HoldsContent(element);
        }

        if (!scoped && tag is "header" or "footer" && !HoldsContent(element))
        {
            return true;
        }

        if (IsHidden(element))
        {
            return true;
        }

        var role = Role(element);
        if (role is not null && SkippedRoles.Contains(role))
        {
            return true;
        }

        if (NamesFurniture(element, scoped) && !HoldsContent(element))
        {
            return true;
        }

        return tag == "a" && IsSkipLink(element);
    }

    /// <summary>True for the list- and block-like elements the link-density heuristic judges.</summary>
    public static bool IsDensityCandidate(IElement element) => DensityCandidates.Contains(element.LocalName);

    /// <summary>True when an element is hidden from every reader.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
            if (compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal))
            {
                return true;
            }
        }

        var classes = element.GetAttribute("class");
        return classes is not null && ContainsAny(classes.ToLowerInvariant(), "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader");
    }

    private static string? Role(IElement element) => element.GetAttribute("role")?.Trim().ToLowerInvariant();

    /// <summary>A class, id or label naming site furniture: the words are split at punctuation and case changes.</summary>
    private static bool NamesFurniture(IElement element, bool scoped)
    {
        foreach (var name in new[] { element.GetAttribute("class"), element.Id, element.GetAttribute("aria-label") })
        {
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var words = Words(name).ToList();
            foreach (var word in words)
            {
                if (IsNavigationWord(word) || ContainsAny(word, "menu", "breadcrumb", "sidebar", "cookie", "gdpr") || word.StartsWith("skip", StringComparison.Ordinal))
                {
                    return true;
                }

                // "consent" alone may name a section of a policy about consent; a consent banner says what it is.
                if (word.Contains("consent", StringComparison.Ordinal) &&
                    words.Any(w => ContainsAny(w, "banner", "bar", "notice", "popup", "modal", "dialog", "manager", "sdk", "overlay", "prompt")))
                {
                    return true;
                }

                if (!scoped && ContainsAny(word, "header", "footer", "masthead", "banner"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "nav", "navbar", "navigation", "topnav", "siteNav" (as one word "sitenav"); not "unavailable".
    private static bool IsNavigationWord(string word) =>
        word.EndsWith("nav", StringComparison.Ordinal) ||
        word.StartsWith("navbar", StringComparison.Ordinal) || word.StartsWith("navigation", StringComparison.Ordinal) ||
        word.StartsWith("navlink", StringComparison.Ordinal) || word.StartsWith("navmenu", StringComparison.Ordinal);

    // "skip-link", "skipLink", "main_menu", "siteNav" → skip, link, main, menu, site, nav.
    private static IEnumerable<string> Words(string name)
    {
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool letter = i < name.Length && char.IsLetterOrDigit(name[i]);
            bool boundary = !letter || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                yield return name[start..i].ToLowerInvariant();
                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }
    }

    private static bool IsSkipLink(IElement link)
    {
        var href = link.GetAttribute("href");
        if (href is null || !href.StartsWith('#'))
        {
            return false;
        }

        var text = link.TextContent.TrimStart();
        return text.StartsWith("skip", StringComparison.OrdinalIgnoreCase) || text.StartsWith("jump to", StringComparison.OrdinalIgnoreCase);
    }

    // A wrapper named for what it also holds ("layout--with-sidebar", a "page-header" around the title, the one form
    // around a whole ASP.NET page) is not furniture: it holds the page's title or main content. The furniture inside
    // it is skipped by its own names.
    private static bool HoldsContent(IElement element) => element.QuerySelector("h1, main, article, [role=main]") is not null;

    private static bool ContainsAny(string text, params string[] parts) => parts.Any(p => text.Contains(p, StringComparison.Ordinal));

    /// <summary>The outermost elements under <paramref name="root"/> that match, in document order (walked without recursion).</summary>
    private static List<IElement> Outermost(IElement root, Func<IElement, bool> match, CancellationToken cancellationToken, Func<IElement, bool>? stopAt = null)
    {
        var found = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        int visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var element = stack.Pop();
            if (element != root && match(element))
            {
                found.Add(element);
                continue;
            }

            if (element != root && stopAt is not null && stopAt(element))
            {
                continue;
            }

            // By index, last first: AngleSharp's sibling links search the parent's children each time.
            var children = element.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        return found;
    }
}
