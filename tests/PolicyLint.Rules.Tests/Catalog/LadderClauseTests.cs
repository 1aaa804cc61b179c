using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules;
using Xunit;

namespace PolicyLint.Rules.Tests.Catalog;

/// <summary>Required clauses written as data (a ladder read by one evaluator) are checked as data.</summary>
public class LadderClauseTests
{
    public static TheoryData<string> Ladders()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules.OfType<LadderClauseRule>())
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void SeveralClausesAreData() => Assert.True(Ladders().Count >= 5);

    [Theory]
    [MemberData(nameof(Ladders))]
    public void EachLadderStartsPresentUsesOnlyItsConceptsAndSaysSomething(string id)
    {
        var rule = RuleCatalog.Rules.OfType<LadderClauseRule>().Single(r => r.Descriptor.Id == id);
        var (steps, concepts) = rule.Data;
        Assert.Equal(ClauseStatus.Present, steps[0].Status);
        Assert.All(steps, s =>
        {
            Assert.Contains(s.Status, new[] { ClauseStatus.Present, ClauseStatus.Partial });
            Assert.NotEmpty(s.Concepts);
            Assert.All(s.Concepts, c => Assert.Contains(c, concepts));
            Assert.False(string.IsNullOrWhiteSpace(s.Message));
            Assert.False(s.Message.EndsWith('.') && s.Status == ClauseStatus.Partial, "a partial message is a finding: no trailing period");
        });

        // A rung that asks for fewer concepts than an earlier one of the same status would shadow nothing; one that
        // asks for a superset of an earlier rung, in the same scope, under no stricter conditions and in every setting
        // the later one holds in, could never be reached.
        for (int i = 1; i < steps.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Assert.False(Shadows(steps[j], steps[i]), $"{id}: rung {i} can never be reached after rung {j}");
            }
        }
    }

    // True when every place of rung b is also a place of the earlier rung a, in every setting where b holds.
    private static bool Shadows(ClauseStep a, ClauseStep b) =>
        a.Concepts.All(b.Concepts.Contains) && a.Scope == b.Scope &&
        (!a.Binding || b.Binding) && (!a.Obligation || b.Obligation) && (!a.Statement || b.Statement) && a.Without.All(b.Without.Contains) &&
        Enum.GetValues<CareSetting>().Where(b.AppliesIn).All(a.AppliesIn);

    [Theory]
    [MemberData(nameof(Ladders))]
    public void EachRungsConditionsNameTheRulesConceptsAndHoldSomewhere(string id)
    {
        var rule = RuleCatalog.Rules.OfType<LadderClauseRule>().Single(r => r.Descriptor.Id == id);
        var (steps, concepts) = rule.Data;
        Assert.All(steps, s =>
        {
            Assert.All(s.Without.Concat(s.Prefer).Concat(s.Principal).Concat(s.Elements.Select(e => e.Concept)), c => Assert.Contains(c, concepts));
            Assert.DoesNotContain(s.Without, s.Concepts.Contains);
            Assert.Contains(Enum.GetValues<CareSetting>(), s.AppliesIn);
            Assert.All(s.Elements, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
            Assert.Equal(s.Elements.Count, s.Elements.Select(e => e.Name).Distinct().Count());
            Assert.True(s.Elements.Count == 0 || s.Concepts.All(c => s.Elements.Any(e => e.Concept == c)),
                $"{id}: a rung that reports elements reports each of its concepts");
            Assert.True(s.Scope != ClauseScope.NearestPair || s.Concepts.Count == 2, $"{id}: a nearest-pair rung names two concepts");
            Assert.True(s.Principal.Count == 0 || s.Scope == ClauseScope.NearestPair, $"{id}: principal concepts choose within a nearest pair");
            Assert.True(s.Scope != ClauseScope.Section, $"{id}: a section is an elements clause's scope, not a rung's");
        });

        // Every setting has a first rung that can be present.
        Assert.All(Enum.GetValues<CareSetting>(), setting => Assert.Equal(ClauseStatus.Present, steps.First(s => s.AppliesIn(setting)).Status));
        Assert.All(rule.MissingMessages.Values, m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    public static TheoryData<string> ElementClauses()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules.OfType<ElementsClauseRule>())
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void SomeClausesAreElementsAsData() => Assert.True(ElementClauses().Count >= 2);

    [Theory]
    [MemberData(nameof(ElementClauses))]
    public void EachElementUsesOnlyTheRulesConceptsAndSaysWhatIsMissing(string id)
    {
        var rule = RuleCatalog.Rules.OfType<ElementsClauseRule>().Single(r => r.Descriptor.Id == id);
        var (elements, concepts) = rule.Data;
        Assert.True(elements.Count >= 2, $"{id}: a clause of one element is a ladder");
        Assert.Equal(elements.Count, elements.Select(e => e.Name).Distinct().Count());
        Assert.All(elements, e =>
        {
            Assert.NotEmpty(e.ConceptSets);
            Assert.All(e.ConceptSets, set => Assert.All(set, c => Assert.Contains(c, concepts)));
            Assert.All(e.Context, c => Assert.Contains(c, concepts));
            Assert.False(string.IsNullOrWhiteSpace(e.MessageWhenMissing));
        });
    }
}
