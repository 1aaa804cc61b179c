using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Namespace-tolerant access to WordprocessingML. Elements are matched by local name within the Transitional or the
/// Strict (ISO 29500) main namespace, so one walker reads both; the prefix never matters (files with "ns0:" prefixes
/// read like any other).
/// </summary>
internal static class WordXml
{
    public static readonly XNamespace Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace MathTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static readonly XNamespace MathStrict = "http://purl.oclc.org/ooxml/officeDocument/math";

    /// <summary>True for a WordprocessingML element (either namespace).</summary>
    public static bool IsWord(XElement e) => e.Name.Namespace == Transitional || e.Name.Namespace == Strict;

    /// <summary>True for the WordprocessingML element with this local name.</summary>
    public static bool Is(XElement e, string localName) => e.Name.LocalName == localName && IsWord(e);

    /// <summary>True for an Office Math element (either namespace).</summary>
    public static bool IsMath(XElement e) => e.Name.Namespace == MathTransitional || e.Name.Namespace == MathStrict;

    /// <summary>The first WordprocessingML child with this local name.</summary>
    public static XElement? Child(XElement? e, string localName)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var c in e.Elements())
        {
            if (Is(c, localName))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>All WordprocessingML children with this local name.</summary>
    public static IEnumerable<XElement> Children(XElement? e, string localName) =>
        e is null ? [] : e.Elements().Where(c => Is(c, localName));

    /// <summary>A w: attribute (w:val, w:styleId…); Strict and Transitional both qualify them with the main namespace.</summary>
    public static string? Attr(XElement? e, string localName)
    {
        if (e is null)
        {
            return null;
        }

        return (string?)e.Attribute(Transitional + localName) ?? (string?)e.Attribute(Strict + localName) ?? (string?)e.Attribute(localName);
    }

    /// <summary>w:val of a child element, e.g. Val(pPr, "pStyle").</summary>
    public static string? Val(XElement? parent, string childName) => Attr(Child(parent, childName), "val");

    /// <summary>An integer attribute, or null when absent or not a number.</summary>
    public static int? IntAttr(XElement? e, string localName) =>
        int.TryParse(Attr(e, localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : null;

    /// <summary>An on/off property: present without w:val, or with 1/true/on, is on (Strict writes true/false).</summary>
    public static bool IsOn(XElement? e)
    {
        if (e is null)
        {
            return false;
        }

        var v = Attr(e, "val");
        return v is null || v is "1" or "true" or "on";
    }

    /// <summary>
    /// The branch of mc:AlternateContent to read: the first Choice (what Word renders), or the Fallback when the Choice
    /// holds no text but the Fallback does. Exactly one branch is read so a text box is never doubled.
    /// </summary>
    public static XElement? ChooseBranch(XElement alternateContent)
    {
        XElement? choice = null;
        XElement? fallback = null;
        foreach (var c in alternateContent.Elements())
        {
            if (c.Name.Namespace != MarkupCompatibility)
            {
                continue;
            }

            if (c.Name.LocalName == "Choice" && choice is null)
            {
                choice = c;
            }
            else if (c.Name.LocalName == "Fallback")
            {
                fallback = c;
            }
        }

        if (choice is not null && fallback is not null && !HasText(choice) && HasText(fallback))
        {
            return fallback;
        }

        return choice ?? fallback;
    }

    /// <summary>True for the mc:AlternateContent element.</summary>
    public static bool IsAlternateContent(XElement e) => e.Name.LocalName == "AlternateContent" && e.Name.Namespace == MarkupCompatibility;

    /// <summary>
    /// How every part is read: a DTD is an error (no entity expansion, no external entities, nothing resolved), and
    /// nothing outside the part is ever fetched.
    /// </summary>
    public static XmlReaderSettings SafeSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    };

    /// <summary>What is said of a part that declares a DTD.</summary>
    public const string DtdReason = "declares a DTD (<!DOCTYPE …>), which Word never writes and PolicyLint never processes (its entities could expand without bound or read files outside the document)";

    /// <summary>True when <paramref name="ex"/> is the reader refusing a DTD.</summary>
    public static bool IsDtd(XmlException ex) =>
        ex is not null && ex.Message.Contains("DTD", StringComparison.Ordinal);

    /// <summary>Loads a part's XML without DTDs or external resolution (a document is untrusted input).</summary>
    public static XDocument Load(Stream stream)
    {
        using var reader = XmlReader.Create(stream, SafeSettings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static bool HasText(XElement e) => e.Descendants().Any(d => Is(d, "t"));
}
