using System.IO.Compression;
using System.Xml.Linq;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Packaging;

/// <summary>
/// The tool people install: the package from dotnet pack, installed with dotnet tool install from a local folder, and
/// the self-contained single-file binary, each run on the corpus and compared with the in-process command line.
/// </summary>
public sealed class ToolPackageTests(ToolPackageFixture fixture) : IClassFixture<ToolPackageFixture>
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private static string CorpusJson()
    {
        var (_, output, _) = CliRunner.Run("check", TestPaths.InRepo("corpus"), "--format", "json", "--as-of", "2026-11-21");
        return output;
    }

    [Fact]
    public void The_package_is_a_dotnet_tool_named_policylint_with_the_readme_and_licence()
    {
        Assert.Equal($"PolicyLint.{ToolPackageFixture.Version}.nupkg", Path.GetFileName(fixture.Package));
        using var zip = ZipFile.OpenRead(fixture.Package);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", names);
        Assert.Contains("LICENSE", names);
        Assert.Contains("NOTICE", names);
        Assert.Contains("tools/net10.0/any/policylint.dll", names);

        using (var settings = zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open())
        {
            var command = XDocument.Load(settings).Descendants("Command").Single();
            Assert.Equal("policylint", command.Attribute("Name")!.Value);
            Assert.Equal("policylint.dll", command.Attribute("EntryPoint")!.Value);
        }

        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("PolicyLint", Field("id"));
        Assert.Equal(ToolPackageFixture.Version, Field("version"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Equal("Apache-2.0", Field("license"));
        Assert.Contains(metadata.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")?.Value == "DotnetTool");
    }

    [Fact]
    public void The_installed_tool_prints_its_version_and_checks_the_corpus_as_the_command_line_does()
    {
        var (versionExit, version, _) = ExternalProcess.Run(fixture.Installed, ["--version"], fixture.Root, Limit);
        Assert.Equal(0, versionExit);
        Assert.Equal(ToolPackageFixture.Version, version.Trim()); // no "+commit" suffix

        var (exit, output, error) = ExternalProcess.Run(fixture.Installed, ["check", TestPaths.InRepo("corpus"), "--format", "json", "--as-of", "2026-11-21"], fixture.Root, Limit);
        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Contains("\"ruleId\": \"PL2001\"", output, StringComparison.Ordinal);
        Assert.Equal(CorpusJson(), output);

        var (textExit, text, _) = ExternalProcess.Run(fixture.Installed, ["check", TestPaths.InRepo("corpus", "weak-specification.docx")], fixture.Root, Limit);
        Assert.Equal(1, textExit);
        Assert.Matches(@"weak-specification\.docx:¶\d+: warning PL2001: ", text);
    }

    [Fact]
    public void The_installed_tool_and_the_single_file_binary_carry_the_configuration_schema()
    {
        var schema = File.ReadAllBytes(TestPaths.InRepo("schemas", "policylint.schema.json"));
        var folder = Path.Combine(fixture.Root, "init-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var (exit, _, error) = ExternalProcess.Run(fixture.Installed, ["init", folder], fixture.Root, Limit);
        Assert.True(exit == 0, error);
        Assert.Contains("\"$schema\": \"./.policylint.schema.json\"", File.ReadAllText(Path.Combine(folder, "policylint.json")), StringComparison.Ordinal);
        Assert.Equal(schema, File.ReadAllBytes(Path.Combine(folder, ".policylint.schema.json")));

        var (schemaExit, printed, _) = ExternalProcess.Run(fixture.SingleFile, ["schema"], fixture.Root, Limit);
        Assert.Equal(0, schemaExit);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(schema), printed);
    }

    [Fact]
    public void The_single_file_linux_x64_binary_is_one_executable_and_checks_the_corpus_as_the_command_line_does()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Fail("this test publishes and runs the linux-x64 binary, so it runs on linux-x64 only");
        }

        var binary = fixture.SingleFile;
        Assert.True(File.Exists(binary));
        // Single file: no managed assemblies or runtime beside it (symbols and the XML docs may be).
        Assert.DoesNotContain(Directory.GetFiles(fixture.SingleFileFolder), f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".so", StringComparison.Ordinal));

        var (versionExit, version, _) = ExternalProcess.Run(binary, ["--version"], fixture.Root, Limit);
        Assert.Equal(0, versionExit);
        Assert.Equal(ToolPackageFixture.Version, version.Trim());
        var (exit, output, error) = ExternalProcess.Run(binary, ["check", TestPaths.InRepo("corpus"), "--format", "json", "--as-of", "2026-11-21"], fixture.Root, Limit);
        Assert.True(exit == 1, $"exit {exit}: {error}");
        Assert.Equal(CorpusJson(), output);
    }
}
