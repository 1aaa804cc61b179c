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
}
