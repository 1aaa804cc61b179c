using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

/// <summary>The one negation scope: each case names the word whose scope is asked about.</summary>
public class NegationTests
{
    [Theory]
    [InlineData("Staff must never use prone restraint.", "prone")]
    [InlineData("There must be no planned or intentional restraint of anyone in a prone position.", "prone")]
    [InlineData("No tenant will be held face down under any circumstances.", "face")]
    [InlineData("Nobody may be secluded as a punishment.", "punishment")]
    [InlineData("Staff do not use restraint in the prone (face-down) position.", "face")]
    [InlineData("Under no circumstances should staff use pain.", "pain")]
    [InlineData("Seclusion as a sanction is prohibited.", "sanction")]
    [InlineData("Restraint is not permitted as a consequence of refusing care.", "consequence")]
    public void Negated(string sentence, string word) => Assert.True(Ask(sentence, word));

    [Theory]
    [InlineData("Where de-escalation has not worked, prone restraint may be used.", "prone")]
    [InlineData("Managers challenge any rule that cannot be justified, and review the rest each quarter.", "review")]
    [InlineData("We review restrictions that are not needed.", "review")]
    [InlineData("Staff who have not completed training may use pain compliance.", "pain")]
    [InlineData("Visitors are welcome at any time of day.", "visitors")]
    [InlineData("Prone restraint may be used, but not for longer than three minutes.", "prone")]
    public void NotNegated(string sentence, string word) => Assert.False(Ask(sentence, word));

    private static bool Ask(string sentence, string word)
    {
        var tokens = Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length));
        int i = tokens.FindIndex(t => t.Lower == word);
        Assert.True(i >= 0, $"'{word}' is not a token of the sentence");
        return Negation.IsNegated(tokens, i, i);
    }
}
