using PolicyLint.Rules.Analysis;
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
        // asks for a superset of an earlier rung could never be reached.
        for (int i = 1; i < steps.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Assert.False(steps[j].Concepts.All(steps[i].Concepts.Contains) && steps[j].OneSentence == steps[i].OneSentence && steps[j].Binding == steps[i].Binding,
                    $"{id}: rung {i} can never be reached after rung {j}");
            }
        }
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
