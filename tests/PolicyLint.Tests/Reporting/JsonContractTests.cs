using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Reporting;

/// <summary>The JSON output is a contract other tools read (docs/json-output.md): shape, names, types, per-format locations.</summary>
public sealed class JsonContractTests
{
    // One run of the corpus serves every test here: the tests only read the output.
    private static readonly Lazy<(int Exit, JsonElement Root)> Corpus = new(() =>
    {
        var (exit, output, _) = CliRunner.Run("check", TestPaths.InRepo("corpus"), "--format", "json");
        return (exit, JsonDocument.Parse(output).RootElement.Clone());
    });

    private static JsonElement RunOnCorpus()
    {
        Assert.Equal(1, Corpus.Value.Exit);
        return Corpus.Value.Root;
    }

    [Fact]
    public void Top_level_shape_follows_the_contract()
    {
        var root = RunOnCorpus();

        Assert.Equal(["tool", "documents", "configuration", "summary"], root.EnumerateObject().Select(p => p.Name));
        // The corpus has no policylint.json: no configuration problems, so the summary counts only findings.
        Assert.Empty(root.GetProperty("configuration").EnumerateArray());
        Assert.Equal("PolicyLint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", root.GetProperty("tool").GetProperty("version").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(["documents", "errors", "warnings", "infos", "suppressed"], summary.EnumerateObject().Select(p => p.Name));

        var docs = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(summary.GetProperty("documents").GetInt32(), docs.Count);
        var all = docs.SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Equal(summary.GetProperty("errors").GetInt32(), all.Count(f => f.GetProperty("severity").GetString() == "error"));
        Assert.Equal(summary.GetProperty("warnings").GetInt32(), all.Count(f => f.GetProperty("severity").GetString() == "warning"));
        Assert.Equal(summary.GetProperty("infos").GetInt32(), all.Count(f => f.GetProperty("severity").GetString() == "info"));

        // Stable order: by path.
        var paths = docs.Select(d => d.GetProperty("path").GetString()!).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Every_document_and_finding_has_the_contract_fields()
    {
        foreach (var doc in RunOnCorpus().GetProperty("documents").EnumerateArray())
        {
            Assert.Equal(["path", "format", "kind", "setting", "error", "findings", "clauses"], doc.EnumerateObject().Select(p => p.Name));
            Assert.Contains(doc.GetProperty("format").GetString(), new[] { "md", "txt", "docx", "pdf" });
            Assert.Contains(doc.GetProperty("kind").GetString(), new[] { "specification", "policy", "other" });
            Assert.Equal("social-care", doc.GetProperty("setting").GetString());
            Assert.Equal(JsonValueKind.Null, doc.GetProperty("error").ValueKind);
            foreach (var f in doc.GetProperty("findings").EnumerateArray())
            {
                Assert.Equal(["ruleId", "severity", "message", "text", "location", "suggestions", "fingerprint", "suppression"], f.EnumerateObject().Select(p => p.Name));
                Assert.Matches("^[0-9a-f]{32}$", f.GetProperty("fingerprint").GetString());
                Assert.Equal(JsonValueKind.Null, f.GetProperty("suppression").ValueKind);
                Assert.Matches("^PL[1-49][0-9]{3}$", f.GetProperty("ruleId").GetString());
                Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
                Assert.Equal(JsonValueKind.Array, f.GetProperty("suggestions").ValueKind);
                var loc = f.GetProperty("location");
                Assert.Equal(["line", "column", "page", "paragraph", "section"], loc.EnumerateObject().Select(p => p.Name));
                Assert.True(loc.GetProperty("line").GetInt32() >= 1);
                Assert.True(loc.GetProperty("column").GetInt32() >= 1);
            }
        }
    }

    [Theory]
    [InlineData("md")]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void Locations_use_each_formats_own_coordinates(string format)
    {
        var doc = RunOnCorpus().GetProperty("documents").EnumerateArray()
            .Single(d => d.GetProperty("path").GetString()!.EndsWith("weak-specification." + format, StringComparison.Ordinal));
        var finding = doc.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "PL2001");
        var loc = finding.GetProperty("location");

        Assert.Equal("violence and aggression", finding.GetProperty("text").GetString(), ignoreCase: true);
        Assert.Equal(["distress that harms", "behaviour of concern"], finding.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        switch (format)
        {
            case "md":
                Assert.Equal(JsonValueKind.Null, loc.GetProperty("page").ValueKind);
                Assert.Equal(JsonValueKind.Null, loc.GetProperty("paragraph").ValueKind);
                var line = File.ReadAllLines(TestPaths.InRepo("corpus", "weak-specification.md"))[loc.GetProperty("line").GetInt32() - 1];
                Assert.Equal("violence and aggression", line.Substring(loc.GetProperty("column").GetInt32() - 1, 23), ignoreCase: true);
                break;
            case "docx":
                Assert.Equal(JsonValueKind.Null, loc.GetProperty("page").ValueKind);
                Assert.Equal(loc.GetProperty("line").GetInt32(), loc.GetProperty("paragraph").GetInt32());
                break;
            default:
                Assert.True(loc.GetProperty("page").GetInt32() >= 1);
                Assert.Equal(JsonValueKind.Null, loc.GetProperty("paragraph").ValueKind);
                break;
        }

        Assert.False(string.IsNullOrEmpty(loc.GetProperty("section").GetString()));
    }

    [Fact]
    public void Clauses_carry_status_and_evidence_for_specifications_and_policies()
    {
        foreach (var doc in RunOnCorpus().GetProperty("documents").EnumerateArray())
        {
            var clauses = doc.GetProperty("clauses").EnumerateArray().ToList();
            if (doc.GetProperty("kind").GetString() == "other")
            {
                Assert.Empty(clauses);
                continue;
            }

            Assert.NotEmpty(clauses);
            foreach (var c in clauses)
            {
                Assert.StartsWith("PL1", c.GetProperty("ruleId").GetString(), StringComparison.Ordinal);
                var status = c.GetProperty("status").GetString();
                Assert.Contains(status, new[] { "present", "partial", "missing", "uncertain" });
                var names = c.EnumerateObject().Select(p => p.Name).Where(n => n != "ruleStatus").ToList();
                Assert.Equal(["ruleId", "status", "explanation", "evidence", "allEvidence", "elements"], names);
                Assert.Equal(status == "uncertain", c.TryGetProperty("ruleStatus", out _));
                if (status != "missing")
                {
                    var principal = c.GetProperty("evidence").GetProperty("text").GetString();
                    Assert.False(string.IsNullOrWhiteSpace(principal));
                    Assert.Equal(principal, c.GetProperty("allEvidence")[0].GetProperty("text").GetString());
                }

                foreach (var e in c.GetProperty("elements").EnumerateArray())
                {
                    Assert.Equal(["name", "found", "evidence"], e.EnumerateObject().Select(p => p.Name));
                    Assert.Equal(e.GetProperty("found").GetBoolean(), e.GetProperty("evidence").ValueKind == JsonValueKind.Object);
                }
            }
        }
    }

    [Fact]
    public void Clauses_of_several_elements_name_each_element_found_and_missing()
    {
        var elements = RunOnCorpus().GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("clauses").EnumerateArray())
            .SelectMany(c => c.GetProperty("elements").EnumerateArray())
            .ToList();
        Assert.Contains(elements, e => e.GetProperty("found").GetBoolean());
        Assert.Contains(elements, e => !e.GetProperty("found").GetBoolean());
    }
}
