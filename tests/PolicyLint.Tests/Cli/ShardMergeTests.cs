using System.Text.Json;
using PolicyLint.Analysis;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Cli;

/// <summary>
/// <c>check --shard K/N</c> splits a run so that every file is checked by exactly one shard, and <c>merge</c> puts the
/// shards' reports back together into what one run would have written, byte for byte.
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylint-shard-").FullName;

    private static string Corpus => TestPaths.InRepo("corpus");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out(string name) => Path.Combine(_dir, name);

    private static List<string> DocumentPaths(string jsonFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(jsonFile));
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!)];
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Shards_partition_the_files_each_file_in_exactly_one(int count)
    {
        Assert.True(CliRunner.Run("check", Corpus, "--format", "json", "-o", Out("all.json")).Exit is 0 or 1);
        var all = DocumentPaths(Out("all.json"));
        var seen = new List<string>();
        for (int k = 1; k <= count; k++)
        {
            var (exit, _, error) = CliRunner.Run("check", Corpus, "--format", "json", "--shard", $"{k}/{count}", "-o", Out($"s{k}.json"));
            Assert.True(exit is 0 or 1, error);
            seen.AddRange(DocumentPaths(Out($"s{k}.json")));
        }

        Assert.Equal(all.Count, seen.Count); // nothing checked twice
        Assert.Equal(all.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal)); // nothing left out
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Merging_the_shards_gives_the_report_of_one_run_byte_for_byte(string format)
    {
        Assert.True(CliRunner.Run("check", Corpus, "--format", format, "-o", Out("all." + format)).Exit is 0 or 1);
        var shards = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            shards.Add(Out($"s{k}.{format}"));
            Assert.True(CliRunner.Run("check", Corpus, "--format", format, "--shard", $"{k}/3", "-o", shards[^1]).Exit is 0 or 1);
        }

        // The shards hold different numbers of documents, so a merge that kept shard order or the shards' own
        // artifact indexes would differ from the single run.
        Assert.True(shards.Select(s => File.ReadAllText(s)).Distinct().Count() == 3);
        shards.Reverse(); // the order reports are named in does not matter
        var (exit, _, error) = CliRunner.Run(["merge", .. shards, "-o", Out("merged." + format)]);

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(Out("all." + format)), File.ReadAllText(Out("merged." + format)));
    }

    [Fact]
    public void Merged_sarif_renumbers_artifact_indexes_to_the_merged_artifacts()
    {
        for (int k = 1; k <= 2; k++)
        {
            Assert.True(CliRunner.Run("check", Corpus, "--format", "sarif", "--shard", $"{k}/2", "-o", Out($"s{k}.sarif")).Exit is 0 or 1);
        }

        var (exit, merged, error) = CliRunner.Run("merge", Out("s1.sarif"), Out("s2.sarif"));

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(merged);
        var run = json.RootElement.GetProperty("runs")[0];
        var uris = run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()).ToList();
        Assert.Equal(uris.Order(StringComparer.Ordinal), uris);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal(location.GetProperty("uri").GetString(), uris[location.GetProperty("index").GetInt32()]);
        }
    }

    [Fact]
    public void A_shard_with_no_files_writes_an_empty_report_and_is_not_an_error()
    {
        var file = TestPaths.InRepo("corpus", "provider-letter.txt");
        int mine = Shard.Of(file, 4);
        int other = mine % 4 + 1;

        var (exit, output, error) = CliRunner.Run("check", file, "--format", "json", "--shard", $"{other}/4");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
        using var own = JsonDocument.Parse(CliRunner.Run("check", file, "--format", "json", "--shard", $"{mine}/4").Out);
        Assert.Equal(1, own.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("3")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    public void A_malformed_shard_is_a_usage_error(string shard)
    {
        var (exit, _, error) = CliRunner.Run("check", Corpus, "--shard", shard);

        Assert.Equal(2, exit);
        Assert.Contains($"--shard '{shard}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_split_is_even_and_does_not_depend_on_the_order_files_are_listed_in()
    {
        var counts = new int[8];
        for (int i = 0; i < 10_000; i++)
        {
            counts[Shard.Of($"policies/trust-{i % 97}/policy-{i:D5}.docx", 8) - 1]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 1_250 * 85 / 100, 1_250 * 115 / 100));
        // A path's shard is a function of the path alone, the same in every process: the split of a tree must not
        // change between the machines of a job matrix or between versions of .NET (string.GetHashCode would).
        Assert.Equal(Shard.Of("policies/restraint.md", 8), Shard.Of("policies/restraint.md", 8));
        Assert.Equal(7, Shard.Of("policies/restraint.md", 8));
    }

    [Fact]
    public void Jobs_changes_how_many_documents_run_at_once_not_what_is_reported()
    {
        var one = CliRunner.Run("check", Corpus, "--format", "json", "--jobs", "1");
        var many = CliRunner.Run("check", Corpus, "--format", "json", "--jobs", "4");

        Assert.Equal(one.Out, many.Out);
        Assert.Equal(2, CliRunner.Run("check", Corpus, "--jobs", "0").Exit);
    }

    [Fact]
    public void Merge_refuses_overlapping_shards_mixed_formats_other_versions_and_broken_files_naming_the_file()
    {
        var json = Out("a.json");
        var sarif = Out("a.sarif");
        Assert.True(CliRunner.Run("check", Corpus, "--format", "json", "-o", json).Exit is 0 or 1);
        Assert.True(CliRunner.Run("check", Corpus, "--format", "sarif", "-o", sarif).Exit is 0 or 1);
        var copy = Out("b.json");
        File.Copy(json, copy);

        var overlap = CliRunner.Run("merge", json, copy);
        Assert.Equal(2, overlap.Exit);
        Assert.Contains("overlap", overlap.Err, StringComparison.Ordinal);
        Assert.Equal("", overlap.Out); // nothing half-written

        var mixed = CliRunner.Run("merge", json, sarif);
        Assert.Equal(2, mixed.Exit);
        Assert.Contains(sarif + ": is a SARIF report", mixed.Err, StringComparison.Ordinal);

        var older = Out("older.json");
        File.WriteAllText(older, File.ReadAllText(json).Replace("\"version\": \"", "\"version\": \"0.0.1-", StringComparison.Ordinal));
        var version = CliRunner.Run("merge", json, older);
        Assert.Equal(2, version.Exit);
        Assert.Contains(older + ": was written by PolicyLint 0.0.1-", version.Err, StringComparison.Ordinal);

        var broken = Out("broken.json");
        File.WriteAllText(broken, "{\n  \"documents\": [\n");
        var bad = CliRunner.Run("merge", json, broken);
        Assert.Equal(2, bad.Exit);
        Assert.Contains(broken + ": is not valid JSON at line 3", bad.Err, StringComparison.Ordinal);

        var notOurs = Out("other.json");
        File.WriteAllText(notOurs, "{\"results\": []}");
        Assert.Contains(notOurs + ": is neither PolicyLint's JSON report nor its SARIF", CliRunner.Run("merge", notOurs).Err, StringComparison.Ordinal);

        var missing = Out("missing.json");
        Assert.Contains(missing + ": cannot be read", CliRunner.Run("merge", missing).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_will_not_write_over_one_of_its_inputs()
    {
        var json = Out("a.json");
        Assert.True(CliRunner.Run("check", Corpus, "--format", "json", "-o", json).Exit is 0 or 1);
        var before = File.ReadAllBytes(json);

        var (exit, _, error) = CliRunner.Run("merge", json, "-o", json);

        Assert.Equal(2, exit);
        Assert.Contains("is one of the reports being merged", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(json));
    }
}
