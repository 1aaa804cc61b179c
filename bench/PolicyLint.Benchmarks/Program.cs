using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PolicyLint.Benchmarks;

// Two modes:
//   read [--prepare] [--serial] PATHS...   reader-only: read every file as `policylint check` would (same loader,
//                                          guards and readers, files in parallel), run no rule, print totals. With
//                                          --prepare, also split into sentences and tokens and detect the kind.
//                                          For whole-process timing against pandoc and pdftotext (bench/run.sh).
//   cold FILE                              one fresh process: the time of each start-up step the first time it runs
//                                          (engine, models, the file checked twice), to see where a small check goes.
//   phases FILE                            one document, warm: the time of reading, kind detection, preparing, each
//                                          rule family and each of the ten slowest rules (where a long document goes).
//   anything else                          BenchmarkDotNet (e.g. --filter '*Reader*', --list flat, --job short).
if (args.Length > 0 && args[0] == "read")
{
    return ReadMode.Run(args[1..]);
}

if (args.Length == 2 && args[0] == "phases")
{
    return PhaseMode.Run(args[1]);
}

if (args.Length == 2 && args[0] == "cold")
{
    return ColdMode.Run(args[1]);
}

// In process (--inProcess): no generated project to build (it would inherit the repository's warnings-as-errors), and
// quicker on a 2-core machine. Each benchmark still gets its warm-up, pilot and measured iterations; --job short or
// --job dry on the command line make a run shorter.
string[] bdnArgs = args.Contains("--inProcess") || args.Contains("-i") ? args : ["--inProcess", .. args];
BenchmarkSwitcher.FromAssembly(typeof(ReadMode).Assembly).Run(bdnArgs, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));
return 0;

namespace PolicyLint.Benchmarks
{
    internal static class PhaseMode
    {
        public static int Run(string file)
        {
            var watch = Stopwatch.StartNew();
            // Wall time and the process's CPU time for each phase: on a busy machine the CPU column is the steadier one.
            double cpu = 0;
            void Mark(string what, double ms) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,9:0.0} ms  {cpu,9:0.0} ms CPU  {what}"));
            double Time(Action action)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var w = Stopwatch.StartNew();
                action();
                cpu = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                return w.Elapsed.TotalMilliseconds;
            }

            var loader = new PolicyLint.Readers.DocumentLoader(PolicyLint.Readers.ReaderRegistry.Default);
            _ = loader.Load(file, CancellationToken.None); // warm the reader
            PolicyLint.Rules.Syntax.PolicyDocument document = null!;
            Mark("read", Time(() => document = loader.Load(file, CancellationToken.None).Document!));
            var kind = PolicyLint.Rules.Diagnostics.DocumentKind.Other;
            Mark("detect kind", Time(() => kind = PolicyLint.Rules.Analysis.KindDetector.Detect(document)));
            PolicyLint.Rules.Analysis.AnalysisDocument analysis = null!;
            Mark("prepare (sentences, tokens, roles)", Time(() => analysis = new PolicyLint.Rules.Analysis.AnalysisDocument(document, kind, PolicyLint.Rules.Diagnostics.CareSetting.SocialCare, Fixtures.AsOf, CancellationToken.None)));
            var all = new PolicyLint.Rules.Analysis.RuleDriver(PolicyLint.Rules.RuleCatalog.Rules);
            Mark("learned clause scores (lazy: only when a clause is missing or partial)", Time(() => _ = analysis.ClauseScores));
            Mark("all rules (first run on this document: shared lazy work included)", Time(() => all.Analyze(analysis)));
            Mark("all rules (again)", Time(() => all.Analyze(analysis)));
            var perRule = new List<(string Id, double Ms, double Cpu)>();
            foreach (var rule in PolicyLint.Rules.RuleCatalog.Rules)
            {
                var one = new PolicyLint.Rules.Analysis.RuleDriver([rule]);
                double ms = Time(() => one.Analyze(analysis));
                perRule.Add((rule.Descriptor.Id, ms, cpu));
            }

            foreach (var (id, ms, ruleCpu) in perRule.OrderByDescending(r => r.Cpu).Take(Environment.GetEnvironmentVariable("PHASES_RULES") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10))
            {
                cpu = ruleCpu;
                Mark("  rule " + id + " alone", ms);
            }

            Mark("in all", watch.Elapsed.TotalMilliseconds);
            return 0;
        }
    }

    internal static class ColdMode
    {
        public static int Run(string file)
        {
            var total = Stopwatch.StartNew();
            var step = Stopwatch.StartNew();
            void Mark(string what)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{step.Elapsed.TotalMilliseconds,8:0.0} ms  {what}"));
                step.Restart();
            }

            var engine = new PolicyLint.Analysis.PolicyLintEngine(new PolicyLint.Analysis.CheckOptions { AsOf = new DateOnly(2026, 12, 1) });
            Mark("engine (catalogue, driver, readers)");
            _ = PolicyLint.Rules.Learning.ClauseClassifier.Default;
            Mark("clause classifier weights");
            _ = PolicyLint.Rules.Similarity.NearMissModel.Default;
            Mark("near-miss model");
            var loader = new PolicyLint.Readers.DocumentLoader(PolicyLint.Readers.ReaderRegistry.Default);
            var loaded = loader.Load(file, CancellationToken.None);
            Mark("read the file (first time)");
            _ = Fixtures.Prepare(loaded.Document!);
            Mark("prepare: sentences, tokens, kind (first time)");
            var first = engine.CheckOne(file);
            Mark($"check the file (first time): {first.Findings.Count} findings");
            _ = engine.CheckOne(file);
            Mark("check the file again (warm)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total.Elapsed.TotalMilliseconds,8:0.0} ms  in all (after the runtime started)"));
            return 0;
        }
    }

    internal static class ReadMode
    {
        public static int Run(string[] args)
        {
            bool prepare = args.Contains("--prepare");
            bool serial = args.Contains("--serial");
            var inputs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
            var loader = new PolicyLint.Readers.DocumentLoader(PolicyLint.Readers.ReaderRegistry.Default);
            var files = inputs.SelectMany(i => Directory.Exists(i)
                    ? Directory.EnumerateFiles(i, "*", SearchOption.AllDirectories).Where(loader.Handles)
                    : [i])
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine("read: no files");
                return 2;
            }

            var watch = Stopwatch.StartNew();
            long blocks = 0, chars = 0, sentences = 0;
            int failed = 0;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = serial ? 1 : Environment.ProcessorCount }, file =>
            {
                var loaded = loader.Load(file, CancellationToken.None);
                if (loaded.Document is not { } document)
                {
                    Interlocked.Increment(ref failed);
                    return;
                }

                Interlocked.Add(ref blocks, document.Blocks.Count);
                Interlocked.Add(ref chars, document.Text.Length);
                if (prepare)
                {
                    Interlocked.Add(ref sentences, Fixtures.Prepare(document).Sentences.Count);
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"read: {files.Count} files ({failed} unreadable), {blocks} blocks, {chars} characters{(prepare ? $", {sentences} sentences" : "")}, {watch.Elapsed.TotalSeconds:0.000} s"));
            return 0;
        }
    }
}
