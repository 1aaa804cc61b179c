using System.CommandLine;
using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Readers;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Writing;

namespace PolicyLint.Cli;

/// <summary>
/// <c>policylint review</c>: a reviewed copy of each document. A .docx gets <c>NAME.reviewed.docx</c> with a comment
/// on every finding, tracked changes for clear replacements and the scorecard at the top; .md, .txt and .html get a
/// Markdown review report <c>NAME.review.md</c> beside them; a PDF cannot be edited in place and gets the HTML report
/// of that document, <c>NAME.review.html</c>. The original is never written to. Exit 0 when every review was written, 2 when any input could not be
/// read or any review could not be written (the others are still written).
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var paths = new Argument<string[]>("paths") { Description = "Documents to review (.docx, .md, .txt, .pdf, .html; folders are searched).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the review (only with one input; default: NAME.reviewed.docx, or NAME.review.md beside the input)." };
        var noTrack = new Option<bool>("--no-track-changes") { Description = "Leave only comments in the reviewed Word copy: no tracked changes." };
        var command = new Command("review", "Write a reviewed copy of each document: a Word copy with comments and tracked changes (the original is never changed), a Markdown review report for .md, .txt and .html, or the HTML report for a .pdf.")
        {
            paths, output, noTrack,
        };
        var documents = new DocumentOptions(command);
        var limits = new LimitOptions(command);
        var configOptions = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            if (!limits.TryRead(parse, stderr, out var readerLimits))
            {
                return PolicyLintCli.ExitUsage;
            }

            if (!documents.TryRead(parse, stderr, clock, out var document))
            {
                return PolicyLintCli.ExitUsage;
            }

            // policylint.json applies as it does to check: kind and setting per glob, severities, terms, suppressions.
            var options = new CheckOptions
            {
                Kind = document.Kind, Setting = document.Setting, SettingGiven = document.SettingGiven, AsOf = document.AsOf, PdfPasswords = document.PdfPasswords,
                Limits = readerLimits, Configuration = configOptions.Read(parse),
            };
            var request = new Request(parse.GetValue(paths)!, parse.GetValue(output), !parse.GetValue(noTrack), options, clock.GetUtcNow());
            return Run(request, stdout, stderr);
        });
        return command;
    }

    private sealed record Request(string[] Inputs, string? Output, bool TrackChanges, CheckOptions Options, DateTimeOffset Now);

    private static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        var engine = new PolicyLintEngine(request.Options);
        var (files, missing, unsearchable) = PathExpander.Expand(request.Inputs, engine.Supports);
        bool failed = missing.Count > 0 || unsearchable.Count > 0;
        foreach (var m in missing)
        {
            stderr.WriteLine($"policylint: '{m}' does not exist");
        }

        foreach (var (path, reason) in unsearchable)
        {
            stderr.WriteLine($"policylint: {path}: {reason}");
        }

        if (request.Output is not null && files.Count + missing.Count + unsearchable.Count > 1)
        {
            stderr.WriteLine("policylint: --output names one file, so it can be used with one input only; without it each document's review is written beside it");
            return PolicyLintCli.ExitUsage;
        }

        if (files.Count == 0 && !failed)
        {
            stderr.WriteLine("policylint: no .docx, .md, .txt, .pdf or .html files found in " + string.Join(", ", request.Inputs));
            return PolicyLintCli.ExitUsage;
        }

        if (!ConfigCommands.Preload(request.Options.Configuration, files, stderr))
        {
            return PolicyLintCli.ExitUsage;
        }

        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var format = engine.FormatOf(file);
            var target = request.Output ?? DefaultOutput(file, format);
            if (!targets.Add(Path.GetFullPath(target)))
            {
                // draft.md and draft.txt (or draft.pdf) in one run: the second review names its input's extension.
                target = Path.ChangeExtension(file, null) + Path.GetExtension(file).ToLowerInvariant() + (format == SourceFormat.Pdf ? ".review.html" : ".review.md");
                targets.Add(Path.GetFullPath(target));
            }

            if (files.FirstOrDefault(f => SameFile(f, target)) is { } input)
            {
                stderr.WriteLine($"policylint: {file}: refusing to write the review to '{target}', which is the input '{input}'; the original is never changed: choose another --output");
                failed = true;
                continue;
            }

            if (!ReviewOne(engine, file, format, target, request, stdout, stderr))
            {
                failed = true;
            }
        }

        ConfigCommands.AfterRun(request.Options.Configuration, null, null, stderr);
        return failed ? PolicyLintCli.ExitUsage : PolicyLintCli.ExitClean;
    }

    /// <summary>NAME.reviewed.docx for Word, NAME.review.html for PDF (the HTML report), NAME.review.md for the rest.</summary>
    public static string DefaultOutput(string input, SourceFormat? format)
    {
        var dir = Path.GetDirectoryName(input) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(input);
        var name = format switch
        {
            SourceFormat.Docx => stem + ".reviewed.docx",
            SourceFormat.Pdf => stem + ".review.html",
            _ => stem + ".review.md",
        };
        return dir.Length == 0 ? name : Path.Combine(dir, name).Replace('\\', '/');
    }

    private static bool ReviewOne(PolicyLintEngine engine, string file, SourceFormat? format, string target, Request request, TextWriter stdout, TextWriter stderr)
    {
        // The original's bytes are read once: the copy is made from exactly what was checked.
        byte[]? original = null;
        if (format == SourceFormat.Docx)
        {
            try
            {
                original = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"policylint: {file}: {ex.Message}");
                return false;
            }
        }

        var checkedReport = engine.CheckOne(file);
        if (checkedReport.Error is not null || checkedReport.Document is null)
        {
            stderr.WriteLine($"policylint: {file}: {checkedReport.Error ?? "the document could not be read"}");
            return false;
        }

        // A suppressed finding has been answered (a marker, a Word comment or reply, a suppressions file): the review
        // comments only on what is still open.
        var report = checkedReport with { Findings = [.. checkedReport.Active] };

        if (original is not null)
        {
            DocxReview review;
            try
            {
                review = DocxReviewer.Review(report, original, request.TrackChanges, request.Now, request.Options.Limits, CancellationToken.None);
            }
            catch (Exception ex) when (ex is DocumentReadException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
            {
                stderr.WriteLine($"policylint: {file}: the reviewed copy could not be made: {ex.Message}");
                return false;
            }

            if (!ReportFile.WriteBytes(target, review.Content, stderr))
            {
                return false;
            }

            var whole = review.WholeParagraph > 0 ? $" ({review.WholeParagraph} on a whole paragraph)" : string.Empty;
            stdout.WriteLine($"{file}: {Count(report.Findings.Count, "finding")}: wrote {target} with {Count(review.Comments, "comment")}{whole} and {Count(review.TrackedChanges, "tracked change")}");
            return true;
        }

        if (format == SourceFormat.Pdf)
        {
            stderr.WriteLine($"policylint: {file}: a PDF cannot be edited in place, so its review is the HTML report ({target})");
        }

        Action<TextWriter> write = format == SourceFormat.Pdf && !target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? w => Reporting.Html.HtmlReportWriter.Render([report], w, new Reporting.Html.HtmlReportOptions { HelpBaseUri = DocsLocator.HelpBaseUri() })
            : w => MarkdownReview.Write(report, w);
        if (!ReportFile.Write(target, write, stderr))
        {
            return false;
        }

        stdout.WriteLine($"{file}: {Count(report.Findings.Count, "finding")}: wrote {target}");
        return true;
    }

    private static bool SameFile(string a, string b)
    {
        if (string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal))
        {
            return true;
        }

        // Another name for the same file (a hard or symbolic link) is the same file.
        var fa = FileProbe.Probe(a);
        var fb = FileProbe.Probe(b);
        return fa.Identity is { } ia && fb.Identity is { } ib && ia == ib;
    }

    private static string Count(int n, string one) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : one + "s")}");
}
