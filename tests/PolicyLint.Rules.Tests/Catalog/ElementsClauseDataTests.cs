using PolicyLint.Rules.Rules;
using Xunit;

namespace PolicyLint.Rules.Tests.Catalog;

/// <summary>
/// Required clauses of elements are data read by one evaluator: the data is checked as data (every concept it names
/// is registered, every message says something, every template has its placeholder, the scope's options agree).
/// </summary>
public class ElementsClauseDataTests
{
    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Rules.OfType<ElementsClauseRule>())
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    private static ElementsClauseRule Rule(string id) => RuleCatalog.Rules.OfType<ElementsClauseRule>().Single(r => r.Descriptor.Id == id);

    [Fact]
    public void TheScopedClausesAreData()
    {
        var ids = RuleCatalog.Rules.OfType<ElementsClauseRule>().Select(r => r.Descriptor.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "PL1012", "PL1015", "PL1016", "PL1018" }, ids);
        Assert.Contains(RuleCatalog.Rules.OfType<ElementsClauseRule>(), r => r.Shape.Scope == ClauseScope.AdjacentSentences);
        Assert.Contains(RuleCatalog.Rules.OfType<ElementsClauseRule>(), r => r.Shape.Scope == ClauseScope.Section);

        // The scopes the elements evaluator reads; a nearest pair or a single sentence is a ladder rung's.
        Assert.All(RuleCatalog.Rules.OfType<ElementsClauseRule>(), r =>
            Assert.Contains(r.Shape.Scope, new[] { ClauseScope.Document, ClauseScope.AdjacentSentences, ClauseScope.Section }));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryConceptNamedIsRegistered(string id)
    {
        var rule = Rule(id);
        var (elements, concepts) = rule.Data;
        var shape = rule.Shape;
        Assert.All(shape.PlaceRequires, choice =>
        {
            Assert.NotEmpty(choice);
            Assert.All(choice, c => Assert.Contains(c, concepts));
        });
        Assert.All(elements, e => Assert.All(e.ConceptSets, set =>
        {
            Assert.NotEmpty(set);
            // The binding pseudo-concept says where, not what: a set of it alone would be stated by any "must".
            Assert.Contains(set, c => c != ElementsClauseRule.Binding);
        }));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryMessageSaysSomethingAndEveryTemplateHasItsPlaceholder(string id)
    {
        var shape = Rule(id).Shape;
        Assert.All(shape.Messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        if (shape.PartialFormat is { } partial)
        {
            Assert.True(partial.Contains("{missing}", StringComparison.Ordinal) || partial.Contains("{missingMessages}", StringComparison.Ordinal), $"{id}: the partial finding names nothing missing");
            Assert.False(partial.EndsWith('.'), "a partial message is a finding: no trailing period");
        }

        if (shape.Unbound is { } unbound)
        {
            Assert.False(string.IsNullOrWhiteSpace(unbound));
            Assert.False(unbound.EndsWith('.'), "a partial message is a finding: no trailing period");
        }

        if (shape.PresentIncomplete is { } incomplete)
        {
            Assert.Contains("{missing}", incomplete, StringComparison.Ordinal);
            Assert.NotNull(shape.PresentMinimum);
        }
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void TheOptionsAgree(string id)
    {
        var rule = Rule(id);
        var (elements, _) = rule.Data;
        var shape = rule.Shape;
        var required = elements.Where(e => !e.Optional).ToList();
        // Something must be able to make the clause partial: a topic the place must be about, or a required element
        // that is not merely supporting.
        Assert.True(shape.PlaceRequires.Count > 0 || required.Any(e => !e.Supporting), $"{id}: no place could ever count");
        Assert.All(elements, e => Assert.False(e.Optional && e.Supporting, $"{id}: '{e.Name}' is optional and supporting"));
        if (shape.PresentMinimum is { } minimum)
        {
            Assert.InRange(minimum, 1, required.Count - 1);
            Assert.NotNull(shape.PresentIncomplete);
        }

        // A clause that must bind to be present needs the finding for one that does not.
        Assert.True(!shape.PresentMustBind || shape.Unbound is not null, $"{id}: binding required but no message for an unbound clause");
    }
}
