using System.IO.Compression;
using System.Xml;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// Looks at a .docx package before any XML in it is parsed by the Open XML SDK or System.IO.Packaging: each XML part's
/// declared decompressed size against <see cref="ReaderLimits.MaxPartBytes"/>, all of them together against
/// <see cref="ReaderLimits.MaxPackageBytes"/>, and the package's own XML (the content types and the relationship parts,
/// which those libraries read themselves) read here through the same limits with DTDs prohibited, so a zip bomb or a
/// DOCTYPE there is refused with a reason that says so instead of "the main document part is not well-formed".
/// The declared sizes are a first look only: the parts the reader uses are also read through a counting stream
/// (<see cref="LimitedReadStream"/>), because a zip entry can understate its size.
/// </summary>
internal static class DocxPreflight
{
    public static void Check(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        content.Position = 0;
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException("the file is not a valid Word document (the zip package is damaged)", ex);
        }

        using (zip)
        {
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsXml(entry.FullName))
                {
                    continue;
                }

                if (entry.Length > limits.MaxPartBytes)
                {
                    throw new DocumentReadException($"the Word document's part {entry.FullName} would decompress to {ReaderLimits.Size(entry.Length)}, over {limits.PartSizeLimit}");
                }

                declared += entry.Length;
                if (declared > limits.MaxPackageBytes)
                {
                    throw new DocumentReadException($"the Word document's XML parts would decompress to more than {limits.PackageSizeLimit}");
                }
            }

            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsPackageXml(entry.FullName))
                {
                    CheckPackageXml(entry, limits);
                }
            }
        }

        content.Position = 0;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool IsPackageXml(string name) =>
        name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static void CheckPackageXml(ZipArchiveEntry entry, ReaderLimits limits)
    {
        var name = entry.FullName;
        try
        {
            using var raw = entry.Open();
            using var limited = new LimitedReadStream(raw, limits.MaxPartBytes, () => $"the Word document's part {name} decompresses to more than {limits.PartSizeLimit}");
            using var reader = XmlReader.Create(limited, WordXml.SafeSettings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex) when (WordXml.IsDtd(ex))
        {
            throw new DocumentReadException($"the file is not a valid Word document: its part {name} {WordXml.DtdReason}", ex);
        }
        catch (XmlException ex) when (name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase) || name.Equals("_rels/.rels", StringComparison.OrdinalIgnoreCase))
        {
            // The package cannot be opened without these two; say which is broken and where.
            throw new DocumentReadException($"the file is not a valid Word document (its part {name} is not well-formed XML: line {ex.LineNumber}, position {ex.LinePosition})", ex);
        }
        catch (XmlException)
        {
            // Another relationship part: whether it matters is for the package reader to find out.
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException($"the file is not a valid Word document (its part {name} is damaged in the zip package)", ex);
        }
    }
}
