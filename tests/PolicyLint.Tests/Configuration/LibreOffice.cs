using System.Diagnostics;

namespace PolicyLint.Tests.Configuration;

/// <summary>Converts documents with LibreOffice headless (installed by .ci/run); a missing LibreOffice fails the test, naming the package.</summary>
internal static class LibreOffice
{
    public static void ConvertToPdf(string input, string outDir, string profileDir)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed: install Debian's libreoffice-writer-nogui (.ci/run does) to run the PDF baseline test");
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-env:UserInstallation=" + new Uri(profileDir).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, input })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("LibreOffice did not finish converting " + input);
        }

        var expected = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + ".pdf");
        if (process.ExitCode != 0 || !File.Exists(expected))
        {
            throw new InvalidOperationException($"LibreOffice could not convert {input} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        }
    }
}
