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
}
