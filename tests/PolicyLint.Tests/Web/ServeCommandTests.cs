using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using PolicyLint.Tests.Hostile;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Web;

/// <summary><c>policylint serve</c> as a user starts it: a child process that prints its address and answers there.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_binds_loopback_on_a_free_port_prints_the_address_and_answers_there()
    {
        using var child = Start([]);
        var (line, _) = await ReadAddressAsync(child);
        var match = AddressLine().Match(line);
        Assert.True(match.Success, "unexpected first line: " + line);
        using var client = new HttpClient { BaseAddress = new Uri(match.Groups["url"].Value) };
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var check = await client.PostAsync("api/check", TestServer.FormOf(TestPaths.InRepo("corpus", "provider-letter.txt")));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Stop(child);
    }

    [Fact]
    public async Task Listening_beyond_loopback_is_warned_about_on_stderr()
    {
        using var child = Start(["--urls", "http://0.0.0.0:0"]);
        var (line, stderr) = await ReadAddressAsync(child);
        Assert.StartsWith("PolicyLint is serving http://0.0.0.0:", line, StringComparison.Ordinal);
        Stop(child);
        Assert.Contains("warning: listening on http://0.0.0.0:0 reaches beyond this computer", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_limits_are_usage_errors()
    {
        var (exit, _, err) = CliRunner.Run("serve", "--max-files", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--max-files must be at least 1", err, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^PolicyLint is serving (?<url>http://127\.0\.0\.1:[1-9][0-9]*/) — press Ctrl\+C to stop$")]
    private static partial Regex AddressLine();

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = TestPaths.RepoRoot };
        info.ArgumentList.Add(ChildRun.CliDll);
        info.ArgumentList.Add("serve");
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info)!;
    }

    private static async Task<(string Line, Task<string> Stderr)> ReadAddressAsync(Process child)
    {
        var stderr = child.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? line;
        try
        {
            line = await child.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw new InvalidOperationException("serve printed no address within two minutes");
        }

        if (line is null)
        {
            child.WaitForExit();
            throw new InvalidOperationException("serve ended without printing its address: " + await stderr);
        }

        return (line, stderr);
    }

    /// <summary>Stops the server as Ctrl+C would (SIGTERM is handled the same way) and waits for it to end cleanly.</summary>
    private static void Stop(Process child)
    {
        Assert.Equal(0, Kill(child.Id, 15));
        if (!child.WaitForExit(60_000))
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail("serve did not stop on SIGTERM");
        }

        Assert.Equal(0, child.ExitCode);
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
