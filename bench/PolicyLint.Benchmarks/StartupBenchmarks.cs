using BenchmarkDotNet.Attributes;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Learning;
using PolicyLint.Rules.Similarity;

namespace PolicyLint.Benchmarks;

/// <summary>
/// Work a process does once before or on its first document (issue 8: "catalogue, matcher compilation, model weights
/// built once and cheaply"): the rule driver (every rule's registration and the phrase matcher), the learned clause
/// classifier's weights parsed from their embedded table, and the near-miss model built from its embedded training
/// sentences, each as the lazy default instance makes it. Steady state, after JIT: a process pays JIT on top.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmarks
{
    [Benchmark(Description = "build the driver (catalogue + matcher)")]
    public RuleDriver BuildDriver() => new(RuleCatalog.Rules);

    [Benchmark(Description = "load the clause classifier's weights")]
    public ClauseClassifier LoadClassifier()
    {
        using var reader = Resource(ClauseClassifier.ResourceName);
        return ClauseClassifier.Load(reader);
    }

    [Benchmark(Description = "build the near-miss model")]
    public NearMissModel BuildNearMissModel()
    {
        using var reader = Resource(NearMissModel.ResourceName);
        return new NearMissModel(NearMissModel.ParseTsv(reader));
    }

    private static StreamReader Resource(string name) =>
        new(typeof(RuleCatalog).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException(name + " not embedded"));
}
