using PdfSharp;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Reads a PDF: PDFsharp parses the file structure (xref tables and streams, object streams, filters, encryption
/// with an empty user password); the text layer, line and block layout are ours (see <see cref="ContentInterpreter"/>,
/// <see cref="LineAssembler"/>, <see cref="PdfLayout"/>). Positions are page and line on the page.
/// </summary>
internal sealed class PdfDocumentReader : IDocumentReader
{
    static PdfDocumentReader()
    {
        // PDFsharp is AGPL-3.0-only and refuses to open files until the licence is acknowledged. PolicyLint is
        // AGPL-licensed itself, so it accepts the AGPL terms once, before any PdfReader.Open.
        PdfSharpLicense.SetAgplLicense();
    }

    public SourceFormat Format => SourceFormat.Pdf;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = Open(content);
        var builder = new DocumentBuilder(path, SourceFormat.Pdf);
        var fonts = new FontCache();
        var interpreter = new ContentInterpreter(fonts, cancellationToken);
        var pages = new List<IReadOnlyList<TextLine>>();
        var unreadable = new List<int>();
        int pageCount;
        try
        {
            pageCount = document.PageCount;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException("the PDF's page tree is damaged", ex);
        }

        for (int i = 0; i < pageCount; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var glyphs = interpreter.ReadPage(document.Pages[i]);
                pages.Add(LineAssembler.Assemble(glyphs, cancellationToken));
                if (interpreter.Truncated)
                {
                    builder.AddMessage("PL9001", $"page {i + 1} has more content than PolicyLint reads; the rest of the page was skipped");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One damaged page costs that page only; it is reported, not hidden.
                pages.Add([]);
                unreadable.Add(i + 1);
            }
        }

        if (unreadable.Count > 0)
        {
            builder.AddMessage("PL9001", unreadable.Count == 1
                ? $"page {unreadable[0]} could not be read and was skipped"
                : $"{unreadable.Count} pages could not be read and were skipped (first: page {unreadable[0]})");
        }

        PdfLayout.Build(builder, pages, cancellationToken);
        return builder.Build();
    }

    private static PdfDocument Open(Stream content)
    {
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            content.CopyTo(copy);
            bytes = copy.ToArray();
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentReadException("the file is not a PDF (no %PDF header)");
        }

        Exception first;
        try
        {
            return OpenBytes(bytes);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            first = ex;
        }

        // PDFsharp does not rebuild a damaged cross-reference table; viewers do, so we try once.
        if (PdfRepair.Rebuild(bytes) is { } repaired)
        {
            try
            {
                return OpenBytes(repaired);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DocumentReadException)
            {
                // Fall through to the original reason: it describes the file as the user has it.
            }
        }

        throw new DocumentReadException(DamageReason(first), first);
    }

    private static PdfDocument OpenBytes(byte[] bytes)
    {
        bool needsPassword = false;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import, args =>
            {
                // Called only when the empty user password does not open the file.
                needsPassword = true;
                args.Abort = true;
            });
            return document ?? throw new DocumentReadException("the PDF is encrypted and needs a password");
        }
        catch (Exception ex) when (needsPassword && ex is not DocumentReadException)
        {
            throw new DocumentReadException("the PDF is encrypted and needs a password", ex);
        }
    }

    private static string DamageReason(Exception ex)
    {
        string message = ex.Message;
        if (message.Contains("xref", StringComparison.OrdinalIgnoreCase) || message.Contains("Trailer", StringComparison.OrdinalIgnoreCase)
            || message.Contains("cross-reference", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF's cross-reference table is damaged";
        }

        if (message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || message.Contains("security", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF uses an encryption PolicyLint cannot read";
        }

        if (message.Contains("page", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF's page tree is damaged";
        }

        return "the PDF's structure is damaged and could not be read";
    }
}
