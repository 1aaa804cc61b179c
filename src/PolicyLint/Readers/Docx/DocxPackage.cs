using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// The parts of a .docx the reader needs, loaded as XML. The Open XML SDK opens the package first (it validates
/// content types and relationships); when it refuses a valid variant it does not know (ISO 29500 Strict relationship
/// types, unusual content types) the same parts are found through System.IO.Packaging by relationship type suffix,
/// which is identical in Transitional and Strict. Either way the XML is walked namespace-tolerantly by
/// <see cref="WordXml"/>, so no SDK type leaves this class.
/// </summary>
internal sealed class DocxPackage
{
    private readonly List<string> _skipped = [];
    private readonly PartLimits _limits;

    private DocxPackage(XDocument main, PartLimits limits)
    {
        Main = main;
        _limits = limits;
    }

    public XDocument Main { get; }

    public XDocument? Styles { get; private set; }

    public XDocument? Numbering { get; private set; }

    public XDocument? Footnotes { get; private set; }

    public XDocument? Endnotes { get; private set; }

    /// <summary>The comments part (comments.xml), when there is one.</summary>
    public XDocument? Comments { get; private set; }

    /// <summary>The comment threading part (commentsExtended.xml: which comment answers which), when there is one.</summary>
    public XDocument? CommentsExtended { get; private set; }

    /// <summary>Header and footer parts of the main part by relationship id.</summary>
    public Dictionary<string, XDocument> HeadersFooters { get; } = new(StringComparer.Ordinal);

    /// <summary>Header and footer relationship ids in relationship order (used when no section references them).</summary>
    public List<string> HeaderFooterOrder { get; } = [];

    /// <summary>Optional parts that could not be parsed and were skipped (reported as reader messages).</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>Opens the package; throws <see cref="DocumentReadException"/> with a plain reason when it is not a Word document.</summary>
    public static DocxPackage Open(Stream content) => Open(content, ReaderLimits.Default);

