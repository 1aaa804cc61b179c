namespace PolicyLint.Analysis.Configuration;

/// <summary>One policylint.json as read: its top-level settings, its overrides in order, and what it warned about.</summary>
internal sealed class ConfigFile
{
    /// <summary>The name PolicyLint looks for in each folder.</summary>
    public const string FileName = "policylint.json";

    /// <summary>The suppressions file looked for beside a configuration that names none.</summary>
    public const string DefaultSuppressionsFile = "policylint.suppressions.json";

    public required string Path { get; init; }

    /// <summary>The folder the file is in: globs and file names in it are relative to this.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>True when the file says <c>"root": true</c>: files farther up are not read.</summary>
    public bool Root { get; set; }

    public ConfigLayer Base { get; } = new();

    public List<(IReadOnlyList<Glob> Files, ConfigLayer Layer)> Overrides { get; } = [];

    /// <summary>The suppressions file this configuration names (absolute), or null for the default beside it.</summary>
    public string? SuppressionsFile { get; set; }

    /// <summary>PL9004 and other warnings, each already formatted with file, line and column.</summary>
    public List<ConfigWarning> Warnings { get; } = [];
}

/// <summary>
/// A problem in a configuration or suppressions file (an unknown rule id: PL9004; a suppression without a reason:
/// PL9003; one that suppressed nothing: PL9005), with where it is. Reports carry these beside the documents' findings,
/// and they count toward the exit code like findings of their severity.
/// </summary>
internal sealed record ConfigWarning(string RuleId, string Path, int Line, int Column, string Message)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}: {PolicyLint.Rules.Diagnostics.Names.Of(Severity)} {RuleId}: {Message}");

    /// <summary>The rule's default severity (warning for PL9003 and PL9004, info for PL9005).</summary>
    public PolicyLint.Rules.Diagnostics.Severity Severity => Descriptor.DefaultSeverity;

    /// <summary>The rule in the catalogue (every configuration warning's id is one of the tool's own rules).</summary>
    public PolicyLint.Rules.Diagnostics.RuleDescriptor Descriptor => PolicyLint.Rules.RuleCatalog.Find(RuleId) ?? PolicyLint.Rules.Rules.Tool.ToolRules.UnknownRuleId;
}
