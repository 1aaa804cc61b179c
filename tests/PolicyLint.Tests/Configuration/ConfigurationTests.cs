using Xunit;
using System.Text.Json;
using Json.Schema;
using PolicyLint.Analysis.Configuration;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Configuration;

/// <summary>policylint.json: discovery, precedence, overrides, the command line over the file, terms, errors, the schema.</summary>
public sealed class ConfigurationTests
{
    private const string Policy = """
        # Restraint policy

        Staff support the service user at all times.

        Violence and aggression is rare in our homes.

        We review each placement every month.
        """;

    private static string Severity(List<JsonElement> findings, string rule) =>
        Assert.Single(TempTree.Of(findings, rule)).GetProperty("severity").GetString()!;

    [Fact]
    public void Id_beats_category_beats_default()
    {
        using var tree = new TempTree();
        var doc = tree.Write("a.md", Policy);
        var (_, defaults, _, _) = TempTree.CheckJson(doc, "--no-config");
        Assert.Equal("warning", Severity(defaults, "PL2002"));
        Assert.Equal("warning", Severity(defaults, "PL2001"));

        tree.Write("policylint.json", """{ "root": true, "categories": { "Language": "error" }, "rules": { "PL2002": "info" } }""");
        var (_, findings, _, _) = TempTree.CheckJson(doc);
        Assert.Equal("info", Severity(findings, "PL2002"));   // by id
        Assert.Equal("error", Severity(findings, "PL2001"));  // by category
    }

    [Fact]
    public void The_nearest_file_wins_and_root_stops_the_walk()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", """{ "root": true, "rules": { "PL2002": "error", "PL2001": "error" } }""");
        var doc = tree.Write("teams/north/a.md", Policy);
        tree.Write("teams/north/policylint.json", """{ "rules": { "PL2002": "info" } }""");
        var (_, findings, _, _) = TempTree.CheckJson(doc);
        Assert.Equal("info", Severity(findings, "PL2002"));  // nearer
        Assert.Equal("error", Severity(findings, "PL2001")); // farther, not overridden

        tree.Write("teams/north/policylint.json", """{ "root": true, "rules": { "PL2002": "info" } }""");
        (_, findings, _, _) = TempTree.CheckJson(doc);
        Assert.Equal("info", Severity(findings, "PL2002"));
        Assert.Equal("warning", Severity(findings, "PL2001")); // the farther file is no longer read
    }

    [Fact]
    public void Overrides_apply_in_order_and_the_later_wins()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", """
            {
              "root": true,
              "overrides": [
                { "files": "**/*.md", "rules": { "PL2002": "error" } },
                { "files": ["drafts/**"], "rules": { "PL2002": "none" }, "kind": "specification" }
              ]
            }
            """);
        var a = tree.Write("a.md", Policy);
        var b = tree.Write("drafts/b.md", Policy);
        var (_, findings, root, _) = TempTree.CheckJson(a, b);
        var docs = root.GetProperty("documents").EnumerateArray().ToList();
        var aFindings = docs.Single(d => d.GetProperty("path").GetString()!.EndsWith("/a.md", StringComparison.Ordinal)).GetProperty("findings").EnumerateArray().ToList();
        var bDoc = docs.Single(d => d.GetProperty("path").GetString()!.EndsWith("drafts/b.md", StringComparison.Ordinal));
        Assert.Equal("error", Severity(aFindings, "PL2002"));
        Assert.Empty(TempTree.Of([.. bDoc.GetProperty("findings").EnumerateArray()], "PL2002"));
        Assert.Equal("specification", bDoc.GetProperty("kind").GetString());
        Assert.NotEmpty(TempTree.Of([.. bDoc.GetProperty("findings").EnumerateArray()], "PL2001"));
    }

    [Fact]
    public void The_command_line_beats_the_file()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", """{ "root": true, "setting": "mental-health-unit", "failOn": "warning", "kind": "other" }""");
        var doc = tree.Write("a.md", Policy);

        var (exit, _, root, _) = TempTree.CheckJson(doc);
        var d = root.GetProperty("documents")[0];
        Assert.Equal("mental-health-unit", d.GetProperty("setting").GetString());
        Assert.Equal(1, exit); // warnings fail by the file's failOn

        (exit, _, root, _) = TempTree.CheckJson(doc, "--setting", "education", "--fail-on", "error", "--kind", "policy");
        d = root.GetProperty("documents")[0];
        Assert.Equal("education", d.GetProperty("setting").GetString());
        Assert.Equal("policy", d.GetProperty("kind").GetString());
        Assert.DoesNotContain(d.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("suppression").ValueKind == JsonValueKind.Null && !f.GetProperty("ruleId").GetString()!.StartsWith("PL1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_long_sentence_limit_comes_from_the_file()
    {
        using var tree = new TempTree();
        var doc = tree.Write("a.md", "# Policy\n\nStaff talk with the person, listen to what they say, and agree together what will help them feel safe today.\n");
        var (_, findings, _, _) = TempTree.CheckJson(doc, "--no-config");
        Assert.Empty(TempTree.Of(findings, "PL2009"));

        tree.Write("policylint.json", """{ "root": true, "maxSentenceWords": 10 }""");
        (_, findings, _, _) = TempTree.CheckJson(doc);
        var finding = Assert.Single(TempTree.Of(findings, "PL2009"));
        Assert.Contains("more than 10", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Organisation_terms_report_under_their_own_ids_like_the_built_in_language_rules()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", """
            {
              "root": true,
              // comments are allowed
              "terms": [ { "id": "PL8001", "phrase": "placement", "alternatives": ["home"], "reason": "we say home, not placement", "severity": "error" } ],
            }
            """);
        var doc = tree.Write("a.md", """
            # Policy

