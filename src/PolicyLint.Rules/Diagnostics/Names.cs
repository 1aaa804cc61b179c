namespace PolicyLint.Rules.Diagnostics;

/// <summary>The spellings users type and outputs print for enums: kebab-case, lower.</summary>
public static class Names
{
    private static readonly (CareSetting Setting, string Name)[] SettingNames =
    [
        (CareSetting.SocialCare, "social-care"),
        (CareSetting.MentalHealthUnit, "mental-health-unit"),
        (CareSetting.LearningDisabilityAutism, "learning-disability-autism"),
        (CareSetting.OlderPeople, "older-people"),
        (CareSetting.Education, "education"),
    ];

    /// <summary>All setting names, in order.</summary>
    public static IReadOnlyList<string> Settings { get; } = [.. SettingNames.Select(s => s.Name)];

    /// <summary>All kind names, in order.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["specification", "policy", "other"];

    /// <summary>"social-care" etc.</summary>
    public static string Of(CareSetting setting) => SettingNames.First(s => s.Setting == setting).Name;

    /// <summary>"specification", "policy" or "other".</summary>
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Specification => "specification",
        DocumentKind.Policy => "policy",
        _ => "other",
    };

    /// <summary>"error", "warning", "info" or "none".</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    /// <summary>The name of a clause status in every output: present, partial, missing, uncertain.</summary>
    public static string Of(Analysis.ClauseStatus status) => status switch
    {
        Analysis.ClauseStatus.Present => "present",
        Analysis.ClauseStatus.Partial => "partial",
        Analysis.ClauseStatus.Uncertain => "uncertain",
        _ => "missing",
    };

    /// <summary>The category as written in docs and SARIF.</summary>
    public static string Of(RuleCategory category) => category switch
    {
        RuleCategory.RequiredClause => "RequiredClause",
        RuleCategory.Language => "Language",
        RuleCategory.Practice => "Practice",
        RuleCategory.Upkeep => "Upkeep",
        _ => "Tool",
    };

    /// <summary>Parses a setting name.</summary>
    public static bool TryParseSetting(string text, out CareSetting setting)
    {
        foreach (var (s, name) in SettingNames)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                setting = s;
                return true;
            }
        }

        setting = default;
        return false;
    }

    /// <summary>Parses a kind name.</summary>
    public static bool TryParseKind(string text, out DocumentKind kind)
    {
        switch (text.ToLowerInvariant())
        {
            case "specification": kind = DocumentKind.Specification; return true;
            case "policy": kind = DocumentKind.Policy; return true;
            case "other": kind = DocumentKind.Other; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>Parses a severity name (none, info, warning, error).</summary>
    public static bool TryParseSeverity(string text, out Severity severity)
    {
        switch (text.ToLowerInvariant())
        {
            case "none": severity = Severity.None; return true;
            case "info": severity = Severity.Info; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = default; return false;
        }
    }
}
