using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Analysis;

/// <summary>What a check run is told: kind override, setting, the date date rules compare against, reader limits.</summary>
internal sealed record CheckOptions
{
    public DocumentKind? Kind { get; init; }

    public CareSetting Setting { get; init; } = CareSetting.SocialCare;

    public required DateOnly AsOf { get; init; }

    public long MaxBytes { get; init; } = Readers.DocumentLoader.DefaultMaxBytes;

    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>User passwords tried, in order, on encrypted PDFs (an empty user password is always tried).</summary>
    public IReadOnlyList<string> PdfPasswords { get; init; } = [];

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
