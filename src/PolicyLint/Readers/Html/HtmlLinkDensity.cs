using AngleSharp.Dom;

namespace PolicyLint.Readers.Html;

/// <summary>
/// How much of each element's visible text is link text, for the body heuristics: counted once for the whole body,
/// bottom-up, over the parts <see cref="HtmlContent.IsSkipped"/> keeps, in characters other than whitespace.
/// A block is navigation when it holds two links or more, at least <see cref="HtmlContent.LinkDensityLimit"/> of its
/// characters are in links, and little else is (fewer than <see cref="MaxOtherCharacters"/> characters outside links,
/// so a wrapper around a menu and the page's own text is not taken for the menu).
/// </summary>
internal sealed class HtmlLinkDensity
{
    public const int MaxOtherCharacters = 200;

    private readonly Dictionary<IElement, Counts> _counts = [];

    private HtmlLinkDensity()
    {
    }

    public static HtmlLinkDensity Measure(IElement root, CancellationToken cancellationToken)
    {
        var density = new HtmlLinkDensity();
        var order = new List<IElement>();
        var stack = new Stack<(IElement Element, bool Scoped, bool InLink)>();
        stack.Push((root, false, false));
        while (stack.Count > 0)
        {
            if ((order.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (element, scoped, inLink) = stack.Pop();
            if (element != root && HtmlContent.IsSkipped(element, scoped))
            {
                continue;
            }

            order.Add(element);
            bool isLink = element.LocalName == "a" && element.HasAttribute("href");
            bool linkHere = inLink || isLink;
            var counts = new Counts { Links = isLink ? 1 : 0 };
            var children = element.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] is IText text)
                {
                    int n = Visible(text.Data);
                    counts.Characters += n;
                    counts.LinkCharacters += linkHere ? n : 0;
                }
            }

            density._counts[element] = counts;
            bool innerScoped = scoped || HtmlContent.IsSectioning(element);

            // By index, last first: AngleSharp's sibling links search the parent's children each time.
            for (int i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push((child, innerScoped, linkHere));
                }
            }
        }

        // Children come after their parent in pre-order: adding from the end sums every subtree.
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            if (element != root && element.ParentElement is { } parent && density._counts.TryGetValue(parent, out var total))
            {
                var own = density._counts[element];
                total.Characters += own.Characters;
                total.LinkCharacters += own.LinkCharacters;
                total.Links += own.Links;
            }
        }

        return density;
    }

    /// <summary>True when the element's text is mostly links (see the class summary).</summary>
    public bool IsNavigation(IElement element) =>
        _counts.TryGetValue(element, out var c) && c.Links >= 2 && c.Characters > 0 &&
        c.LinkCharacters >= HtmlContent.LinkDensityLimit * c.Characters &&
        c.Characters - c.LinkCharacters < MaxOtherCharacters;

    private static int Visible(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    private sealed class Counts
    {
        public int Characters { get; set; }

        public int LinkCharacters { get; set; }

        public int Links { get; set; }
    }
}
