using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PolicyLint.Readers;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Web;

/// <summary>
/// Reads a multipart/form-data upload as it arrives: each <c>files</c> part is streamed into the request's private
/// folder and refused as soon as it passes the size limit (413) or if its type is not one PolicyLint reads (415);
/// <c>kind</c> and <c>setting</c> are short text fields. Nothing is buffered whole in memory.
/// </summary>
internal static class UploadReader
{
    private const int MaxFieldChars = 100;

    /// <summary>Parses the request; throws <see cref="UploadException"/> with the status to answer when it is refused.</summary>
    public static async Task<Upload> ReadAsync(HttpRequest request, UploadFolder folder, ServeOptions options, Func<string, SourceFormat?> formatOf, CancellationToken cancellationToken)
    {
        var boundary = Boundary(request.ContentType);
        var reader = new MultipartReader(boundary, request.Body);
        var files = new List<UploadedFile>();
        string? kindText = null, settingText = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw Malformed("a part of the form has no form-data Content-Disposition");
                }

                var field = disposition.Name.Value?.Trim('"') ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    if (!string.Equals(field, "files", StringComparison.Ordinal))
                    {
                        throw Malformed($"files are sent in fields named 'files', not '{field}'");
                    }

                    var sentName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value?.Trim('"');
                    if (string.IsNullOrEmpty(sentName))
                    {
                        // A browser sends an empty file part when nothing was chosen.
                        continue;
                    }

                    if (files.Count == options.MaxFiles)
                    {
                        throw new UploadException(StatusCodes.Status413PayloadTooLarge, "Too many files", string.Create(CultureInfo.InvariantCulture, $"at most {options.MaxFiles} files can be checked at once; send the others separately"));
                    }

                    var name = CleanName(sentName);
                    if (formatOf(name) is not { } format)
                    {
                        throw new UploadException(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", $"{name}: PolicyLint reads .docx, .pdf, .md, .txt and .html files");
                    }

                    var path = folder.NextFilePath(name);
                    await SaveAsync(section.Body, path, name, options.Limits.MaxFileBytes, cancellationToken);
                    files.Add(new UploadedFile(name, path, format));
                }
                else if (field is "kind" or "setting")
                {
                    var value = await ReadFieldAsync(section.Body, field, cancellationToken);
                    if (field == "kind")
                    {
                        kindText = value;
                    }
                    else
                    {
                        settingText = value;
                    }
                }
                else
                {
                    // Other fields are not ours; drain them so the next part can be read.
                    await section.Body.CopyToAsync(Stream.Null, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && ex is not BadHttpRequestException)
        {
            throw Malformed("the form could not be read (" + ex.Message + ")");
        }

        if (files.Count == 0)
        {
            throw new UploadException(StatusCodes.Status400BadRequest, "No files", "choose at least one .docx, .pdf, .md, .txt or .html file and send it in a field named 'files'");
        }

        return new Upload(files, ParseKind(kindText), ParseSetting(settingText));
    }

    /// <summary>The file's own name without any folder part or control characters, as short as a file system allows.</summary>
    public static string CleanName(string sent)
    {
        var last = sent.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var builder = new StringBuilder(last.Length);
        foreach (var c in last)
        {
            builder.Append(char.IsControl(c) ? '_' : c);
        }

        var name = builder.ToString().Trim();
        if (name is "" or "." or "..")
        {
            name = "upload";
        }

        if (Encoding.UTF8.GetByteCount(name) > 200)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 10 ? string.Empty : extension;
            var stem = name[..^extension.Length];
            while (Encoding.UTF8.GetByteCount(stem) + extension.Length > 200)
            {
                stem = stem[..^1];
            }

            name = stem + extension;
        }

        return name;
    }

    private static string Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw Malformed("send the documents as multipart/form-data");
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200)
        {
            throw Malformed("the multipart/form-data boundary is missing or too long");
        }

        return boundary;
    }

    private static async Task SaveAsync(Stream body, string path, string name, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new UploadException(StatusCodes.Status413PayloadTooLarge, "File too large", $"{name} is larger than {ReaderLimits.Size(maxBytes)}, the largest file the server accepts (policylint serve --max-file-size)");
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static async Task<string> ReadFieldAsync(Stream body, string field, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[MaxFieldChars + 1];
        int count = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        if (count > MaxFieldChars)
        {
            throw Malformed($"the field '{field}' is too long");
        }

        return new string(buffer, 0, count).Trim();
    }

    private static DocumentKind? ParseKind(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Names.TryParseKind(text, out var kind)
            ? kind
            : throw new UploadException(StatusCodes.Status400BadRequest, "Unknown kind", $"kind '{text}' is not one of auto, {string.Join(", ", Names.Kinds)}");
    }

    private static CareSetting ParseSetting(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Equals("auto", StringComparison.OrdinalIgnoreCase))
        {
            return CareSetting.SocialCare;
        }

        return Names.TryParseSetting(text, out var setting)
            ? setting
            : throw new UploadException(StatusCodes.Status400BadRequest, "Unknown setting", $"setting '{text}' is not one of auto, {string.Join(", ", Names.Settings)}");
    }

    private static UploadException Malformed(string detail) => new(StatusCodes.Status400BadRequest, "Malformed form", detail);
}
