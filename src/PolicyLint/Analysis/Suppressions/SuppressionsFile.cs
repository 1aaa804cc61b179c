using System.Globalization;
using System.Text.Json;
using PolicyLint.Analysis.Configuration;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Organisation;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis.Suppressions;

/// <summary>
/// A suppressions file (policylint.suppressions.json beside a policylint.json, or the file its "suppressionsFile" names):
/// reviewed exceptions for any format, PDF included, each keyed by a finding's fingerprint, with the rule, a reason and,
/// optionally, the one document it is for (a path relative to the file). Entries without a reason are PL9003 and
/// suppress nothing; entries naming an unknown rule are PL9004. Which entries matched is counted, so a run can say which
/// suppress nothing (PL9005). Thread-safe.
/// </summary>
internal sealed class SuppressionsFile
{
    private readonly List<Entry> _entries = [];

    private SuppressionsFile(string path) => Path = path;

    public string Path { get; }

    /// <summary>Warnings about entries (PL9003, PL9004), with line and column.</summary>
    public List<ConfigWarning> Warnings { get; } = [];

    /// <summary>One entry, where it is written, and how many findings it has suppressed.</summary>
    private sealed class Entry(string rule, string fingerprint, string? document, string justification, int line, int column)
    {
        private int _hits;

        public string Rule { get; } = rule;

        public string Fingerprint { get; } = fingerprint;

        public string? Document { get; } = document;

        public string Justification { get; } = justification;

        public int Line { get; } = line;

        public int Column { get; } = column;

        public int Hits => Volatile.Read(ref _hits);

        public void Hit() => Interlocked.Increment(ref _hits);
    }

    /// <summary>Reads a suppressions file; throws <see cref="ConfigurationException"/> with line and column.</summary>
    public static SuppressionsFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: the suppressions file could not be read: {ex.Message}", ex);
        }

        var file = new SuppressionsFile(path);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var (document, positions) = ConfigReader.Load(path, bytes, "suppressions file");
        using (document)
        {
            var root = document.RootElement;
            string Where(string pointer)
            {
                var (l, c) = positions.Of(pointer);
                return string.Create(CultureInfo.InvariantCulture, $"{path}:{l}:{c}");
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("suppressions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException($"{Where(string.Empty)}: a suppressions file is an object with a 'suppressions' array");
            }

            int i = 0;
            foreach (var e in list.EnumerateArray())
            {
                var at = "/suppressions/" + i.ToString(CultureInfo.InvariantCulture);
                i++;
                string? Text(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var rule = Text("rule");
                var fingerprint = Text("fingerprint");
                if (e.ValueKind != JsonValueKind.Object || rule is null || fingerprint is null || fingerprint.Length == 0)
                {
                    throw new ConfigurationException($"{Where(at)}: each suppression needs 'rule' and 'fingerprint' (the fingerprint is in the JSON and SARIF output)");
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name is not ("rule" or "fingerprint" or "path" or "justification" or "text"))
                    {
                        var (l, c) = positions.NameOf(at + "/" + JsonPositions.Escape(p.Name));
                        throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}:{l}:{c}: unknown setting '{p.Name}' (allowed: rule, fingerprint, path, justification, text)"));
                    }
                }

                var (line, column) = positions.Of(at);
                var justification = Text("justification")?.Trim() ?? string.Empty;
                if (RuleCatalog.Find(rule) is null && !OrganisationTerm.InRange(rule))
                {
                    file.Warnings.Add(new ConfigWarning("PL9004", path, line, column, $"'{rule}' is not a PolicyLint rule id"));
                    continue;
                }

                if (justification.Length == 0)
                {
                    file.Warnings.Add(new ConfigWarning("PL9003", path, line, column, $"The suppression of {rule} gives no reason: add a 'justification'; it suppresses nothing until then"));
                    continue;
                }

                var doc = Text("path") is { Length: > 0 } p2 ? System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, p2)) : null;
                file._entries.Add(new Entry(rule.ToUpperInvariant(), fingerprint.ToLowerInvariant(), doc, justification, line, column));
            }
        }

        return file;
    }

    /// <summary>Suppresses the findings of <paramref name="documentPath"/> that an entry names.</summary>
    public void Apply(string documentPath, PolicyDocument? document, List<Finding> findings)
    {
        var full = System.IO.Path.GetFullPath(documentPath);
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.IsSuppressed || f.Rule.Category == RuleCategory.Tool)
            {
                continue;
            }

            string? fingerprint = null;
            foreach (var entry in _entries)
            {
                if (!string.Equals(entry.Rule, f.RuleId, StringComparison.OrdinalIgnoreCase) || (entry.Document is not null && !string.Equals(entry.Document, full, StringComparison.Ordinal)))
                {
                    continue;
                }

                fingerprint ??= FindingFingerprint.Of(f, document);
                if (entry.Fingerprint == fingerprint)
                {
                    entry.Hit();
                    findings[i] = f with { Suppression = new Suppression(SuppressionKind.External, entry.Justification) };
                    break;
                }
            }
        }
    }

    /// <summary>Entries that suppressed nothing in the run (PL9005), as warnings with line and column.</summary>
    public IEnumerable<ConfigWarning> Unused() =>
        _entries.Where(e => e.Hits == 0).Select(e => new ConfigWarning("PL9005", Path, e.Line, e.Column, $"The suppression of {e.Rule} suppresses nothing in this run: no finding has fingerprint {e.Fingerprint}"));
}
