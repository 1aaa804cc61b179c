using PolicyLint.Documentation;
using PolicyLint.Rules;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Snapshots;

/// <summary>docs/rules and the README's rule table are generated from the descriptors; stale copies fail here.</summary>
public sealed class RuleDocsTests
{
    [Fact]
    public void Every_rule_page_and_the_index_are_up_to_date()
    {
        foreach (var (path, content) in RuleDocs.Files(TestPaths.RepoRoot))
        {
            Assert.True(File.Exists(path), $"{path} is missing: run 'dotnet run --project src/PolicyLint -- docs --root .'");
            Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == content, $"{path} is stale: run 'dotnet run --project src/PolicyLint -- docs --root .'");
        }
    }

    [Fact]
    public void The_readme_rule_table_is_up_to_date()
    {
        var readme = File.ReadAllText(TestPaths.InRepo("README.md")).ReplaceLineEndings("\n");
        var regenerated = RuleDocs.WithReadmeTable(readme);

        Assert.NotNull(regenerated);
        Assert.True(readme == regenerated, "README.md's rule table is stale: run 'dotnet run --project src/PolicyLint -- docs --root .'");
        foreach (var d in RuleCatalog.Descriptors)
        {
            Assert.Contains($"[{d.Id}](docs/rules/{d.Id}.md)", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_page_exists_for_a_rule_that_is_not_in_the_catalogue()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id + ".md").ToHashSet();
        var pages = Directory.GetFiles(TestPaths.InRepo("docs", "rules"), "PL*.md").Select(Path.GetFileName);

        Assert.All(pages, p => Assert.Contains(p!, ids));
    }
}
