using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Rules;
using Xunit;

namespace PolicyLint.Rules.Tests.Catalog;

/// <summary>Required clauses whose elements co-occur within a region, written as data, are checked as data.</summary>
public class RegionClauseTests
{
    public static TheoryData<string> RegionClauses()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules.OfType<RegionClauseRule>())
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void TheRegionClausesAreData()
    {
        var ids = RuleCatalog.Rules.OfType<RegionClauseRule>().Select(r => r.Descriptor.Id).ToHashSet();
        Assert.Superset(ids, new HashSet<string> { "PL1006", "PL1017", "PL1019", "PL1020" });
    }

    [Theory]
    [MemberData(nameof(RegionClauses))]
    public void EachRegionClauseUsesOnlyItsConceptsAndSaysSomething(string id)
    {
        var rule = RuleCatalog.Rules.OfType<RegionClauseRule>().Single(r => r.Descriptor.Id == id);
        var data = rule.Data;

        Assert.True(data.Scope.LeadIn.Count > 0 || data.Scope.GlossaryTerm.Count > 0, $"{id}: nothing opens a region");
        Assert.All(data.Scope.LeadIn.Concat(data.Scope.HeadingLeadIn).Concat(data.Scope.Statement), set => Assert.NotEmpty(set));
        Assert.All(data.Scope.ConceptNames, c => Assert.Contains(c, data.Concepts));
        Assert.True(data.Scope.GlossaryTerm.Count == 0 || data.Scope.ReadsDefinitions, $"{id}: a glossary term is only found where glossaries are read");

        Assert.True(data.Elements.Count >= 2, $"{id}: a clause of one element is a ladder");
        Assert.Equal(data.Elements.Count, data.Elements.Select(e => e.Name).Distinct().Count());
        Assert.Equal(data.Elements.Count, data.Elements.Select(e => e.Concept).Distinct().Count());
        Assert.All(data.Elements, e =>
        {
            Assert.Contains(e.Concept, data.Concepts);
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.False(data.Scope.ConceptNames.Contains(e.Concept), $"{id}: '{e.Concept}' both opens a region and counts in it");
        });

        Assert.All(data.NearMissConcepts, c => Assert.Contains(c, data.Concepts));
        Assert.All(data.Messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        var (present, partial, none) = (data.Messages[0], data.Messages[1], data.Messages[2]);
        Assert.EndsWith(".", present, StringComparison.Ordinal);
        Assert.All(new[] { partial, none }, m =>
        {
            Assert.Contains("{missing}", m, StringComparison.Ordinal);
            Assert.False(m.EndsWith('.'), "a partial message is a finding: no trailing period");
        });
    }

    [Theory]
    [MemberData(nameof(RegionClauses))]
    public void ADocumentWithoutARegionIsMissingTheClause(string id)
    {
        var rule = RuleCatalog.Rules.OfType<RegionClauseRule>().Single(r => r.Descriptor.Id == id);
        var result = Support.RuleVerifier.Verify(rule.Data.QuietWithoutRegion ? "We support people." : "[||]We support people.", rule, rule.Descriptor.Kinds[0]);
        var clause = Assert.Single(result.Clauses);
        Assert.Equal(ClauseStatus.Missing, clause.Status);
    }
}
