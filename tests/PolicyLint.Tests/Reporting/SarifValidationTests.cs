using System.Diagnostics;
using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Reporting;

/// <summary>
/// SARIF output checked by Microsoft's own validator (Sarif.Multitool from npm @microsoft/sarif-multitool-linux):
/// zero errors on the corpus output. .ci/run installs it and sets SARIF_MULTITOOL; on a developer machine the test
/// installs the same pinned version into .ci/tools itself (npm is needed). Never skipped.
/// </summary>
public sealed class SarifValidationTests(ITestOutputHelper output)
{
    private const string MultitoolVersion = "5.7.0";

    [Fact]
    public void Corpus_sarif_passes_the_SARIF_validator_with_no_errors() => AssertValidSarif(TestPaths.InRepo("corpus"));

    [Fact]
    public void Html_pages_sarif_passes_the_SARIF_validator_with_no_errors() =>
        AssertValidSarif(TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "html"));

    [Fact]
    public void Sarif_with_suppressions_and_an_organisation_term_passes_the_SARIF_validator()
    {
        var dir = Directory.CreateTempSubdirectory("policylint-sarif-suppressed");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "policylint.json"), """
                { "root": true, "terms": [ { "id": "PL8001", "phrase": "placement", "alternatives": ["home"], "reason": "we say home", "severity": "error" } ] }
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "# Policy\n\n<!-- policylint-disable-next-line PL2002 -- the survey's name -->\nThe service user survey closes in May.\n\nWe review each placement every month.\n");
            AssertValidSarif(dir.FullName);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sarif_with_configuration_notifications_passes_the_SARIF_validator()
    {
        var dir = Directory.CreateTempSubdirectory("policylint-sarif-configuration");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "policylint.json"), "{\n  \"root\": true,\n  \"rules\": { \"PL2999\": \"none\" },\n  \"failOn\": \"warning\"\n}\n");
            File.WriteAllText(Path.Combine(dir.FullName, "policylint.suppressions.json"), """
                { "suppressions": [ { "rule": "PL2002", "fingerprint": "00000000000000000000000000000000", "justification": "rewritten since" } ] }
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "a.md"), "# Policy\n\nThe service user survey closes in May.\n");
            AssertValidSarif(dir.FullName, root =>
            {
                var notifications = root.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolConfigurationNotifications");
                Assert.Equal(["PL9004", "PL9005"], notifications.EnumerateArray().Select(n => n.GetProperty("descriptor").GetProperty("id").GetString()));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private void AssertValidSarif(string input, Action<JsonElement>? inspect = null)
    {
        var dir = Directory.CreateTempSubdirectory("policylint-sarif");
        try
        {
            var sarif = Path.Combine(dir.FullName, "corpus.sarif");
            var (exit, _, _) = CliRunner.Run("check", input, "--format", "sarif", "--output", sarif);
            Assert.Equal(1, exit);
            if (inspect is not null)
            {
                using var written = JsonDocument.Parse(File.ReadAllText(sarif));
                inspect(written.RootElement);
            }

            var log = Path.Combine(dir.FullName, "validation.sarif");
            var (code, text) = Run(Multitool(), $"validate \"{sarif}\" -o \"{log}\" --log ForceOverwrite");
            output.WriteLine(text);
            Assert.True(code == 0, "Sarif.Multitool validate failed to run: " + text);

            using var validation = JsonDocument.Parse(File.ReadAllText(log));
            var results = validation.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            foreach (var r in results)
            {
                // SARIF's default level is "warning" when a result omits it.
                var level = r.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                output.WriteLine($"{level} {r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}");
            }

            var errors = results.Where(r => r.TryGetProperty("level", out var l) && l.GetString() == "error").ToList();
            Assert.Empty(errors);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sarif_lists_the_whole_catalogue_and_results_point_into_it()
    {
        var (_, text, _) = CliRunner.Run("check", TestPaths.InRepo("corpus"), "--format", "sarif");
        using var sarif = JsonDocument.Parse(text);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(PolicyLint.Rules.RuleCatalog.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.NotEmpty(r.GetProperty("properties").GetProperty("citations").EnumerateArray()));
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
        }
    }

    private static string Multitool()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        var tools = TestPaths.InRepo(".ci", "tools");
        var exe = Path.Combine(tools, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (!File.Exists(exe))
        {
            Directory.CreateDirectory(tools);
            var (code, text) = Run("npm", $"install --prefix \"{tools}\" --no-save --no-package-lock --loglevel=error @microsoft/sarif-multitool-linux@{MultitoolVersion}");
            Assert.True(code == 0 && File.Exists(exe), "Could not install the SARIF validator with npm: " + text);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(exe, File.GetUnixFileMode(exe) | UnixFileMode.UserExecute);
        }
        return exe;
    }

    private static (int Code, string Output) Run(string file, string arguments)
    {
        var psi = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
