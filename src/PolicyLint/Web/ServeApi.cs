using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using PolicyLint.Analysis;
using PolicyLint.Readers;
using PolicyLint.Reporting;
using PolicyLint.Reporting.Html;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Writing;

namespace PolicyLint.Web;

/// <summary>
/// The three endpoints. Each reads the upload into a private folder, checks the documents with the engine (the same
/// limits as the command line, the per-document time limit included), answers, and deletes the folder in a finally.
/// Reports name each document by the file name it was uploaded with, never the folder it was saved in.
/// </summary>
internal sealed class ServeApi(ServeOptions options)
{
    private readonly ConcurrentDictionary<(DocumentKind?, CareSetting, DateOnly), PolicyLintEngine> _engines = new();
    private readonly PolicyLintEngine _probe = new(new CheckOptions { AsOf = DateOnly.MinValue, Limits = options.Limits });

    /// <summary><c>POST /api/check</c>: the JSON contract of <c>check --format json</c>.</summary>
    public Task CheckAsync(HttpContext context) => WithUploadAsync(context, "check", (upload, reports) =>
        Task.FromResult(Reply.Content("application/json; charset=utf-8", Encoding.UTF8.GetBytes(Render(new JsonReporter(), reports)), null)));

    /// <summary><c>POST /api/report</c>: the HTML report (<c>check --format html</c>).</summary>
    public Task ReportAsync(HttpContext context) => WithUploadAsync(context, "report", (upload, reports) =>
        Task.FromResult(HtmlReport(reports, Download(context) ? ReportName(upload) : null)));

