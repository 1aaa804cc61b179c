using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Analysis;

/// <summary>What a check run is told: kind override, setting, the date date rules compare against, reader limits.</summary>
internal sealed record CheckOptions
{
    public DocumentKind? Kind { get; init; }

    public CareSetting Setting { get; init; } = CareSetting.SocialCare;

    public required DateOnly AsOf { get; init; }

    /// <summary>The bounds each document is read and checked within (file size, time, blocks, nesting…).</summary>
    public Readers.ReaderLimits Limits { get; init; } = Readers.ReaderLimits.Default;

    /// <summary>User passwords tried, in order, on encrypted PDFs (an empty user password is always tried).</summary>
    public IReadOnlyList<string> PdfPasswords { get; init; } = [];

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The policylint.json files that govern each document; null to read none.</summary>
    public Configuration.ConfigurationSet? Configuration { get; init; }

    /// <summary>True when <see cref="Setting"/> was given on the command line, which beats configuration.</summary>
    public bool SettingGiven { get; init; }

    /// <summary>The fail level given on the command line, which beats configuration; null when not given.</summary>
    public Severity? FailOnGiven { get; init; }

    /// <summary>The baseline given with --baseline: findings it holds are suppressed with kind baseline.</summary>
    public Baseline.BaselineMatcher? Baseline { get; init; }
}
