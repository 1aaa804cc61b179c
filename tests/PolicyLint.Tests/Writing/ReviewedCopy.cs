using System.IO.Packaging;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace PolicyLint.Tests.Writing;

/// <summary>Reads a reviewed .docx back as plain XML: its comments, what each comment's range covers, its revisions.</summary>
internal sealed class ReviewedCopy
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ReviewedCopy(XDocument main, XDocument? comments)
    {
        Main = main;
        Comments = comments;
    }

    public XDocument Main { get; }

    public XDocument? Comments { get; }

    public static ReviewedCopy Open(string path)
    {
        using var package = Package.Open(path, FileMode.Open, FileAccess.Read);
        var mainRel = package.GetRelationships().First(r => r.RelationshipType.EndsWith("/officeDocument", StringComparison.Ordinal));
        var mainUri = PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), mainRel.TargetUri);
        var mainPart = package.GetPart(mainUri);
        XDocument main;
        using (var s = mainPart.GetStream(FileMode.Open, FileAccess.Read))
        {
            main = XDocument.Load(s, LoadOptions.PreserveWhitespace);
        }

        XDocument? comments = null;
        var commentsRel = mainPart.GetRelationships().FirstOrDefault(r => r.RelationshipType.EndsWith("/comments", StringComparison.Ordinal));
        if (commentsRel is not null)
        {
            using var s = package.GetPart(PackUriHelper.ResolvePartUri(mainUri, commentsRel.TargetUri)).GetStream(FileMode.Open, FileAccess.Read);
            comments = XDocument.Load(s, LoadOptions.PreserveWhitespace);
        }

        return new ReviewedCopy(main, comments);
    }

    private XNamespace Ns => Main.Root!.Name.Namespace;

    /// <summary>PolicyLint's comments in id order: (id, text with one line per comment paragraph).</summary>
    public List<(string Id, string Text)> OurComments() =>
        Comments is null ? [] : [.. Comments.Root!.Elements(Ns + "comment")
            .Where(c => (string?)c.Attribute(Ns + "author") == "PolicyLint")
            .OrderBy(c => int.Parse((string)c.Attribute(Ns + "id")!, System.Globalization.CultureInfo.InvariantCulture))
            .Select(c => ((string)c.Attribute(Ns + "id")!, string.Join("\n", c.Elements(Ns + "p").Select(p => string.Concat(p.Descendants(Ns + "t").Select(t => t.Value))))))];

    public IEnumerable<XElement> CommentsBy(string author) =>
        Comments is null ? [] : Comments.Root!.Elements(Ns + "comment").Where(c => (string?)c.Attribute(Ns + "author") == author);

    /// <summary>
    /// The original words a comment's range covers, in document order: text and deleted text, but not PolicyLint's
    /// own insertions (so it reads as the document did before the review).
    /// </summary>
    public string Covered(string id)
    {
        var sb = new StringBuilder();
        bool inside = false;
        foreach (var e in Main.Root!.Descendants())
        {
            if (e.Name == Ns + "commentRangeStart" && (string?)e.Attribute(Ns + "id") == id)
            {
                inside = true;
            }
            else if (e.Name == Ns + "commentRangeEnd" && (string?)e.Attribute(Ns + "id") == id)
            {
                return sb.ToString();
            }
            else if (inside && (e.Name == Ns + "t" || e.Name == Ns + "delText") && !e.Ancestors(Ns + "ins").Any(i => (string?)i.Attribute(Ns + "author") == "PolicyLint"))
            {
                sb.Append(e.Value);
            }
            else if (inside && e.Name == Ns + "tab")
            {
                sb.Append(' ');
            }
        }

        throw new InvalidOperationException($"comment {id} has no range end");
    }

    /// <summary>True when the comment has one range start, one range end and one reference in the main part.</summary>
    public bool IsAnchored(string id)
    {
        int Count(string name) => Main.Root!.Descendants(Ns + name).Count(e => (string?)e.Attribute(Ns + "id") == id);
        return Count("commentRangeStart") == 1 && Count("commentRangeEnd") == 1 && Count("commentReference") == 1;
    }

    public IEnumerable<XElement> Revisions(string name, string author) =>
        Main.Root!.Descendants(Ns + name).Where(e => (string?)e.Attribute(Ns + "author") == author);

    /// <summary>The Open XML SDK validator's errors (id, part, description), or null when the SDK cannot open the file.</summary>
    public static List<string>? ValidationErrors(string path)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(path, false);
            var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365);
            return [.. validator.Validate(doc).Select(e => $"{e.Id} {e.Part?.Uri} {e.Description}")];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return null;
        }
    }
}
