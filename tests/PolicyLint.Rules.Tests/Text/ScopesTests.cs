using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

public class ScopesTests
{
    private static (List<Token> Tokens, int First, int Last) Find(string text, string phrase)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(start >= 0);
        int end = start + phrase.Length;
        int first = tokens.FindIndex(t => t.Span.Start >= start);
        int last = tokens.FindLastIndex(t => t.Span.End <= end);
        return (tokens, first, last);
    }

    [Theory]
    [InlineData("Staff must never use pain-based techniques.")]
    [InlineData("Staff must not use pain-based techniques.")]
    [InlineData("Under no circumstances may staff use pain-based techniques.")]
    [InlineData("Pain-based techniques are not permitted.")]
    [InlineData("Pain-based techniques are prohibited in all our services.")]
    [InlineData("Staff don't use pain-based techniques.")]
    public void Negated(string text)
    {
        var (tokens, first, last) = Find(text, text.Contains("Pain", StringComparison.Ordinal) ? "Pain-based techniques" : "pain-based techniques");
        Assert.True(Scopes.IsNegated(tokens, first, last));
    }

    [Theory]
    [InlineData("Staff use pain-based techniques.")]
    [InlineData("Staff must not shout, but pain-based techniques are used.")]
    [InlineData("Staff never shout; pain-based techniques are used.")]
    [InlineData("Staff use pain-based techniques, which is not good practice.")]
    public void NotNegated(string text)
    {
        var (tokens, first, last) = Find(text, "pain-based techniques");
        Assert.False(Scopes.IsNegated(tokens, first, last));
    }

    [Theory]
    [InlineData("We say person instead of service user.", true)]
    [InlineData("We say person rather than service user.", true)]
    [InlineData("Person is used in place of service user.", true)]
    [InlineData("We no longer say service user.", true)]
    [InlineData("People formerly called service user are now people.", true)]
    [InlineData("We avoid the term service user.", true)]
    [InlineData("We do not call people service user.", true)]
    [InlineData("Staff must never describe anyone as service user.", true)]
    [InlineData("We call each person a service user.", false)]
    [InlineData("Staff must not call for help when a service user is calm.", false)]
    [InlineData("Each service user has a plan.", false)]
    [InlineData("We avoid restraint. The service user has a plan.", false)]
    public void Mention(string text, bool expected)
    {
        var (tokens, first, _) = Find(text, "service user");
        Assert.Equal(expected, Scopes.IsMention(tokens, first));
    }

    [Fact]
    public void QuotedSpans()
    {
        const string Text = "The term \"service user\", “patient” and 'client' but don't or residents' rooms.";
        var spans = Scopes.QuotedSpans(Text, new TextSpan(0, Text.Length)).Select(s => Text.Substring(s.Start, s.Length));
        Assert.Equal(["service user", "patient", "client"], spans);
    }

    [Fact]
    public void QuotesDoNotRunAcrossBlankLines()
    {
        const string Text = "An \"open quote\n\nthen text\" here";
        Assert.Empty(Scopes.QuotedSpans(Text, new TextSpan(0, Text.Length)));
    }

    [Theory]
    [InlineData("NICE guideline NG10: Violence and aggression: short-term management.", true)]
    [InlineData("See NG10 Violence and aggression: short-term management.", true)]
    [InlineData("Violence and aggression: short-term management in mental health, health and community settings (NICE, 2015) applies.", true)]
    [InlineData("The report entitled Violence and aggression in care homes.", true)]
    [InlineData("Smith et al (2019) Violence and aggression in care homes.", true)]
    [InlineData("Violence and aggression is rare in our homes.", false)]
    [InlineData("Staff complete training in violence and aggression every year.", false)]
    public void InCitation(string text, bool expected)
    {
        int start = text.IndexOf("iolence and aggression", StringComparison.Ordinal) - 1;
        var span = new TextSpan(start, "violence and aggression".Length);
        Assert.Equal(expected, Scopes.InCitation(text, new TextSpan(0, text.Length), span));
    }
}
