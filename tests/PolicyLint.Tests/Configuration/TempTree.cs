using Xunit;
using System.Text.Json;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Configuration;

/// <summary>A folder of files for one test, removed afterwards; runs the real command line on it and reads its JSON.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "policylint-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Copy(string source, string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
        return path;
    }

    /// <summary>Runs <c>policylint check --format json</c> with the arguments and returns the exit code, the findings of every document, and stderr.</summary>
    public static (int Exit, List<JsonElement> Findings, JsonElement Root, string Err) CheckJson(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(["check", "--format", "json", .. args]);
        Assert.True(stdout.Length > 0, "no JSON written; stderr: " + stderr);
        var root = JsonDocument.Parse(stdout).RootElement.Clone();
        var findings = root.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToList();
        return (exit, findings, root, stderr);
    }

    public static List<JsonElement> Of(List<JsonElement> findings, string ruleId) =>
        [.. findings.Where(f => f.GetProperty("ruleId").GetString() == ruleId)];

    public static string? SuppressionKind(JsonElement finding) =>
        finding.GetProperty("suppression").ValueKind == JsonValueKind.Null ? null : finding.GetProperty("suppression").GetProperty("kind").GetString();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
