using PolicyLint.Rules.Rules;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Catalog;

/// <summary>
/// Every exception on a substitution row is data with an example: in the example the row's phrase matches, the
/// exception applies, and the rule reports nothing.
/// </summary>
public class NotTheTermTests
{
    public static TheoryData<string, string, int> Exceptions()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var rule in RuleCatalog.Rules.OfType<SubstitutionRule>())
        {
            foreach (var row in rule.Rows)
            {
                for (int i = 0; i < row.Exceptions.Count; i++)
                {
                    data.Add(rule.Descriptor.Id, row.Pattern, i);
                }
            }
        }

        return data;
    }

    [Fact]
    public void ThereAreExceptionsAsData() => Assert.True(Exceptions().Count >= 8);

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void EachExceptionHasAnExampleWhereTheRowMatchesAndNothingIsReported(string ruleId, string pattern, int index)
    {
        var rule = (SubstitutionRule)RuleCatalog.Rules.Single(r => r.Descriptor.Id == ruleId);
        var exception = rule.Rows.Single(r => r.Pattern == pattern).Exceptions[index];
        var matcher = new PhraseMatcher([(new Phrase(pattern), 0)]);
        bool shown = false;
        foreach (var example in exception.Examples)
        {
            var tokens = Tokenizer.Tokenize(example, new TextSpan(0, example.Length));
            shown |= matcher.Match(tokens).Any(m => exception.Applies(tokens, m.Match.FirstToken, m.Match.LastToken));
            RuleVerifier.Verify(example, rule);
        }

        Assert.True(shown, $"{ruleId} '{pattern}': no example of '{exception.Reason}' shows the row matching with the exception applying");
    }
}
