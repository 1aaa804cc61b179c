using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Configuration;

/// <summary>
/// Problems in policylint.json and suppressions files (PL9004 an unknown rule id, PL9005 a suppression that
/// suppresses nothing) reach every output format, not only stderr, and count toward the exit code like findings of
/// their severity (PL9004 a warning, PL9005 an info).
/// </summary>
public sealed class ConfigurationInReportsTests : IDisposable
{
    private const string Config = "{\n  \"root\": true,\n  \"rules\": { \"PL2999\": \"none\" }\n}\n";

    private const string Suppressions = """
        {
          "suppressions": [
            { "rule": "PL2002", "fingerprint": "00000000000000000000000000000000", "justification": "a sentence since rewritten" }
          ]
        }
        """;

    // A document with no findings, so that whatever fails the run is the configuration.
    private const string Clean = "# Notes\n\nWe meet every Tuesday.\n";

    private readonly TempTree _tree = new();
    private readonly string _doc;

    public ConfigurationInReportsTests()
    {
        _tree.Write("policylint.json", Config);
        _tree.Write("policylint.suppressions.json", Suppressions);
        _doc = _tree.Write("notes.md", Clean);
    }

    public void Dispose() => _tree.Dispose();

    // The tree is outside the current folder, so reports name its files by their full paths.
    private (int Exit, string Out, string Err) Check(params string[] args) => CliRunner.Run(["check", _doc, .. args]);

    private string Full(string name) => _tree.PathOf(name).Replace('\\', '/');

