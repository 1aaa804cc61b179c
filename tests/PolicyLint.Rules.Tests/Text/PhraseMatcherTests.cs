using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

public class PhraseMatcherTests
{
    private static List<string> Matches(string text, params string[] patterns)
    {
        var matcher = new PhraseMatcher(patterns.Select((p, i) => (new Phrase(p), i)));
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        return [.. matcher.Match(tokens).Select(m => text.Substring(m.Match.Span.Start, m.Match.Span.Length))];
    }

    [Theory]
    [InlineData("Staff manage the person.")]
    [InlineData("Staff are managing the person.")]
    [InlineData("The person was managed.")]
    [InlineData("Management of the person.")]
    public void StemsMatchEveryForm(string text) => Assert.Single(Matches(text, "manage"));

    [Fact]
    public void ExactMatchesOnlyThatWord()
    {
        Assert.Equal(["client"], Matches("a client and two clients", "=client"));
        Assert.Equal(["clients"], Matches("a client and two clients", "=clients"));
    }

    [Fact]
    public void PrefixMatchesWordsStartingWithIt()
    {
        Assert.Equal(["certified", "Certification", "certifying"], Matches("certified. Certification, certifying, uncertified", "certif*"));
    }

    [Fact]
    public void OptionalElementsAreTakenWhenPresent()
    {
        Assert.Equal(["RRN training standards", "RRN standards"], Matches("RRN training standards and RRN standards", "rrn ?training standards"));
        Assert.Equal(["rrn standards"], Matches("rrn standards", "rrn ?training standards"));
    }

    [Fact]
    public void OptionalAlternativesAreAllOptionalAndAllMatch()
    {
        Assert.Equal(["manage challenging behaviour", "manage aggressive behaviour", "manage behaviour"],
            Matches("manage challenging behaviour; manage aggressive behaviour; manage behaviour", "manage ?challenging|aggressive behaviour"));
        Assert.Equal(["manage aggressive behaviour"], Matches("manage aggressive behaviour", "manage ?challenging|?aggressive behaviour"));
    }

    [Fact]
    public void OptionalMarkOnOneAlternativeOfARequiredElementIsRejected() =>
        Assert.Throws<ArgumentException>(() => Matches("x", "manage challenging|?aggressive behaviour"));

    [Fact]
    public void PhraseMustStartWithARequiredWord()
    {
        Assert.Throws<ArgumentException>(() => Matches("x", "?the person"));
        Assert.Throws<ArgumentException>(() => Matches("x", "~2 person"));
    }

    [Fact]
    public void GapsSkipUpToNWordsButNotSentencePunctuation()
    {
        Assert.Equal(["support for their wellbeing"], Matches("support for their wellbeing", "support ~3 wellbeing"));
        Assert.Equal(["support wellbeing"], Matches("support wellbeing", "support ~3 wellbeing"));
        Assert.Empty(Matches("support for all of their wellbeing", "support ~3 wellbeing"));
        Assert.Empty(Matches("support; wellbeing", "support ~3 wellbeing"));
    }

    [Fact]
    public void AlternativesAndPunctuation()
    {
        Assert.Equal(["violent and aggressive", "violent or aggressive", "violence & aggression"],
            Matches("violent and aggressive, violent or aggressive, violence & aggression", "violent and|or aggressive", "violence & aggression"));
    }

    [Fact]
    public void HyphenatedTextMatchesSpacedPattern() =>
        Assert.Equal(["post-incident support"], Matches("post-incident support", "post incident support"));

    [Fact]
    public void EveryMatchIsReturnedIncludingContainedOnes()
    {
        var text = "prevention and management of violence and aggression";
        var matches = Matches(text, "violence and aggression", "prevention and management of violence and aggression");
        Assert.Equal(["prevention and management of violence and aggression", "violence and aggression"], matches);
    }

    [Fact]
    public void LongestMatchWinsInTheDriver()
    {
        // The driver keeps the longest of one rule's overlapping matches: see PL2001's PMVA test.
        var result = Support.RuleVerifier.Verify("[|prevention and management of violence and aggression|]", new PolicyLint.Rules.Rules.Language.PL2001ViolenceAndAggression());
        Assert.Single(result.Findings);
    }
}