            We review each placement every month.

            The form still says "placement" in its title.

            Staff say home instead of placement.
            """);
        var (exit, findings, _, _) = TempTree.CheckJson(doc);
        var term = Assert.Single(TempTree.Of(findings, "PL8001"));
        Assert.Equal("error", term.GetProperty("severity").GetString());
        Assert.Equal(3, term.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(["home"], term.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("we say home, not placement", term.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, exit);

        var (_, sarif, _) = CliRunner.Run("check", "--format", "sarif", doc);
        var run = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PL8001");
        Assert.Equal("PL8001", rules[result.GetProperty("ruleIndex").GetInt32()]);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"PL2002\": \"loud\"\n  }\n}", "policylint.json:3:15", "severity of PL2002")]
    [InlineData("{\n  \"rules\": { \"PL2002\": \"info\" },\n  \"colour\": \"red\"\n}", "policylint.json:3:3", "unknown setting 'colour'")]
    [InlineData("{\n  \"rules\": { \"PL2002\": \"info\" \n  \"failOn\": \"error\"\n}", "policylint.json:3:", "not valid JSON")]
    [InlineData("{ \"terms\": [ { \"id\": \"PL2002\", \"phrase\": \"x\", \"reason\": \"y\" } ] }", "policylint.json:1:22", "PL8001 to PL8999")]
    [InlineData("{ \"overrides\": [ { \"rules\": {} } ] }", "policylint.json:1:18", "needs 'files'")]
    [InlineData("{ \"maxSentenceWords\": 0 }", "policylint.json:1:23", "maxSentenceWords")]
    public void A_broken_configuration_is_a_usage_error_naming_file_line_and_column(string json, string where, string what)
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", json);
        var doc = tree.Write("a.md", Policy);
        var (exit, stdout, stderr) = CliRunner.Run("check", doc);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(where, stderr, StringComparison.Ordinal);
        Assert.Contains(what, stderr, StringComparison.Ordinal);

        // The schema shipped in the repository rejects it too (or, for broken JSON, it cannot be parsed at all).
        Assert.False(SchemaAccepts(json));
    }

    [Fact]
    public void An_unknown_rule_id_is_PL9004_with_line_and_column_and_the_run_goes_on()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", "{\n  \"root\": true,\n  \"rules\": { \"PL2999\": \"none\", \"PL2002\": \"info\" }\n}");
        var doc = tree.Write("a.md", Policy);
        var (exit, findings, _, stderr) = TempTree.CheckJson(doc);
        Assert.Equal(0, exit);
        Assert.Contains("policylint.json:3:14: warning PL9004: 'PL2999' is not a PolicyLint rule id", stderr, StringComparison.Ordinal);
        Assert.Equal("info", Severity(findings, "PL2002"));
    }

    [Fact]
    public void Init_writes_a_commented_starter_file_that_the_tool_and_the_schema_both_accept()
    {
        using var tree = new TempTree();
        var (exit, _, stderr) = CliRunner.Run("init", tree.Root);
        Assert.True(exit == 0, stderr);
        var path = tree.PathOf("policylint.json");
        var text = File.ReadAllText(path);
        Assert.Contains("//", text, StringComparison.Ordinal);
        Assert.Contains("\"$schema\": \"./.policylint.schema.json\"", text, StringComparison.Ordinal);
        var file = ConfigReader.Read(path);
        Assert.True(file.Root);
        Assert.Empty(file.Warnings);
        Assert.True(SchemaAccepts(text));

        // A second init does not replace it.
        (exit, _, stderr) = CliRunner.Run("init", tree.Root);
        Assert.Equal(2, exit);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Fact]
    public void Init_writes_a_schema_reference_that_resolves_outside_the_repository_to_the_shipped_schema()
    {
        using var tree = new TempTree();
        var folder = tree.PathOf("policies");
        Directory.CreateDirectory(folder);
        var (exit, _, stderr) = CliRunner.Run("init", folder);
        Assert.True(exit == 0, stderr);

        // Resolve $schema the way an editor does: relative to the configuration file's own folder.
        var config = File.ReadAllText(Path.Combine(folder, "policylint.json"));
        var reference = System.Text.RegularExpressions.Regex.Match(config, "\"\\$schema\":\\s*\"([^\"]+)\"").Groups[1].Value;
        Assert.False(Path.IsPathRooted(reference), reference);
        Assert.False(Uri.TryCreate(reference, UriKind.Absolute, out _), "an editor offline cannot fetch " + reference);
        var resolved = Path.GetFullPath(Path.Combine(folder, reference));
        Assert.True(File.Exists(resolved), resolved);
        Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("schemas", "policylint.schema.json")), File.ReadAllBytes(resolved));

        // The tree being outside the repository, nothing of it is reachable from there.
        Assert.False(File.Exists(Path.Combine(folder, "..", "schemas", "policylint.schema.json")));

        // init --force brings a stale copy up to date.
        File.WriteAllText(resolved, "{}");
        Assert.Equal(0, CliRunner.Run("init", folder, "--force").Exit);
        Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("schemas", "policylint.schema.json")), File.ReadAllBytes(resolved));
    }

    [Fact]
    public void The_schema_command_prints_the_shipped_schema()
    {
        var (exit, stdout, _) = CliRunner.Run("schema");
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(TestPaths.InRepo("schemas", "policylint.schema.json")), stdout);

        using var tree = new TempTree();
        Assert.Equal(0, CliRunner.Run("schema", "-o", tree.PathOf("s.json")).Exit);
        Assert.Equal(File.ReadAllBytes(TestPaths.InRepo("schemas", "policylint.schema.json")), File.ReadAllBytes(tree.PathOf("s.json")));
    }

    [Fact]
    public void The_schema_accepts_what_the_tool_accepts()
    {
        var good = """
            {
              "$schema": "schemas/policylint.schema.json",
              "root": true, "failOn": "warning", "kind": "policy", "setting": "older-people", "maxSentenceWords": 30,
              "rules": { "PL2002": "none" }, "categories": { "Upkeep": "error" },
              "terms": [ { "id": "PL8123", "phrase": "placement", "alternatives": ["home"], "reason": "our word", "severity": "info" } ],
              "overrides": [ { "files": ["a/**", "*.pdf"], "setting": "education", "rules": { "PL2009": "none" } } ],
              "suppressionsFile": "exceptions.json"
            }
            """;
        Assert.True(SchemaAccepts(good));
        using var tree = new TempTree();
        var path = tree.Write("policylint.json", good);
        Assert.Empty(ConfigReader.Read(path).Warnings);
    }

    [Fact]
    public void Config_shows_each_setting_and_where_it_came_from()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", "{\n  \"root\": true,\n  \"categories\": { \"Language\": \"error\" },\n  \"overrides\": [ { \"files\": \"*.md\", \"rules\": { \"PL2002\": \"info\" } } ]\n}");
        var doc = tree.Write("a.md", Policy);
        var (exit, stdout, _) = CliRunner.Run("config", doc);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n');
        var pl2002 = lines.Single(l => l.Contains("PL2002 ", StringComparison.Ordinal));
        Assert.Contains("info", pl2002, StringComparison.Ordinal);
        Assert.Contains("by id", pl2002, StringComparison.Ordinal);
        Assert.Contains("policylint.json:4:58 (override 1 (files *.md))", pl2002, StringComparison.Ordinal);
        var pl2001 = lines.Single(l => l.Contains("PL2001 ", StringComparison.Ordinal));
        Assert.Contains("error", pl2001, StringComparison.Ordinal);
        Assert.Contains("by category Language, ", pl2001, StringComparison.Ordinal);
        var pl3001 = lines.Single(l => l.Contains("PL3001 ", StringComparison.Ordinal));
        Assert.Contains("(default)", pl3001, StringComparison.Ordinal);
    }

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(TestPaths.InRepo("schemas", "policylint.schema.json"))));

    /// <summary>True when the JSON (comments and trailing commas allowed, as the tool allows) is valid against the repository's schema.</summary>
    private static bool SchemaAccepts(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        }
    }
}
