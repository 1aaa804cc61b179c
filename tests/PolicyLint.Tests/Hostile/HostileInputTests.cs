using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Hostile;

/// <summary>
/// Hostile input through the real command line, run as child processes so that a crash ends one batch only and is
/// reported with its files. Every run must end with exit code 0, 1 or 2 (never a signal), give every file a report
/// (findings, or PL9001 with its reason), keep its peak memory under <see cref="MemoryBound"/>, print nothing from
/// outside the documents (/etc/passwd), and still check the known-good file put in every batch, with the findings it
/// has on its own. Files are made by the tests from a fixed seed (POLICYLINT_HOSTILE_SEED replays another); a failure
/// names the seed, the case and what was done to the file.
/// </summary>
[Collection(HostileGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>The seed of every mutation (override with POLICYLINT_HOSTILE_SEED to replay or explore).</summary>
    public static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("POLICYLINT_HOSTILE_SEED"), CultureInfo.InvariantCulture, out int s) ? s : 20_261_121;

    /// <summary>Mutated files made per run (at least).</summary>
    private const int MutatedFiles = 2_000;

    /// <summary>Files per child process.</summary>
    private const int BatchSize = 200;

    /// <summary>The per-document time limit the children run with (--timeout).</summary>
    private const int TimeoutSeconds = 20;

    /// <summary>Peak resident memory allowed to one child, in bytes.</summary>
    private const long MemoryBound = 1536L << 20;

    private const string KnownGood = "000-known-good.md";

    private static readonly Lazy<IReadOnlyList<string>> KnownGoodFindings = new(() =>
    {
        var dir = NewFolder("known-good");
        File.Copy(CraftedFiles.RepoCorpus("weak-specification.md"), Path.Combine(dir, KnownGood));
        var run = ChildRun.Run(dir, ["check", KnownGood, "--format", "json", "--as-of", "2026-11-21"], TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 1, "the known-good file alone should exit 1 (warnings and errors): " + run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var list = Findings(json.RootElement.GetProperty("documents")[0]);
        Assert.NotEmpty(list);
        return list;
    });

    private static readonly Lazy<string[]> PasswdLines = new(() =>
        File.Exists("/etc/passwd") ? [.. File.ReadAllLines("/etc/passwd").Where(l => l.Length >= 12)] : []);

    [SkippableFact]
    public void Mutated_files_from_the_corpora_never_crash_hang_or_exhaust_memory()
    {
        var root = NewFolder("mutated");
        var seeds = SeedFiles(new Random(Seed));
        var mutator = new Mutator(Seed);
        int perSeed = (MutatedFiles + seeds.Count - 1) / seeds.Count;
        var made = new List<(string Class, string Name, string Origin, string What, byte[] Bytes)>();
        foreach (var seedFile in seeds)
        {
            var ext = Path.GetExtension(seedFile).ToLowerInvariant();
            var original = File.ReadAllBytes(seedFile);
            for (int i = 0; i < perSeed; i++)
            {
                var (what, bytes) = mutator.Mutate(original, ext);
                made.Add(("mutated " + ext, $"{made.Count:D5}{ext}", Path.GetFileName(seedFile), what, bytes));
            }
        }

        Assert.True(made.Count >= MutatedFiles, $"only {made.Count} mutated files were made");
        var failures = new List<string>();
        var stats = new Dictionary<string, ClassStats>(StringComparer.Ordinal);
        int batchNumber = 0;
        foreach (var group in made.GroupBy(m => m.Class))
        {
            foreach (var batch in group.Chunk(BatchSize))
            {
                var dir = Directory.CreateDirectory(Path.Combine(root, $"batch-{batchNumber++:D2}")).FullName;
                foreach (var m in batch)
                {
                    File.WriteAllBytes(Path.Combine(dir, m.Name), m.Bytes);
                }

                File.Copy(CraftedFiles.RepoCorpus("weak-specification.md"), Path.Combine(dir, KnownGood));
                var run = ChildRun.Run(dir, ["check", ".", "--format", "json", "--as-of", "2026-11-21", "--timeout", TimeoutSeconds.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(5));
                var describe = (string name) =>
                {
                    var m = batch.FirstOrDefault(x => x.Name == name);
                    return m.Name is null ? name : $"{name} (seed {Seed}: {m.Origin}, {m.What})";
                };
                var problems = CheckRun(run, [.. batch.Select(m => m.Name)], _ => (Expect.Either, null), describe);
                if (problems.Count > 0)
                {
                    failures.Add($"batch {Path.GetFileName(dir)} ({group.Key}, seed {Seed}, files: {string.Join(", ", batch.Select(m => describe(m.Name)))}):\n  " + string.Join("\n  ", problems));
                }

                Record(stats, group.Key, batch.Length, run);
            }
        }

        Report(stats, "Mutated files (seed " + Seed + "; worst time is a whole batch of up to " + BatchSize + " files plus the known-good one)");
        Directory.Delete(root, recursive: true);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public void Crafted_hostile_files_are_refused_or_checked_cleanly_and_never_stop_the_run()
    {
        var failures = new List<string>();
        var stats = new Dictionary<string, ClassStats>(StringComparer.Ordinal);
        var rows = new List<string>();
        foreach (var c in CraftedFiles.All())
        {
            var dir = NewFolder("crafted-" + c.Class + "-" + c.Name);
            try
            {
                File.Copy(CraftedFiles.RepoCorpus("weak-specification.md"), Path.Combine(dir, KnownGood));
                var paths = c.Make(dir);
                var args = new List<string> { "check", KnownGood };
                args.AddRange(paths);
                args.AddRange(["--format", "json", "--as-of", "2026-11-21"]);
                args.AddRange(c.Options.Contains("--timeout") ? c.Options : [.. c.Options, "--timeout", TimeoutSeconds.ToString(CultureInfo.InvariantCulture)]);
                var run = ChildRun.Run(dir, args, TimeSpan.FromMinutes(3), c.Prefix);
                var reported = c.ReportedPaths ?? paths;
                var problems = CheckRun(run, reported, p => ExpectFor(c, p), p => $"{p} (case {c})");
                if (c.ReportedPaths is not null && problems.Count == 0)
                {
                    problems.AddRange(OnlyThese(run, c, reported));
                }

                if (c.Options.Contains("--timeout"))
                {
                    // The documented limit: the document is stopped at the limit (plus the grace for code that does
                    // not look at its token), not when it would have finished.
                    double limit = double.Parse(c.Options[c.Options.ToList().IndexOf("--timeout") + 1], CultureInfo.InvariantCulture);
                    if (run.Elapsed.TotalSeconds > limit + 2 + 15)
                    {
                        problems.Add($"took {run.Elapsed.TotalSeconds:0.0} s with a {limit} s per-document limit");
                    }
                }

                if (problems.Count > 0)
                {
                    failures.Add($"case {c} (seed {Seed}):\n  " + string.Join("\n  ", problems));
                }

                Record(stats, c.Class, paths.Count, run);
                rows.Add($"{c,-55} exit {run.ExitCode}  {run.Elapsed.TotalSeconds,6:0.0} s  {run.PeakBytes >> 20,5} MB  {Reason(run, reported[0])}");
            }
            finally
            {
                c.CleanUp?.Invoke(dir);
                Directory.Delete(dir, recursive: true);
            }
        }

        output.WriteLine("Crafted cases (each run with the known-good file):");
        foreach (var row in rows)
        {
            output.WriteLine("  " + row);
        }

        Report(stats, "Crafted files by class");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // In a folder case the good file beside the hostile one is checked; the hostile one gets the case's expectation.
    private static (Expect, string?) ExpectFor(CraftedCase c, string path) => c.Name switch
    {
        "fifo-in-a-folder" when !path.EndsWith("pipe.md", StringComparison.Ordinal) => (Expect.Checked, null),
        "unreadable-subfolder" when !path.EndsWith("locked", StringComparison.Ordinal) => (Expect.Checked, null),
        _ => (c.Expect, c.Reason),
    };

    /// <summary>The checks every run gets; returns what is wrong, one line each.</summary>
    private static List<string> CheckRun(ChildResult run, IReadOnlyList<string> expected, Func<string, (Expect Expect, string? Reason)> expectation, Func<string, string> describe)
    {
        var problems = new List<string>();
        if (run.Crashed)
        {
            problems.Add($"the child {(run.Killed ? "was killed after running too long" : $"crashed with exit code {run.ExitCode}")}; stderr: {Tail(run.Stderr)}");
            return problems;
        }

        if (run.PeakBytes > MemoryBound)
        {
            problems.Add($"peak memory {run.PeakBytes >> 20} MB is over the {MemoryBound >> 20} MB bound");
        }

        foreach (var line in PasswdLines.Value)
        {
            if (run.Stdout.Contains(line, StringComparison.Ordinal) || run.Stderr.Contains(line, StringComparison.Ordinal))
            {
                problems.Add("the output holds a line of /etc/passwd: " + line);
                break;
            }
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(run.Stdout);
        }
        catch (JsonException ex)
        {
            problems.Add("the report is not JSON: " + ex.Message + "; stderr: " + Tail(run.Stderr));
            return problems;
        }

        using (json)
        {
            var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("path").GetString()!, StringComparer.Ordinal);
            if (!documents.TryGetValue(KnownGood, out var good))
            {
                problems.Add("the known-good file is missing from the report");
            }
            else if (!Findings(good).SequenceEqual(KnownGoodFindings.Value))
            {
                problems.Add("the known-good file's findings differ from its findings on its own: " + string.Join(", ", Findings(good)));
            }

            foreach (var path in expected)
            {
                if (!documents.TryGetValue(path, out var doc))
                {
                    problems.Add($"{describe(path)} has no report (reported: {string.Join(", ", documents.Keys.Take(5))}…)");
                    continue;
                }

                var error = doc.GetProperty("error").ValueKind == JsonValueKind.String ? doc.GetProperty("error").GetString() : null;
                var findings = doc.GetProperty("findings").EnumerateArray().ToList();
                var (expect, reason) = expectation(path);
                if (error is not null)
                {
                    if (!findings.Any(f => f.GetProperty("ruleId").GetString() == "PL9001" && f.GetProperty("message").GetString()!.Contains(error, StringComparison.Ordinal)))
                    {
                        problems.Add($"{describe(path)} was refused ({error}) without a PL9001 finding giving the reason");
                    }

                    if (expect == Expect.Checked)
                    {
                        problems.Add($"{describe(path)} should have been checked but was refused: {error}");
                    }
                    else if (reason is not null && !error.Contains(reason, StringComparison.Ordinal))
                    {
                        problems.Add($"{describe(path)} was refused, but the reason does not name '{reason}': {error}");
                    }
                }
                else if (expect == Expect.Refused)
                {
                    problems.Add($"{describe(path)} should have been refused ({reason}) but was checked with {findings.Count} findings");
                }
                else if (expect == Expect.Checked && reason is not null &&
                         !findings.Any(f => f.GetProperty("ruleId").GetString() == "PL9001" && f.GetProperty("message").GetString()!.Contains(reason, StringComparison.Ordinal)))
                {
                    problems.Add($"{describe(path)} was checked, but no PL9001 finding names '{reason}'");
                }
            }
        }

        return problems;
    }

    /// <summary>A folder case reports exactly its expected paths besides the known-good file (no file twice).</summary>
    private static IEnumerable<string> OnlyThese(ChildResult run, CraftedCase c, IReadOnlyList<string> reported)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        var paths = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).Where(p => p != KnownGood).Order(StringComparer.Ordinal).ToList();
        if (!paths.SequenceEqual(reported.Order(StringComparer.Ordinal)))
        {
            yield return $"case {c} reported {string.Join(", ", paths)}; expected exactly {string.Join(", ", reported)}";
        }
    }

    private static string Reason(ChildResult run, string path)
    {
        try
        {
            using var json = JsonDocument.Parse(run.Stdout);
            var doc = json.RootElement.GetProperty("documents").EnumerateArray().FirstOrDefault(d => d.GetProperty("path").GetString() == path);
            if (doc.ValueKind != JsonValueKind.Object)
            {
                return "(no report)";
            }

            var error = doc.GetProperty("error");
            if (error.ValueKind == JsonValueKind.String)
            {
                var text = error.GetString()!;
                return "refused: " + (text.Length > 110 ? text[..110] + "…" : text);
            }

            return $"checked: {doc.GetProperty("findings").GetArrayLength()} findings";
        }
        catch (JsonException)
        {
            return "(no JSON)";
        }
    }

    private static IReadOnlyList<string> Findings(JsonElement document) =>
        [.. document.GetProperty("findings").EnumerateArray().Select(f =>
        {
            var location = f.GetProperty("location");
            return $"{f.GetProperty("ruleId").GetString()}@{location.GetProperty("line")}:{location.GetProperty("column")}";
        })];

    /// <summary>The files mutated: the repository's corpus documents and a seeded sample of ../shared/corpora.</summary>
    private static List<string> SeedFiles(Random random)
    {
        string[] extensions = [".docx", ".pdf", ".md", ".txt"];
        var repo = Directory.GetFiles(TestPaths.InRepo("corpus"))
            .Where(f => extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var shared = Directory.GetFiles(Path.Combine(TestPaths.Corpora, "corpus"))
            .Where(f => extensions.Contains(Path.GetExtension(f)) && new FileInfo(f).Length <= 256 * 1024)
            .Order(StringComparer.Ordinal)
            .ToList();
        var sample = shared.OrderBy(_ => random.Next()).Take(40).Order(StringComparer.Ordinal);
        return [.. repo, .. sample];
    }

    private static string NewFolder(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "policylint-hostile-" + Environment.ProcessId, name);
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        return Directory.CreateDirectory(dir).FullName;
    }

    private static string Tail(string text) => text.Length > 600 ? "…" + text[^600..] : text;

    private static void Record(Dictionary<string, ClassStats> stats, string cls, int files, ChildResult run)
    {
        if (!stats.TryGetValue(cls, out var s))
        {
            stats[cls] = s = new ClassStats();
        }

        s.Files += files;
        s.Runs++;
        s.WorstSeconds = Math.Max(s.WorstSeconds, run.Elapsed.TotalSeconds);
        s.TotalSeconds += run.Elapsed.TotalSeconds;
        s.PeakBytes = Math.Max(s.PeakBytes, run.PeakBytes);
    }

    private void Report(Dictionary<string, ClassStats> stats, string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(title + ":");
        sb.AppendLine($"  {"class",-16} {"files",6} {"runs",5} {"worst run",10} {"total",8} {"peak memory",12}");
        foreach (var (cls, s) in stats.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"  {cls,-16} {s.Files,6} {s.Runs,5} {s.WorstSeconds,8:0.0} s {s.TotalSeconds,6:0.0} s {s.PeakBytes >> 20,9} MB");
        }

        output.WriteLine(sb.ToString());
    }

    private sealed class ClassStats
    {
        public int Files { get; set; }

        public int Runs { get; set; }

        public double WorstSeconds { get; set; }

        public double TotalSeconds { get; set; }

        public long PeakBytes { get; set; }
    }
}

/// <summary>The hostile tests run one at a time (each already keeps the machine's two cores busy).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileGroup
{
    public const string Name = "hostile";
}
