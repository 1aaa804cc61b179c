using BenchmarkDotNet.Attributes;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Benchmarks;

/// <summary>
/// How one document's cost grows with its length: the first 32, 64 and 128 KB of the long policy, read, prepared and
/// analysed with all rules. Linear code doubles from row to row. A few iterations only: at the baseline these take
/// seconds. Whole-document sizes (1 to 8 MiB) are timed as processes by bench/run.sh.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(1)]
[IterationCount(3)]
public class ScalingBenchmarks
{
    private string _markdown = string.Empty;
    private PolicyDocument _document = null!;
    private AnalysisDocument _analysis = null!;
    private RuleDriver _driver = null!;

    [Params(32, 64, 128)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _markdown = BenchData.BigPrefix(Kilobytes);
        _document = Fixtures.ReadMarkdown("big.md", _markdown);
        _driver = new RuleDriver(RuleCatalog.Rules);
    }

    [IterationSetup(Target = nameof(Analyze))]
    public void FreshAnalysis() => _analysis = Fixtures.Prepare(_document);

    [Benchmark(Description = "read Markdown")]
    public PolicyDocument Read() => Fixtures.ReadMarkdown("big.md", _markdown);

    [Benchmark(Description = "prepare")]
    public AnalysisDocument Prepare() => Fixtures.Prepare(_document);

    [Benchmark(Description = "analyse (all rules)")]
    public AnalysisResult Analyze() => _driver.Analyze(_analysis);
}
