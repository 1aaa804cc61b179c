using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Analysis;

/// <summary>What a run adds up to, counted as its reports stream past: documents, kinds, findings by severity, files that could not be read.</summary>
internal sealed class RunTotals
{
    private readonly Dictionary<DocumentKind, int> _kinds = [];
    private readonly List<(string Path, string Error)> _unreadable = [];
    private readonly List<Configuration.ConfigWarning> _configuration = [];
    private Severity _highest = Severity.None;
    private Severity _highestWithoutOwnLevel = Severity.None;
    private bool _failingByConfiguration;

    public int Documents { get; private set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Infos { get; private set; }

    /// <summary>Findings suppressed in the source, by a suppressions file or by the baseline (not counted above).</summary>
    public int Suppressed { get; private set; }

    /// <summary>Documents by kind, in the kinds' order.</summary>
    public IEnumerable<(DocumentKind Kind, int Count)> Kinds => _kinds.OrderBy(k => k.Key).Select(k => (k.Key, k.Value));

    /// <summary>Files that could not be read, with the reason.</summary>
    public IReadOnlyList<(string Path, string Error)> Unreadable => _unreadable;

    public bool AnyUnreadable => _unreadable.Count > 0;

    /// <summary>Problems in the run's configuration and suppressions files (PL9003, PL9004, PL9005), in the order added.</summary>
    public IReadOnlyList<Configuration.ConfigWarning> Configuration => _configuration;

    /// <summary>
    /// Counts a problem in a configuration or suppressions file like a finding of its severity: in the totals, and
    /// toward failing the run at <paramref name="failOn"/> (the level its own policylint.json or the command line sets;
    /// null for the run's level).
    /// </summary>
    public void AddConfiguration(Configuration.ConfigWarning warning, Severity? failOn)
    {
        ArgumentNullException.ThrowIfNull(warning);
        _configuration.Add(warning);
        Count(warning.Severity, failOn);
    }

    public void Add(DocumentReport report)
    {
        Documents++;
        if (report.Kind is { } kind)
        {
            _kinds[kind] = _kinds.GetValueOrDefault(kind) + 1;
        }

        if (report.Error is not null)
        {
            _unreadable.Add((report.Path, report.Error));
        }

        var failOn = report.FailOn;
        foreach (var f in report.Findings)
        {
            if (f.IsSuppressed)
            {
                Suppressed++;
                continue;
            }

            Count(f.Severity, failOn);
        }
    }

    private void Count(Severity severity, Severity? failOn)
    {
        if (failOn is { } level && level != Severity.None && severity >= level && severity != Severity.None)
        {
            _failingByConfiguration = true;
        }

        switch (severity)
        {
            case Severity.Error: Errors++; break;
            case Severity.Warning: Warnings++; break;
            case Severity.Info: Infos++; break;
        }

        if (severity != Severity.None && severity > _highest)
        {
            _highest = severity;
        }

        if (failOn is null && severity > _highestWithoutOwnLevel)
        {
            _highestWithoutOwnLevel = severity;
        }
    }

    /// <summary>
    /// True when any counted finding fails the run: at or above its document's own fail level (configuration or the
    /// command line), or, for documents without one, at or above <paramref name="level"/>.
    /// </summary>
    public bool Fails(Severity level) => _failingByConfiguration || _highestWithoutOwnLevel != Severity.None && _highestWithoutOwnLevel >= level;

    /// <summary>True when any finding is at or above <paramref name="level"/>.</summary>
    public bool AnyAtOrAbove(Severity level) => _highest != Severity.None && _highest >= level;
}
