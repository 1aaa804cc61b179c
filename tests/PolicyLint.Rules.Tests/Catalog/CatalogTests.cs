using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Catalog;

/// <summary>Meta-tests over the whole catalogue, in the manner of StyleCop's analyzer configuration tests.</summary>
public partial class CatalogTests
{
    // The public guidance rules cite, by address (never a file under ../shared); PL9xxx cite PolicyLint's own docs.
    private static readonly HashSet<string> SeedFiles = new(Sources.Addresses, StringComparer.Ordinal);

    public static TheoryData<string> RuleIds() => [.. RuleCatalog.Rules.Select(r => r.Descriptor.Id)];

    public static TheoryData<string> DescriptorIds() => [.. RuleCatalog.Descriptors.Select(d => d.Id)];

    [Fact]
    public void IdsAreUniqueAndSorted()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var ruleIds = RuleCatalog.Rules.Select(r => r.Descriptor.Id).ToList();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), ruleIds);
        Assert.Empty(RuleCatalog.Rules.Select(r => r.Descriptor.Id).Intersect(RuleCatalog.ToolDescriptors.Select(d => d.Id)));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void IdIsInRangeAndMatchesItsCategory(string id)
    {
        var d = Descriptor(id);
        Assert.Matches(IdPattern(), d.Id);
        char digit = d.Category switch
        {
            RuleCategory.RequiredClause => '1',
            RuleCategory.Language => '2',
            RuleCategory.Practice => '3',
            RuleCategory.Upkeep => '4',
            RuleCategory.Tool => '9',
            _ => throw new InvalidOperationException($"Unknown category {d.Category}"),
        };
        Assert.Equal(digit, d.Id[2]);
        Assert.Same(d, RuleCatalog.Find(id.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void DescriptorIsComplete(string id)
    {
        var d = Descriptor(id);
        Assert.Matches(NamePattern(), d.Name);
        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.False(d.Title.EndsWith('.'), $"{id}: the title ends with a period");
        Assert.Equal(d.Title.Trim(), d.Title);
        Assert.False(string.IsNullOrWhiteSpace(d.Description), $"{id}: no description");
        Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat));
        Assert.NotEqual(Severity.None, d.DefaultSeverity);
        Assert.NotEmpty(d.Kinds);
        Assert.Equal($"docs/rules/{id}.md", d.HelpPath);
        Assert.False(string.IsNullOrWhiteSpace(d.FormatMessage("x", "y")));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void DescriptorCitesItsSource(string id)
    {
        var d = Descriptor(id);
        Assert.NotEmpty(d.Citations);
        foreach (var c in d.Citations)
        {
            if (d.Category == RuleCategory.Tool)
            {
                Assert.Equal("docs/README.md", c.Source);
            }
            else
            {
                Assert.True(SeedFiles.Contains(c.Source), $"{id} cites '{c.Source}', which is not one of the public addresses in Sources");
            }

            Assert.False(string.IsNullOrWhiteSpace(c.Title), $"{id}: citation without a title");
            Assert.False(string.IsNullOrWhiteSpace(c.Section), $"{id}: citation without a section");
        }
    }

    [Fact]
    public void ClauseRulesRunOnlyOnSpecificationsAndPolicies()
    {
        foreach (var d in RuleCatalog.Descriptors)
        {
            bool clause = d.Category == RuleCategory.RequiredClause;
            if (d.Id != "PL4002")
            {
                // PL4002 (no version or review date) is about policies and specifications only, as RULES.md says.
                Assert.Equal(!clause, d.AppliesTo(DocumentKind.Other));
            }
            if (d.Category is RuleCategory.Language or RuleCategory.Practice)
            {
                Assert.All(Enum.GetValues<DocumentKind>(), k => Assert.True(d.AppliesTo(k), $"{d.Id} does not run on {k}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleClassAndTestClassAreNamedAfterTheRule(string id)
    {
        var rule = RuleCatalog.Rules.Single(r => r.Descriptor.Id == id);
        var expected = rule.Descriptor.Id + rule.Descriptor.Name;
        Assert.Equal(expected, rule.GetType().Name);
        var tests = typeof(CatalogTests).Assembly.GetTypes().Where(t => t.Name == expected + "Tests").ToList();
        var test = Assert.Single(tests);
        Assert.Equal("PolicyLint.Rules.Tests.Rules", test.Namespace);
        Assert.Contains(test.GetMethods(), m => m.GetCustomAttributes(typeof(FactAttribute), true).Length > 0);
    }

    [Fact]
    public void EveryTestClassNamedLikeARuleHasARule()
    {
        var names = RuleCatalog.Rules.Select(r => r.Descriptor.Id + r.Descriptor.Name + "Tests").ToHashSet(StringComparer.Ordinal);
        var orphans = typeof(CatalogTests).Assembly.GetTypes()
            .Where(t => TestClassPattern().IsMatch(t.Name) && !names.Contains(t.Name)).Select(t => t.Name);
        Assert.Empty(orphans);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RunsOnAnEmptyDocument(string id)
    {
        var rule = RuleCatalog.Rules.Single(r => r.Descriptor.Id == id);
        var empty = new DocumentBuilder("empty.md", SourceFormat.Markdown).Build();
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                var result = RuleVerifier.Run(empty, kind, setting, rule);
                if (!ReportsAbsence(rule))
                {
                    Assert.Empty(result.Findings);
                }
                else
                {
                    Assert.All(result.Findings, f => Assert.Equal(new TextSpan(0, 0), f.Span));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RunsOnANeutralParagraph(string id)
    {
        var rule = RuleCatalog.Rules.Single(r => r.Descriptor.Id == id);
        var doc = TestDocument.Build("The kitchen is open from eight until six, and the garden has a bench by the pond.").Document;
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                var result = RuleVerifier.Run(doc, kind, setting, rule);
                if (rule is ClauseRule)
                {
                    bool runs = rule.Descriptor.AppliesTo(kind);
                    Assert.Equal(runs ? 1 : 0, result.Clauses.Count);
                    Assert.All(result.Clauses, c => Assert.Equal(ClauseStatus.Missing, c.Status));
                }
                else if (ReportsAbsence(rule))
                {
                    Assert.All(result.Findings, f => Assert.Equal(new TextSpan(0, 0), f.Span));
                }
                else
                {
                    Assert.Empty(result.Findings);
                    Assert.Empty(result.Clauses);
                }
            }
        }
    }

    [Fact]
    public void AllRulesTogetherOnANeutralParagraphReportOnlyMissingClauses()
    {
        var doc = TestDocument.Build("""
            # Garden

            The kitchen is open from eight until six, and the garden has a bench by the pond.
            """).Document;
        var result = RuleVerifier.Run(doc, DocumentKind.Policy, CareSetting.SocialCare, [.. RuleCatalog.Rules]);
        Assert.All(result.Findings, f => Assert.True(ReportsAbsence(RuleCatalog.Rules.Single(r => r.Descriptor.Id == f.RuleId)), f.RuleId));
        Assert.Equal(RuleCatalog.Rules.Count(r => r is ClauseRule && r.Descriptor.AppliesTo(DocumentKind.Policy)), result.Clauses.Count);
    }

    /// <summary>Rules that report what a document lacks, at its start: required clauses and PL4002 (no version or review date).</summary>
    private static bool ReportsAbsence(PolicyRule rule) => rule is ClauseRule || rule.Descriptor.Id == "PL4002";

    private static RuleDescriptor Descriptor(string id) => RuleCatalog.Descriptors.Single(d => d.Id == id);

    [GeneratedRegex(@"^PL[1-49]\d{3}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^PL\d{4}[A-Z]\w*Tests$")]
    private static partial Regex TestClassPattern();
}
