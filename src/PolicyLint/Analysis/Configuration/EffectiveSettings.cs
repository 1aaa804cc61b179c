using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Organisation;

namespace PolicyLint.Analysis.Configuration;

/// <summary>A configured value and where it was set ("policylint.json:7:5", "override 2 in …", "command line").</summary>
internal readonly record struct Sourced<T>(T Value, string Origin);

/// <summary>
/// The settings one document is checked with once every policylint.json from the farthest to the nearest, and each
/// file's matching overrides in order, have been applied (later wins), each value with where it came from. Rule
/// severities resolve by id, then by category, then the rule's default.
/// </summary>
internal sealed class EffectiveSettings
{
    public static readonly EffectiveSettings Empty = new();

    /// <summary>The configuration files that applied, farthest first.</summary>
    public List<string> Files { get; } = [];

    public Sourced<DocumentKind>? Kind { get; set; }

    public Sourced<CareSetting>? Setting { get; set; }

    public Sourced<Severity>? FailOn { get; set; }

    public Sourced<int>? MaxSentenceWords { get; set; }

    public Dictionary<string, Sourced<Severity>> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<RuleCategory, Sourced<Severity>> Categories { get; } = [];

    /// <summary>Organisation terms by id (a nearer file's term replaces a farther one's with the same id).</summary>
    public Dictionary<string, Sourced<OrganisationTerm>> Terms { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Suppressions files that apply, farthest first.</summary>
    public List<string> SuppressionFiles { get; } = [];

    /// <summary>The configured severity of a rule, or null when configuration leaves it at its default.</summary>
    public Sourced<Severity>? SeverityOf(RuleDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (Rules.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        return Categories.TryGetValue(descriptor.Category, out var byCategory) ? byCategory : null;
    }

    /// <summary>A key for the rule set this document needs (the long-sentence limit and the terms): documents with the same key share a driver.</summary>
    public string DriverKey =>
        (MaxSentenceWords?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-") + "|" +
        string.Join("|", Terms.Values.OrderBy(t => t.Value.Id, StringComparer.Ordinal).Select(t => $"{t.Value.Id}\u001F{t.Value.Phrase}\u001F{string.Join('\u001E', t.Value.Alternatives)}\u001F{t.Value.Reason}\u001F{t.Value.Severity}"));

    public bool NeedsOwnDriver => MaxSentenceWords is not null || Terms.Count > 0;
}
