using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Licensing;

/// <summary>
/// PolicyLint is Apache-2.0, so that councils, NHS bodies and providers can embed and host it. This test reads every
/// NuGet package the repository's projects restore (from each project's obj/project.assets.json) and the licence its
/// .nuspec declares in the restored package folder, and fails on any package whose licence is not on the permissive
/// list: a copyleft package (GPL, AGPL, LGPL, MPL, EUPL, …) or one that declares no licence expression at all.
/// </summary>
public sealed partial class PackageLicenceTests
{
    private static readonly HashSet<string> Permissive = new(StringComparer.OrdinalIgnoreCase)
    {
        "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib", "MS-PL", "0BSD", "Unlicense",
    };

    // Packages whose nuspec gives a licence URL instead of an expression, with the licence that URL holds, reviewed by
    // hand. Test- and benchmark-only packages; nothing here ships.
    private static readonly Dictionary<string, string> ReviewedUrlLicences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xunit.abstractions"] = "Apache-2.0",
        // BenchmarkDotNet's dependencies (bench/PolicyLint.Benchmarks). Both nuspecs give <license type="file"> with
        // NuGet's placeholder URL (aka.ms/deprecateLicenseUrl); the file in each package is the MIT licence text.
        ["CommandLineParser"] = "MIT",
        ["Microsoft.DotNet.PlatformAbstractions"] = "MIT",
    };

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.EnumerateFiles(TestPaths.RepoRoot, "*.csproj", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Select(p => Path.GetRelativePath(TestPaths.RepoRoot, p).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(project);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryRestoredPackageHasAPermissiveLicence(string project)
    {
        var assets = Path.Combine(TestPaths.RepoRoot, Path.GetDirectoryName(project)!, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{project} has not been restored ({assets} missing): run dotnet restore");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        var folders = json.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToList();
        var problems = new List<string>();
        int packages = 0;
        foreach (var library in json.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package")
            {
                continue;
            }

            packages++;
            var path = library.Value.GetProperty("path").GetString()!;
            var id = library.Name.Split('/')[0];
            var nuspec = folders.Select(f => Path.Combine(f, path)).Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.nuspec")).FirstOrDefault();
            if (nuspec is null)
            {
                problems.Add($"{library.Name}: no .nuspec found in the package folders");
                continue;
            }

            var licence = DeclaredLicence(nuspec, id);
            if (licence is null)
            {
                problems.Add($"{library.Name}: declares no licence expression and has no reviewed entry");
            }
            else if (!IsPermissive(licence))
            {
                problems.Add($"{library.Name}: licence '{licence}' is not on the permissive list");
            }
        }

        Assert.True(packages > 0 || project.Contains("Rules", StringComparison.Ordinal), $"{project}: no packages read from {assets}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("MIT", true)]
    [InlineData("Apache-2.0", true)]
    [InlineData("MIT OR Apache-2.0", true)]
    [InlineData("(MIT AND BSD-3-Clause)", true)]
    [InlineData("AGPL-3.0-only", false)]
    [InlineData("GPL-2.0-or-later", false)]
    [InlineData("LGPL-2.1-only", false)]
    [InlineData("MPL-2.0", false)]
    [InlineData("MIT AND AGPL-3.0-or-later", false)]
    [InlineData("GPL-3.0-or-later OR MIT", true)]
    public void LicenceExpressionsAreJudgedByTheirTerms(string expression, bool permissive)
    {
        Assert.Equal(permissive, IsPermissive(expression));
    }

    private static string? DeclaredLicence(string nuspec, string id)
    {
        var doc = XDocument.Load(nuspec);
        var license = doc.Descendants().FirstOrDefault(e => e.Name.LocalName == "license");
        if (license is not null && (string?)license.Attribute("type") == "expression")
        {
            return license.Value.Trim();
        }

        return ReviewedUrlLicences.GetValueOrDefault(id);
    }

    /// <summary>
    /// An SPDX expression is permissive when it can be satisfied with permissive licences only: every AND-term must be
    /// permissive, and an OR needs one permissive side (the licensee chooses).
    /// </summary>
    internal static bool IsPermissive(string expression)
    {
        var text = expression.Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal);
        return OrSplit().Split(text).Any(alternative =>
            AndSplit().Split(alternative).All(term => Permissive.Contains(term.Trim())));
    }

    [GeneratedRegex(@"\s+OR\s+")]
    private static partial Regex OrSplit();

    [GeneratedRegex(@"\s+AND\s+")]
    private static partial Regex AndSplit();
}
