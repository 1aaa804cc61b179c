using System.Text.RegularExpressions;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Packaging;

/// <summary>
/// Packs the tool once, installs it into a temporary tool path from that folder alone (a nuget.config that clears
/// every other source, so it works offline), and publishes the self-contained single-file linux-x64 binary once; each
/// is done on first use and shared by the tests of the class. Everything lives in one temporary folder.
/// </summary>
public sealed partial class ToolPackageFixture : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);
    private readonly Lazy<string> _package;
    private readonly Lazy<string> _installed;
    private readonly Lazy<string> _singleFile;

    public ToolPackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("policylint-package-").FullName;
        _package = new Lazy<string>(Pack);
        _installed = new Lazy<string>(Install);
        _singleFile = new Lazy<string>(PublishSingleFile);
    }

    public string Root { get; }

    /// <summary>The version in Directory.Build.props, which the package and --version must carry.</summary>
    public static string Version { get; } = VersionPattern().Match(File.ReadAllText(TestPaths.InRepo("Directory.Build.props"))).Groups[1].Value;

    /// <summary>The .nupkg made by dotnet pack.</summary>
    public string Package => _package.Value;

    /// <summary>The installed command (tool path/policylint).</summary>
    public string Installed => _installed.Value;

    /// <summary>The single-file executable.</summary>
    public string SingleFile => _singleFile.Value;

    public string SingleFileFolder => Path.Combine(Root, "single-file");

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Dotnet(string workingDirectory, params string[] arguments)
    {
        var (exit, output, error) = ExternalProcess.Run("dotnet", arguments, workingDirectory, Limit);
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited {exit}:\n{output}\n{error}");
        }

        return output;
    }

    private string Pack()
    {
        var folder = Path.Combine(Root, "packages");
        Dotnet(TestPaths.RepoRoot, "pack", TestPaths.InRepo("src", "PolicyLint"), "-c", "Release", "-o", folder);
        return Directory.GetFiles(folder, "*.nupkg").Single();
    }

    private string Install()
    {
        var folder = Path.GetDirectoryName(Package)!;
        var config = Path.Combine(Root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{folder}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(Root, "tools");
        Dotnet(Root, "tool", "install", "--tool-path", tools, "--configfile", config, "PolicyLint", "--version", Version);
        return Path.Combine(tools, "policylint");
    }

    private string PublishSingleFile()
    {
        Dotnet(TestPaths.RepoRoot, "publish", TestPaths.InRepo("src", "PolicyLint"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-p:PublishSingleFile=true", "-o", SingleFileFolder);
        return Path.Combine(SingleFileFolder, "policylint");
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionPattern();
}
