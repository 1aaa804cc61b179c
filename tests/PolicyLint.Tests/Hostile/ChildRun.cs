using System.Diagnostics;
using System.Globalization;

namespace PolicyLint.Tests.Hostile;

/// <summary>What one run of the real command line as a child process came to.</summary>
internal sealed record ChildResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, long PeakBytes, bool Killed)
{
    /// <summary>A process ended by a signal reports 128 + the signal (134 for the abort of a stack overflow).</summary>
    public bool Crashed => Killed || ExitCode is not (0 or 1 or 2);
}

/// <summary>
/// Runs <c>policylint</c> (the policylint.dll built beside the tests) as a child process, so a crash ends that child
/// only. Its peak resident memory is read from /proc/&lt;pid&gt;/status (VmHWM, the high-water mark) every few
/// milliseconds while it runs; the last reading before it exits is kept.
/// </summary>
internal static class ChildRun
{
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "policylint.dll");

    public static ChildResult Run(string workingDirectory, IEnumerable<string> cliArgs, TimeSpan hardLimit, IReadOnlyList<string>? prefix = null)
    {
        var info = new ProcessStartInfo
        {
            FileName = prefix is { Count: > 0 } ? prefix[0] : "dotnet",
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (prefix is { Count: > 0 })
        {
            foreach (var p in prefix.Skip(1))
            {
                info.ArgumentList.Add(p);
            }

            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(CliDll);
        foreach (var a in cliArgs)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        bool killed = false;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > hardLimit)
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                process.WaitForExit();
                break;
            }
        }

        clock.Stop();
        return new ChildResult(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak, killed);
    }

    /// <summary>VmHWM of a process (and, behind a wrapper such as setpriv, of the dotnet it runs), in bytes.</summary>
    private static long HighWaterMark(int pid)
    {
        long best = Read(pid);
        try
        {
            var children = $"/proc/{pid}/task/{pid}/children";
            if (File.Exists(children))
            {
                foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    best = Math.Max(best, Read(int.Parse(child, CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
        }

        return best;

        static long Read(int id)
        {
            try
            {
                foreach (var line in File.ReadLines($"/proc/{id}/status"))
                {
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    {
                        var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                        return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process has just exited.
            }

            return 0;
        }
    }
}
