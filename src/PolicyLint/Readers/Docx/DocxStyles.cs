using System.Globalization;
using System.Xml.Linq;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Paragraph styles from styles.xml, resolved through basedOn. Headings are recognised by the style *name*
/// ("heading 1".."heading 9", "Title") or an outline level, never by the style id: ids are localised (a German
/// template's "heading 1" has the id "berschrift1").
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 32;

    private readonly Dictionary<string, XElement> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public DocxStyles(XDocument? styles)
    {
        if (styles?.Root is null)
        {
            return;
        }

        foreach (var style in WordXml.Children(styles.Root, "style"))
        {
            var type = WordXml.Attr(style, "type");
            var id = WordXml.Attr(style, "styleId");
            if (id is null || (type is not null && type != "paragraph" && type != "numbering"))
            {
                continue;
            }

            _byId.TryAdd(type == "numbering" ? "numbering:" + id : id, style);
            if (type == "paragraph" && WordXml.Attr(style, "default") is "1" or "true" or "on")
            {
                _defaultParagraphStyle ??= id;
            }
        }
    }

    /// <summary>The style id that applies to a paragraph: its pStyle, else the default paragraph style.</summary>
    public string? EffectiveStyleId(XElement? pPr) => WordXml.Val(pPr, "pStyle") ?? _defaultParagraphStyle;

    /// <summary>
    /// Heading level 1–9, or 0 for body text. A paragraph's own outline level wins, then the style chain: in each
    /// style an outline level, then the name.
    /// </summary>
    public int HeadingLevel(XElement? pPr)
    {
        var direct = WordXml.IntAttr(WordXml.Child(pPr, "outlineLvl"), "val");
        if (direct is not null)
        {
            return direct is >= 0 and <= 8 ? direct.Value + 1 : 0;
        }

        foreach (var style in Chain(EffectiveStyleId(pPr)))
        {
            var outline = WordXml.IntAttr(WordXml.Child(WordXml.Child(style, "pPr"), "outlineLvl"), "val");
            if (outline is not null)
            {
                return outline is >= 0 and <= 8 ? outline.Value + 1 : 0;
            }

            var name = WordXml.Val(style, "name")?.Trim().ToLowerInvariant();
            if (name is null)
            {
                continue;
            }

            if (name == "title")
            {
                return 1;
            }

            if (name.StartsWith("heading ", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out int level)
                && level is >= 1 and <= 9)
            {
                return level;
            }
        }

        return 0;
    }

    /// <summary>
    /// What a paragraph's style says it is for, when it says: "Title" and "Subtitle" are the cover, "TOC 1".."TOC 9"
    /// and "TOC Heading" a table of contents, "header" and "footer" page furniture. Found by name up the style chain.
    /// </summary>
    public BlockRole? StatedRole(XElement? pPr)
    {
        foreach (var style in Chain(EffectiveStyleId(pPr)))
        {
            var name = WordXml.Val(style, "name")?.Trim().ToLowerInvariant();
            switch (name)
            {
                case null:
                    continue;
                case "title" or "subtitle":
                    return BlockRole.Title;
                case "toc heading" or "table of figures":
                    return BlockRole.Contents;
                case "header" or "footer":
                    return BlockRole.PageFurniture;
            }

            if (name.StartsWith("toc ", StringComparison.Ordinal) && name.Length <= 5)
            {
                return BlockRole.Contents;
            }
        }

        return null;
    }

    /// <summary>The first numPr found up the style chain, with the id of the style that carries it.</summary>
    public (string? NumId, int? Level, string? StyleId) StyleNumbering(XElement? pPr)
    {
        string? numId = null;
        int? level = null;
        string? styleId = null;
        foreach (var style in Chain(EffectiveStyleId(pPr)))
        {
            var numPr = WordXml.Child(WordXml.Child(style, "pPr"), "numPr");
            if (numPr is null)
            {
                continue;
            }

            level ??= WordXml.IntAttr(WordXml.Child(numPr, "ilvl"), "val");
            var id = WordXml.Val(numPr, "numId");
            if (id is not null)
            {
                numId = id;
                styleId = WordXml.Attr(style, "styleId");
                break;
            }
        }

        return (numId, level, styleId);
    }

    /// <summary>The numId a numbering style (abstractNum numStyleLink) points to.</summary>
    public string? NumberingStyleNumId(string styleId) =>
        _byId.TryGetValue("numbering:" + styleId, out var style)
            ? WordXml.Val(WordXml.Child(WordXml.Child(style, "pPr"), "numPr"), "numId")
            : null;

    private IEnumerable<XElement> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; styleId is not null && i < MaxChain && seen.Add(styleId); i++)
        {
            if (!_byId.TryGetValue(styleId, out var style))
            {
                yield break;
            }

            yield return style;
            styleId = WordXml.Val(style, "basedOn");
        }
    }
}
