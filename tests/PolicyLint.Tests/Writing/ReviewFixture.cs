using System.Diagnostics;
using System.Security.Cryptography;
using PolicyLint.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Writing;

/// <summary>
/// Reviews real .docx files once for the whole test class, through the real command line: every corpus .docx, a few
/// from ../shared/corpora (hyperlinks, tables, fields, content controls, others' revisions and comments) and the
/// hand-made <see cref="TrickyDocx"/>; each with tracked changes and, into a second folder, without. LibreOffice
/// converts the reviewed copies once, on first use, with a private profile.
/// </summary>
public sealed class ReviewFixture : IDisposable
{
    /// <summary>Files from ../shared/corpora with the features that make run splitting hard.</summary>
    public static readonly string[] SharedFiles =
    [
        "pydocx__par-hyperlinks.docx", "pandoc__links.docx", "pandoc__tables.docx", "oxsdk__field.docx", "pandoc__nested_sdt.docx",
        "oxsdk__revision.docx", "pandoc__comments.docx", "oxsdk__Comment001.docx", "pandoc__track_changes_insertion.docx",
        "oxsdk__complex2010.docx", "pandoc__instrText_hyperlink.docx", "oxsdk__simpleSdt.docx",
    ];

    private readonly Lazy<string> _converted;

    public ReviewFixture()
    {
        Root = Directory.CreateTempSubdirectory("policylint-review-").FullName;
        Inputs = Path.Combine(Root, "in");
        Untracked = Path.Combine(Root, "untracked");
        Directory.CreateDirectory(Inputs);
        Directory.CreateDirectory(Untracked);

        var documents = new List<Reviewed>();
        foreach (var file in Directory.GetFiles(TestPaths.InRepo("corpus"), "*.docx").Order(StringComparer.Ordinal))
        {
            documents.Add(Review(file, null));
        }

        foreach (var name in SharedFiles)
        {
            documents.Add(Review(Path.Combine(TestPaths.Corpora, "corpus", name), DocumentKind.Policy));
        }

        var tricky = Path.Combine(Root, "tricky.docx");
        TrickyDocx.Write(tricky);
        documents.Add(Review(tricky, DocumentKind.Other));
        File.Delete(tricky);
        Documents = documents;
        _converted = new Lazy<string>(Convert);
    }

    public string Root { get; }

    public string Inputs { get; }

    public string Untracked { get; }

    internal IReadOnlyList<Reviewed> Documents { get; }

    internal Reviewed Tricky => Documents.Single(d => Path.GetFileName(d.Input) == "tricky.docx");

    /// <summary>The folder of LibreOffice's flat ODF (.fodt) conversions of the reviewed copies.</summary>
    public string Converted => _converted.Value;

    internal static CheckOptions Options(DocumentKind? kind) => new() { Kind = kind, AsOf = DateOnly.FromDateTime(CliRunner.Today.Date) };

    private Reviewed Review(string source, DocumentKind? kind)
    {
        var input = Path.Combine(Inputs, Path.GetFileName(source));
        File.Copy(source, input);
        var hash = SHA256.HashData(File.ReadAllBytes(input));
        string[] kindArgs = kind is { } k ? ["--kind", Names.Of(k)] : [];
        var (exit, output, error) = CliRunner.Run(["review", input, .. kindArgs]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"review of {input} exited {exit}: {output} {error}");
        }

        var untracked = Path.Combine(Untracked, Path.GetFileName(source));
        var (exit2, output2, error2) = CliRunner.Run(["review", input, "--no-track-changes", "-o", untracked, .. kindArgs]);
        if (exit2 != 0)
        {
            throw new InvalidOperationException($"review --no-track-changes of {input} exited {exit2}: {output2} {error2}");
        }

        var report = new PolicyLintEngine(Options(kind)).CheckOne(input);
        return new Reviewed(input, Path.ChangeExtension(input, null) + ".reviewed.docx", untracked, hash, report, output);
    }

    private string Convert() => RunLibreOffice("fodt", Path.Combine(Root, "fodt"), Documents.Select(d => d.Output));

    /// <summary>
    /// Page 1 of a reviewed copy as LibreOffice prints it (PDF), as a PNG made by poppler's pdftoppm: the picture of a
    /// review the README shows.
    /// </summary>
    internal string RenderFirstPage(Reviewed document, string png)
    {
        // With the comments exported (LibreOffice 7.4 draws each as a note icon where it is anchored).
        var pdfDir = RunLibreOffice("pdf:writer_pdf_Export:{\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}", Path.Combine(Root, "pdf"), [document.Output]);
        var pdf = Path.Combine(pdfDir, Path.GetFileNameWithoutExtension(document.Output) + ".pdf");
        var pdftoppm = new[] { "/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("pdftoppm is not installed: install Debian's poppler-utils (.ci/run does)");
        var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.ChangeExtension(png, null) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm exited {process.ExitCode}: {stderr}");
        }

        return png;
    }

    private string RunLibreOffice(string format, string outDir, IEnumerable<string> files)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: install Debian's libreoffice-writer-nogui (.ci/run does) to run the round-trip tests");
        var profile = new Uri(Path.Combine(Root, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("LibreOffice did not finish converting the reviewed copies");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"LibreOffice exited {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }

        return outDir;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>One reviewed document: the input copy, its reviewed copies, its hash before the review, its report.</summary>
    internal sealed record Reviewed(string Input, string Output, string UntrackedOutput, byte[] InputHash, DocumentReport Report, string Printed)
    {
        public override string ToString() => Path.GetFileName(Input);
    }
}