    /// <summary>
    /// Opens the package; every part is read through a counting stream held to <see cref="ReaderLimits.MaxPartBytes"/>,
    /// and all of them together to <see cref="ReaderLimits.MaxPackageBytes"/>.
    /// </summary>
    public static DocxPackage Open(Stream content, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Exception? sdkFailure;
        try
        {
            content.Position = 0;
            return FromSdk(content, new PartLimits(limits));
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            sdkFailure = ex;
        }

        try
        {
            content.Position = 0;
            return FromPackaging(content, new PartLimits(limits));
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(WordXml.IsDtd(ex)
                ? "the file is not a valid Word document: its package XML " + WordXml.DtdReason
                : $"the file is not a valid Word document (its package XML is not well-formed: {ex.Message.Split('\n')[0]})");
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new DocumentReadException("the file is not a valid Word document (" + Reason(sdkFailure ?? ex) + ")", ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        InvalidDataException => "the zip package is damaged",
        FileFormatException => "the package structure is damaged",
        OpenXmlPackageException => "the package has no readable main document part",
        _ => "the package could not be opened",
    };

    private static DocxPackage FromSdk(Stream content, PartLimits limits)
    {
        using var doc = WordprocessingDocument.Open(content, false);
        var mainPart = doc.MainDocumentPart ?? throw new InvalidOperationException("no main document part");
        XDocument main;
        using (var s = limits.Open(mainPart.GetStream(FileMode.Open, FileAccess.Read), mainPart.Uri.OriginalString))
        {
            main = LoadMain(s);
        }

        var package = new DocxPackage(main, limits);
        foreach (var pair in mainPart.Parts)
        {
            package.Add(pair.RelationshipId, pair.OpenXmlPart.RelationshipType, pair.OpenXmlPart.Uri.OriginalString, () => pair.OpenXmlPart.GetStream(FileMode.Open, FileAccess.Read));
        }

        return package;
    }

    /// <summary>Finds the parts through System.IO.Packaging alone (the fallback; internal so tests can run it directly).</summary>
    internal static DocxPackage FromPackaging(Stream content) => FromPackaging(content, new PartLimits(ReaderLimits.Default));

    private static DocxPackage FromPackaging(Stream content, PartLimits limits)
    {
        using var pkg = Package.Open(content, FileMode.Open, FileAccess.Read);
        var root = new Uri("/", UriKind.Relative);
        var mainRel = pkg.GetRelationships().FirstOrDefault(r => r.TargetMode == TargetMode.Internal && r.RelationshipType.EndsWith("/officeDocument", StringComparison.Ordinal))
            ?? throw new DocumentReadException("the file is not a valid Word document (it has no main document part)");
        var mainUri = PackUriHelper.ResolvePartUri(root, mainRel.TargetUri);
        if (!pkg.PartExists(mainUri))
        {
            throw new DocumentReadException("the file is not a valid Word document (its main document part is missing)");
        }

        var mainPart = pkg.GetPart(mainUri);
        XDocument main;
        using (var s = limits.Open(mainPart.GetStream(FileMode.Open, FileAccess.Read), mainUri.OriginalString))
        {
            main = LoadMain(s);
        }

        var package = new DocxPackage(main, limits);
        foreach (var rel in mainPart.GetRelationships())
        {
            if (rel.TargetMode != TargetMode.Internal)
            {
                continue;
            }

            var uri = PackUriHelper.ResolvePartUri(mainUri, rel.TargetUri);
            if (!pkg.PartExists(uri))
            {
                continue;
            }

            var part = pkg.GetPart(uri);
            package.Add(rel.Id, rel.RelationshipType, uri.OriginalString, () => part.GetStream(FileMode.Open, FileAccess.Read));
        }

        return package;
    }

    private static XDocument LoadMain(Stream s)
    {
        XDocument main;
        try
        {
            main = WordXml.Load(s);
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(WordXml.IsDtd(ex)
                ? "the file is not a valid Word document: its main document part " + WordXml.DtdReason
                : $"the file is not a valid Word document (its main document part is not well-formed XML: line {ex.LineNumber}, position {ex.LinePosition})", ex);
        }

        if (main.Root is null || WordXml.Child(main.Root, "body") is null)
        {
            throw new DocumentReadException("the file is not a valid Word document (its main document part has no body)");
        }

        return main;
    }

    private void Add(string relationshipId, string relationshipType, string partName, Func<Stream> open)
    {
        // Relationship types differ between Transitional and Strict only in their prefix; the last segment is shared.
        string kind = relationshipType[(relationshipType.LastIndexOf('/') + 1)..];
        if (kind is not ("styles" or "numbering" or "footnotes" or "endnotes" or "header" or "footer" or "comments" or "commentsExtended"))
        {
            return;
        }

        XDocument xml;
        try
        {
            using var s = _limits.Open(open(), partName);
            xml = WordXml.Load(s);
        }
        catch (XmlException ex) when (WordXml.IsDtd(ex))
        {
            _skipped.Add($"{partName} ({kind}) {WordXml.DtdReason}; it was skipped");
            return;
        }
        catch (Exception ex) when (ex is XmlException or IOException or InvalidDataException)
        {
            _skipped.Add($"{partName} ({kind}) could not be read and was skipped");
            return;
        }

        switch (kind)
        {
            case "styles":
                Styles ??= xml;
                break;
            case "numbering":
                Numbering ??= xml;
                break;
            case "footnotes":
                Footnotes ??= xml;
                break;
            case "endnotes":
                Endnotes ??= xml;
                break;
            case "comments":
                Comments ??= xml;
                break;
            case "commentsExtended":
                CommentsExtended ??= xml;
                break;
            default:
                HeadersFooters[relationshipId] = xml;
                HeaderFooterOrder.Add(relationshipId);
                break;
        }
    }

    /// <summary>The size limits every part of one package is read through.</summary>
    private sealed class PartLimits(ReaderLimits limits)
    {
        private readonly LimitedReadStream.Budget _budget = new(limits.MaxPackageBytes, () => $"the Word document's parts decompress to more than {limits.PackageSizeLimit}");

        public LimitedReadStream Open(Stream part, string partName) =>
            new LimitedReadStream(part, limits.MaxPartBytes, () => $"the Word document's part {partName} decompresses to more than {limits.PartSizeLimit}", _budget);
    }
}