    [Fact]
    public void Json_has_a_configuration_section_counted_in_the_summary()
    {
        var (exit, stdout, stderr) = Check("--format", "json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["tool", "documents", "configuration", "summary"], root.EnumerateObject().Select(p => p.Name));
        var items = root.GetProperty("configuration").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);

        var unknown = items[0];
        Assert.Equal(["ruleId", "severity", "message", "path", "location"], unknown.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PL9004", unknown.GetProperty("ruleId").GetString());
        Assert.Equal("warning", unknown.GetProperty("severity").GetString());
        Assert.Equal(Full("policylint.json"), unknown.GetProperty("path").GetString());
        Assert.Equal(3, unknown.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(14, unknown.GetProperty("location").GetProperty("column").GetInt32());
        Assert.Contains("'PL2999'", unknown.GetProperty("message").GetString(), StringComparison.Ordinal);

        var unused = items[1];
        Assert.Equal("PL9005", unused.GetProperty("ruleId").GetString());
        Assert.Equal("info", unused.GetProperty("severity").GetString());
        Assert.Equal(Full("policylint.suppressions.json"), unused.GetProperty("path").GetString());
        Assert.Equal(3, unused.GetProperty("location").GetProperty("line").GetInt32());

        var summary = root.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(1, summary.GetProperty("infos").GetInt32());
        Assert.Empty(root.GetProperty("documents")[0].GetProperty("findings").EnumerateArray());

        // For the machine formats stderr still tells a person at the terminal.
        Assert.Contains("policylint.json:3:14: warning PL9004:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void They_count_toward_the_exit_code_like_findings_of_their_severity()
    {
        Assert.Equal(0, Check("--format", "json").Exit);
        Assert.Equal(1, Check("--format", "json", "--fail-on", "warning").Exit);
        Assert.Equal(1, Check("--format", "json", "--fail-on", "info").Exit);

        // The failOn of the policylint.json they are about applies to them as to its documents.
        _tree.Write("policylint.json", "{\n  \"root\": true,\n  \"rules\": { \"PL2999\": \"none\" },\n  \"failOn\": \"warning\"\n}\n");
        Assert.Equal(1, Check("--format", "json").Exit);
        Assert.Equal(0, Check("--format", "json", "--fail-on", "error").Exit);

        // Without the unknown id, only the info is left: it does not fail at warning.
        _tree.Write("policylint.json", "{\n  \"root\": true,\n  \"failOn\": \"warning\"\n}\n");
        Assert.Equal(0, Check("--format", "json").Exit);
        Assert.Equal(1, Check("--format", "json", "--fail-on", "info").Exit);
    }

    [Fact]
    public void Text_lists_them_like_findings_once_on_stdout()
    {
        var (exit, stdout, stderr) = Check();
        Assert.Equal(0, exit);
        Assert.Contains("policylint.json:3:14: warning PL9004: 'PL2999' is not a PolicyLint rule id", stdout, StringComparison.Ordinal);
        Assert.Contains("policylint.suppressions.json:3:5: info PL9005: The suppression of PL2002 suppresses nothing", stdout, StringComparison.Ordinal);
        Assert.Contains("[docs/rules/PL9004.md]", stdout, StringComparison.Ordinal);
        Assert.Contains("0 errors, 1 warning, 1 info (of which 2 are about the configuration)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("PL9004", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("PL9005", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_annotates_the_configuration_files_at_the_entry()
    {
        var (_, stdout, _) = Check("--format", "github");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("::warning file=", StringComparison.Ordinal) && l.Contains("policylint.json,line=3,col=14,title=PL9004 ", StringComparison.Ordinal) && l.Contains("::'PL2999' is not a PolicyLint rule id", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::notice file=", StringComparison.Ordinal) && l.Contains("policylint.suppressions.json,line=3,col=5,title=PL9005 ", StringComparison.Ordinal));
        Assert.Contains("0 errors, 1 warning, 1 info", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_puts_them_in_the_invocations_tool_configuration_notifications()
    {
        var (_, stdout, _) = Check("--format", "sarif");
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolConfigurationNotifications").EnumerateArray().ToList();
        Assert.Equal(2, notifications.Count);
        var unknown = notifications[0];
        Assert.Equal("PL9004", unknown.GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("warning", unknown.GetProperty("level").GetString());
        var physical = unknown.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(_tree.PathOf("policylint.json")).AbsoluteUri, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(14, physical.GetProperty("region").GetProperty("startColumn").GetInt32());

        // associatedRule points at the rule in tool.driver.rules.
        int index = unknown.GetProperty("associatedRule").GetProperty("index").GetInt32();
        Assert.Equal("PL9004", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[index].GetProperty("id").GetString());
        Assert.Equal("PL9005", notifications[1].GetProperty("descriptor").GetProperty("id").GetString());
        Assert.Equal("note", notifications[1].GetProperty("level").GetString());
    }

    [Fact]
    public void Html_has_a_configuration_section_and_counts_them_in_the_summary()
    {
        var (_, stdout, _) = Check("--format", "html");
        var start = stdout.IndexOf("<section id=\"configuration\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no configuration section");
        var section = stdout[start..stdout.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("PL9004", section, StringComparison.Ordinal);
        Assert.Contains(Full("policylint.json") + ", line 3, column 14", section, StringComparison.Ordinal);
        Assert.Contains("&#39;PL2999&#39; is not a PolicyLint rule id", section.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Full("policylint.suppressions.json") + ", line 3, column 5", section, StringComparison.Ordinal);
        Assert.Matches("id=\"summary-warnings\"[^>]*>[^0-9]*1<", stdout);

        // The severity filters count only what they can hide: the document's findings (none here).
        Assert.Matches("name=\"severity\" value=\"warning\" checked> [^(]*\\(0\\)", stdout);
    }

    [Fact]
    public void Without_problems_the_reports_carry_none()
    {
        _tree.Write("policylint.json", "{ \"root\": true }");
        File.Delete(_tree.PathOf("policylint.suppressions.json"));
        var root = JsonDocument.Parse(Check("--format", "json").Out).RootElement;
        Assert.Empty(root.GetProperty("configuration").EnumerateArray());
        var run = JsonDocument.Parse(Check("--format", "sarif").Out).RootElement.GetProperty("runs")[0];
        Assert.False(run.GetProperty("invocations")[0].TryGetProperty("toolConfigurationNotifications", out _));
        Assert.DoesNotContain("id=\"configuration\"", Check("--format", "html").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Merged_shards_carry_each_problem_once_and_an_unused_suppression_only_if_no_shard_used_it(string format)
    {
        // Several documents so both shards get some; the suppression matches a finding in one document only.
        for (int i = 0; i < 12; i++)
        {
            _tree.Write($"doc{i}.md", Clean);
        }

        _tree.Write("doc3.md", "# Policy\n\nStaff may use restraint on service users.\n");
        var all = JsonDocument.Parse(RunIn("check", _tree.Root, "--format", "json").Out).RootElement;
        var finding = all.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("path").GetString()!.EndsWith("doc3.md", StringComparison.Ordinal)).GetProperty("findings")[0];
        _tree.Write("policylint.suppressions.json", $$"""
            {
              "suppressions": [
                { "rule": "PL2002", "fingerprint": "{{finding.GetProperty("fingerprint").GetString()}}", "justification": "the survey's name" },
                { "rule": "PL2002", "fingerprint": "00000000000000000000000000000000", "justification": "a sentence since rewritten" }
              ]
            }
            """);

        var one = _tree.PathOf("out/all." + format);
        Directory.CreateDirectory(Path.GetDirectoryName(one)!);
        Assert.True(RunIn("check", _tree.Root, "--format", format, "-o", one).Exit is 0 or 1);
        var shards = new List<string>();
        var seen = new List<string>();
        for (int k = 1; k <= 2; k++)
        {
            shards.Add(_tree.PathOf($"out/s{k}.{format}"));
            Assert.True(RunIn("check", _tree.Root, "--format", format, "--shard", $"{k}/2", "-o", shards[^1]).Exit is 0 or 1);
            seen.AddRange(Problems(File.ReadAllText(shards[^1]), format));
        }

        // With documents in both shards (the split hashes the paths: with 13 documents nearly always), each shard
        // reported the unknown id, and the used suppression was unused in the shard without doc3.md.
        if (seen.Count(p => p == "PL9004") == 2)
        {
            Assert.Equal(3, seen.Count(p => p == "PL9005"));
        }

        var merged = _tree.PathOf("out/merged." + format);
        var (exit, _, stderr) = RunIn(["merge", .. shards, "-o", merged]);
        Assert.True(exit == 0, stderr);
        Assert.Equal(File.ReadAllText(one), File.ReadAllText(merged));

        // What one run says: the unknown id once, the unused suppression once, the used one not at all.
        Assert.Equal(["PL9004", "PL9005"], Problems(File.ReadAllText(merged), format));
    }

    /// <summary>The rule ids of the configuration problems in a JSON or SARIF report.</summary>
    private static List<string> Problems(string report, string format)
    {
        var root = JsonDocument.Parse(report).RootElement;
        return format == "json"
            ? [.. root.GetProperty("configuration").EnumerateArray().Select(c => c.GetProperty("ruleId").GetString()!)]
            : root.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("toolConfigurationNotifications", out var n)
                ? [.. n.EnumerateArray().Select(c => c.GetProperty("descriptor").GetProperty("id").GetString()!)]
                : [];
    }

    private static (int Exit, string Out, string Err) RunIn(params string[] args) => CliRunner.Run(args);
}
