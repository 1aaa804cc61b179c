using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Analysis;

/// <summary>What a run adds up to, counted as its reports stream past: documents, kinds, findings by severity, files that could not be read.</summary>
internal sealed class RunTotals
{
    private readonly Dictionary<DocumentKind, int> _kinds = [];
    private readonly List<(string Path, string Error)> _unreadable = [];
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

            if (failOn is { } level && level != Severity.None && f.Severity >= level && f.Severity != Severity.None)
            {
                _failingByConfiguration = true;
            }

            switch (f.Severity)
            {
                case Severity.Error: Errors++; break;
                case Severity.Warning: Warnings++; break;
                case Severity.Info: Infos++; break;
            }

            if (f.Severity != Severity.None && f.Severity > _highest)
            {
                _highest = f.Severity;
            }

            if (failOn is null && f.Severity > _highestWithoutOwnLevel)
            {
                _highestWithoutOwnLevel = f.Severity;
            }
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