    /// <summary>
    /// <c>POST /api/review</c>, one file: the reviewed Word copy of a .docx; for .md, .txt and .html the Markdown
    /// review; for a PDF (which cannot be edited in place) the HTML report.
    /// </summary>
    public Task ReviewAsync(HttpContext context) => WithUploadAsync(context, "review", async (upload, reports) =>
    {
        if (upload.Files.Count != 1)
        {
            return Reply.Problem(StatusCodes.Status400BadRequest, "One file at a time", "send exactly one file to review");
        }

        var file = upload.Files[0];
        var report = reports[0];
        var stem = Path.GetFileNameWithoutExtension(file.Name);
        if (file.Format == SourceFormat.Docx)
        {
            DocxReview review;
            try
            {
                var original = await File.ReadAllBytesAsync(file.SavedPath, context.RequestAborted);
                review = DocxReviewer.Review(report, original, trackChanges: true, options.Clock.GetUtcNow(), options.Limits, context.RequestAborted);
            }
            catch (Exception ex) when (ex is DocumentReadException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
            {
                var error = $"the reviewed copy could not be made: {ex.Message}";
                return Reply.Problem(StatusCodes.Status422UnprocessableEntity, "The reviewed copy could not be made", file.Name + ": " + error, [(file.Name, error)]);
            }

            return Reply.Content("application/vnd.openxmlformats-officedocument.wordprocessingml.document", review.Content, stem + ".reviewed.docx");
        }

        if (file.Format == SourceFormat.Pdf)
        {
            return HtmlReport(reports, stem + ".report.html");
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        MarkdownReview.Write(report, writer);
        return Reply.Content("text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(writer.ToString()), stem + ".review.md");
    });

    // No rule links: the command line links to docs on this computer (file:), which a served page can neither open
    // nor should reveal.
    private static HtmlReportOptions ReportOptions { get; } = new();

    /// <summary>
    /// Reads the upload into a private folder, checks it and prepares the answer; the folder is deleted before the
    /// answer is sent, so a client that has the answer knows nothing of its documents is left on the server.
    /// </summary>
    private async Task WithUploadAsync(HttpContext context, string what, Func<Upload, IReadOnlyList<DocumentReport>, Task<Reply>> answer)
    {
        Reply reply;
        using (var folder = UploadFolder.Create(options.TempRoot))
        {
            reply = await PrepareAsync(context, folder, what, answer);
        }

        await reply.SendAsync(context);
    }

    private async Task<Reply> PrepareAsync(HttpContext context, UploadFolder folder, string what, Func<Upload, IReadOnlyList<DocumentReport>, Task<Reply>> answer)
    {
        Upload upload;
        try
        {
            upload = await UploadReader.ReadAsync(context.Request, folder, options, _probe.FormatOf, context.RequestAborted);
        }
        catch (UploadException ex)
        {
            Log($"{what}: refused ({ex.Status.ToString(CultureInfo.InvariantCulture)})");
            return Reply.Problem(ex.Status, ex.Title, ex.Message);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel stops reading past the request size limit (413) or on a broken body (400).
            var status = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            Log($"{what}: refused ({status.ToString(CultureInfo.InvariantCulture)})");
            var detail = status == StatusCodes.Status413PayloadTooLarge
                ? $"the upload is larger than {ReaderLimits.Size(options.MaxRequestBytes)}, the most the server accepts in one request ({options.MaxFiles.ToString(CultureInfo.InvariantCulture)} files of {ReaderLimits.Size(options.Limits.MaxFileBytes)})"
                : "the request could not be read: " + ex.Message;
            return Reply.Problem(status, status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Malformed request", detail);
        }

        var engine = EngineFor(upload);
        var checkedReports = engine.Check([.. upload.Files.Select(f => f.SavedPath)]).Documents;
        var reports = new List<DocumentReport>(checkedReports.Count);
        for (int i = 0; i < checkedReports.Count; i++)
        {
            reports.Add(Rename(checkedReports[i], upload.Files[i]));
        }

        var unreadable = reports.Where(r => r.Error is not null).Select(r => (r.Path, r.Error!)).ToList();
        Log(string.Create(CultureInfo.InvariantCulture, $"{what}: {reports.Count} document(s), {unreadable.Count} could not be read, {reports.Sum(r => r.Findings.Count)} finding(s)"));
        if (unreadable.Count == reports.Count)
        {
            // Nothing could be read: there is no report to give, only why.
            var detail = string.Join("; ", unreadable.Select(u => $"{u.Item1}: {u.Item2}"));
            return Reply.Problem(StatusCodes.Status422UnprocessableEntity, unreadable.Count == 1 ? "The document could not be read" : "No document could be read", detail, unreadable);
        }

        return await answer(upload, reports);
    }

    private PolicyLintEngine EngineFor(Upload upload)
    {
        var today = DateOnly.FromDateTime(options.Clock.GetLocalNow().Date);
        return _engines.GetOrAdd((upload.Kind, upload.Setting, today), key => new PolicyLintEngine(new CheckOptions
        {
            Kind = key.Item1,
            Setting = key.Item2,
            AsOf = key.Item3,
            Limits = options.Limits,
            MaxParallelism = Math.Max(1, Environment.ProcessorCount),
        }));
    }

    /// <summary>The report under the uploaded name, with the private folder's path taken out of any message.</summary>
    private static DocumentReport Rename(DocumentReport report, UploadedFile file)
    {
        string? Clean(string? text) => text?.Replace(file.SavedPath, file.Name, StringComparison.Ordinal);
        var findings = report.Findings.Select(f => f.Message.Contains(file.SavedPath, StringComparison.Ordinal) ? f with { Message = Clean(f.Message)! } : f).ToList();
        return report with { Path = file.Name, Error = Clean(report.Error), Findings = findings };
    }

    private static string Render(IReporter reporter, IReadOnlyList<DocumentReport> reports)
    {
        using (reporter)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            reporter.Write(new CheckResult(reports), writer);
            return writer.ToString();
        }
    }

    private static bool Download(HttpContext context) => context.Request.Query.ContainsKey("download");

    private static string ReportName(Upload upload) =>
        upload.Files.Count == 1 ? Path.GetFileNameWithoutExtension(upload.Files[0].Name) + ".report.html" : "policylint-report.html";

    private static Reply HtmlReport(IReadOnlyList<DocumentReport> reports, string? fileName) =>
        Reply.Content("text/html; charset=utf-8", Encoding.UTF8.GetBytes(HtmlReportWriter.Render(reports, ReportOptions)), fileName, HtmlReportAssets.ContentSecurityPolicy);

    private void Log(string line) => options.Log?.WriteLine("policylint serve: " + line);
}
