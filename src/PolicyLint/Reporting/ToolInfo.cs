using System.Reflection;

namespace PolicyLint.Reporting;

/// <summary>The tool's name and version as outputs print them.</summary>
internal static class ToolInfo
{
    public const string Name = "PolicyLint";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
