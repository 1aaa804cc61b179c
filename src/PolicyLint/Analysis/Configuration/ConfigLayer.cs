using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Organisation;

namespace PolicyLint.Analysis.Configuration;

/// <summary>The settings one part of a policylint.json gives: the file's top level, or one of its overrides.</summary>
internal sealed class ConfigLayer
{
    public Sourced<DocumentKind>? Kind { get; set; }

    public Sourced<CareSetting>? Setting { get; set; }

    public Sourced<Severity>? FailOn { get; set; }

    public Sourced<int>? MaxSentenceWords { get; set; }

    public Dictionary<string, Sourced<Severity>> Rules { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<RuleCategory, Sourced<Severity>> Categories { get; } = [];

    public List<Sourced<OrganisationTerm>> Terms { get; } = [];

    /// <summary>Applies this layer over <paramref name="settings"/>: every value it sets replaces the one there.</summary>
    public void ApplyTo(EffectiveSettings settings)
    {
        settings.Kind = Kind ?? settings.Kind;
        settings.Setting = Setting ?? settings.Setting;
        settings.FailOn = FailOn ?? settings.FailOn;
        settings.MaxSentenceWords = MaxSentenceWords ?? settings.MaxSentenceWords;
        foreach (var (id, severity) in Rules)
        {
            settings.Rules[id] = severity;
        }

        foreach (var (category, severity) in Categories)
        {
            settings.Categories[category] = severity;
        }

        foreach (var term in Terms)
        {
            settings.Terms[term.Value.Id] = term;
        }
    }
}
