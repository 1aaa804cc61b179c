using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis.Baseline;

/// <summary>
/// Matches a run's findings against a baseline: a finding whose document, rule and fingerprint an unused entry has is
/// suppressed with kind <see cref="SuppressionKind.Baseline"/> (each entry matches one finding, so a sentence that now
/// occurs twice reports the second). Afterwards it tells which entries matched nothing among the documents the run
/// checked or that no longer exist: what <c>baseline --prune</c> drops. Thread-safe.
/// </summary>
internal sealed class BaselineMatcher
{
    private readonly string _baselinePath;
    private readonly Dictionary<(string Path, string Rule, string Fingerprint), Queue<BaselineEntry>> _open = [];
    private readonly List<BaselineEntry> _matched = [];
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public BaselineMatcher(string baselinePath, IEnumerable<BaselineEntry> entries)
    {
        _baselinePath = baselinePath;
        Entries = [.. entries];
        foreach (var e in Entries)
        {
            var key = (e.Path, e.Rule, e.Fingerprint);
            if (!_open.TryGetValue(key, out var queue))
            {
                _open[key] = queue = new Queue<BaselineEntry>();
            }

            queue.Enqueue(e);
        }
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Suppresses the findings of one document that the baseline holds.</summary>
    public void Apply(string documentPath, PolicyDocument? document, List<Finding> findings)
    {
        var relative = BaselineFile.RelativePath(_baselinePath, documentPath);
        lock (_lock)
        {
            _checked.Add(relative);
            for (int i = 0; i < findings.Count; i++)
            {
                var f = findings[i];
                if (f.IsSuppressed || f.Rule.Category == RuleCategory.Tool)
                {
                    continue;
                }

                if (_open.TryGetValue((relative, f.RuleId, FindingFingerprint.Of(f, document)), out var queue) && queue.Count > 0)
                {
                    var entry = queue.Dequeue();
                    _matched.Add(entry);
                    var reason = entry.Reason.Length > 0 ? entry.Reason : "recorded in the baseline " + Path.GetFileName(_baselinePath);
                    findings[i] = f with { Suppression = new Suppression(SuppressionKind.Baseline, reason) };
                }
            }
        }
    }

    /// <summary>Entries that matched no finding, among documents this run checked or that no longer exist.</summary>
    public IReadOnlyList<BaselineEntry> Stale()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(_baselinePath))!;
        lock (_lock)
        {
            return [.. _open.Values.SelectMany(q => q).Where(e => _checked.Contains(e.Path) || !File.Exists(Path.Combine(folder, e.Path)))];
        }
    }

    /// <summary>Entries that matched a finding in this run.</summary>
    public IReadOnlyList<BaselineEntry> Matched()
    {
        lock (_lock)
        {
            return [.. _matched];
        }
    }
}
