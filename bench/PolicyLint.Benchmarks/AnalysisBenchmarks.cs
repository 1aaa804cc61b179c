using BenchmarkDotNet.Attributes;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Benchmarks;

/// <summary>
/// The rule driver on the sample document: all rules, then each family alone (required clauses PL1xxx, language
/// PL2xxx, practice PL3xxx, upkeep PL4xxx). Building the driver is in <see cref="StartupBenchmarks"/>.
/// A fresh <see cref="AnalysisDocument"/> is made before each call (outside the timing), because it caches the learned
/// clause scores on first use and a second call on the same one would not pay for them.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class AnalysisBenchmarks
{
    private PolicyDocument _document = null!;
    private AnalysisDocument _analysis = null!;
    private RuleDriver _all = null!;
    private RuleDriver _clauses = null!;
    private RuleDriver _language = null!;
    private RuleDriver _practice = null!;
    private RuleDriver _upkeep = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Fixtures.ReadFile(BenchData.Sample("md"));
        _all = new RuleDriver(RuleCatalog.Rules);
        _clauses = new RuleDriver(Fixtures.Family(RuleCategory.RequiredClause));
        _language = new RuleDriver(Fixtures.Family(RuleCategory.Language));
        _practice = new RuleDriver(Fixtures.Family(RuleCategory.Practice));
        _upkeep = new RuleDriver(Fixtures.Family(RuleCategory.Upkeep));
    }

    [IterationSetup]
    public void FreshAnalysis() => _analysis = Fixtures.Prepare(_document);

    [Benchmark(Baseline = true, Description = "driver: all rules")]
    public AnalysisResult AllRules() => _all.Analyze(_analysis);

    [Benchmark(Description = "family: required clauses (PL1xxx)")]
    public AnalysisResult Clauses() => _clauses.Analyze(_analysis);

    [Benchmark(Description = "family: language (PL2xxx)")]
    public AnalysisResult Language() => _language.Analyze(_analysis);

    [Benchmark(Description = "family: practice (PL3xxx)")]
    public AnalysisResult Practice() => _practice.Analyze(_analysis);

    [Benchmark(Description = "family: upkeep (PL4xxx)")]
    public AnalysisResult Upkeep() => _upkeep.Analyze(_analysis);
}
