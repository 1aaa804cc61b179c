using System.IO.Packaging;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PolicyLint.Analysis;
using PolicyLint.Readers;
using PolicyLint.Readers.Docx;

namespace PolicyLint.Writing;

/// <summary>What a reviewed copy holds.</summary>
internal sealed record DocxReview(byte[] Content, int Comments, int TrackedChanges, int WholeParagraph);

/// <summary>
/// Makes the reviewed copy of a .docx in memory: the original's bytes are copied, the copy's main part is re-read by
/// the Word reader (so paragraph numbers and columns are exactly the report's), marked by <see cref="DocxAnnotator"/>,
/// and written back with its comments part. The package is edited through System.IO.Packaging, which takes
/// Transitional and Strict files alike; every other part is left as it was.
/// </summary>
internal static class DocxReviewer
{
    private const string CommentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    private const string CommentsTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
    private const string CommentsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships/comments";

    public static DocxReview Review(DocumentReport report, byte[] original, bool trackChanges, DateTimeOffset now, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(original);
        var document = report.Document ?? throw new DocumentReadException(report.Error ?? "the document could not be read");

        var map = new ParagraphTextMap();
        var reread = DocxDocumentReader.Read(report.Path, new MemoryStream(original, writable: false), limits, map, out var source, cancellationToken);
        if (!string.Equals(reread.Text, document.Text, StringComparison.Ordinal))
        {
            throw new DocumentReadException("the file changed while it was being reviewed; review it again");
        }

        using var copy = new MemoryStream();
        copy.Write(original);
        copy.Position = 0;
        int comments, tracked, whole;
        using (var package = Package.Open(copy, FileMode.Open, FileAccess.ReadWrite))
        {
            var mainRelationship = package.GetRelationships().FirstOrDefault(r => r.TargetMode == TargetMode.Internal && r.RelationshipType.EndsWith("/officeDocument", StringComparison.Ordinal))
                ?? throw new DocumentReadException("the Word document has no main document part");
            var mainUri = PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), mainRelationship.TargetUri);
            var mainPart = package.GetPart(mainUri);
            var main = source.Main;
            bool strict = main.Root!.Name.Namespace == WordXml.Strict;

            var commentsRelationship = mainPart.GetRelationships().FirstOrDefault(r => r.TargetMode == TargetMode.Internal && r.RelationshipType.EndsWith("/comments", StringComparison.Ordinal));
            PackagePart? commentsPart = null;
            XDocument commentsXml;
            if (commentsRelationship is not null && package.PartExists(PackUriHelper.ResolvePartUri(mainUri, commentsRelationship.TargetUri)))
            {
                commentsPart = package.GetPart(PackUriHelper.ResolvePartUri(mainUri, commentsRelationship.TargetUri));
                using var s = commentsPart.GetStream(FileMode.Open, FileAccess.Read);
                commentsXml = WordXml.Load(s);
            }
            else
            {
                var w = main.Root.Name.Namespace;
                commentsXml = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(w + "comments", new XAttribute(XNamespace.Xmlns + "w", w.NamespaceName)));
            }

            var annotator = new DocxAnnotator(main, commentsXml.Root!, map, document, now, trackChanges);
            annotator.Annotate(report);
            comments = annotator.CommentCount;
            tracked = annotator.TrackedChangeCount;
            whole = annotator.WholeParagraphCount;

            Save(main, mainPart);
            if (commentsPart is null)
            {
                var uri = FreeUri(package, mainUri);
                commentsPart = package.CreatePart(uri, CommentsContentType, CompressionOption.Normal);
                mainPart.CreateRelationship(PackUriHelper.GetRelativeUri(mainUri, uri), TargetMode.Internal, strict ? CommentsStrict : CommentsTransitional);
            }

            Save(commentsXml, commentsPart);
        }

        return new DocxReview(copy.ToArray(), comments, tracked, whole);
    }

    private static Uri FreeUri(Package package, Uri mainUri)
    {
        for (int i = 0; ; i++)
        {
            var name = i == 0 ? "comments.xml" : $"comments{i}.xml";
            var uri = PackUriHelper.ResolvePartUri(mainUri, new Uri(name, UriKind.Relative));
            if (!package.PartExists(uri))
            {
                return uri;
            }
        }
    }

    // Written as read: no reformatting, no byte-order mark, the original declaration.
    private static void Save(XDocument xml, PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.None });
        xml.Save(writer);
    }
}
