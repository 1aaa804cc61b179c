using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

public class TokenizerTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

    private static string[] Texts(string text) => [.. Tokens(text).Select(t => text.Substring(t.Span.Start, t.Span.Length))];

    [Fact]
    public void HyphensSplitWordsAndAreNotEmitted()
    {
        const string Text = "a time-out room, pain‐based";
        var tokens = Tokens(Text);
        Assert.Equal(["a", "time", "out", "room", ",", "pain", "based"], tokens.Select(t => t.Lower));
        Assert.Equal(new TextSpan(2, 4), tokens[1].Span);
        Assert.Equal(new TextSpan(7, 3), tokens[2].Span);
        Assert.Equal(new TextSpan(22, 5), tokens[6].Span);
    }

    [Fact]
    public void ApostrophesInsideWordsStayAndCurlyOnesAreFolded()
    {
        const string Text = "the person’s plan, don't";
        var tokens = Tokens(Text);
        Assert.Equal(["the", "person's", "plan", ",", "don't"], tokens.Select(t => t.Lower));
        Assert.Equal("person’s", Text.Substring(tokens[1].Span.Start, tokens[1].Span.Length));
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void CurlyQuotesAreSeparatePunctuation()
    {
        const string Text = "the term ‘service user’ and “patient”";
        Assert.Equal(["the", "term", "‘", "service", "user", "’", "and", "“", "patient", "”"], Texts(Text));
        var tokens = Tokens(Text);
        Assert.Equal("'", tokens[2].Lower);
        Assert.Equal("'", tokens[5].Lower);
        Assert.Equal(TokenKind.Punctuation, tokens[7].Kind);
    }

    [Fact]
    public void NumbersKeepInternalDotsAndCommas()
    {
        var tokens = Tokens("Section 3.2 covers 2,000 staff. In 2019.");
        Assert.Equal(["section", "3.2", "covers", "2,000", "staff", ".", "in", "2019", "."], tokens.Select(t => t.Lower));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal(TokenKind.Number, tokens[7].Kind);
    }

    [Fact]
    public void TokensOfASpanHaveDocumentOffsetsAndStems()
    {
        const string Text = "xx Managing people";
        var tokens = Tokenizer.Tokenize(Text, new TextSpan(3, Text.Length - 3));
        Assert.Equal(new TextSpan(3, 8), tokens[0].Span);
        Assert.Equal("managing", tokens[0].Lower);
        Assert.Equal("manag", tokens[0].Stem);
        Assert.Equal(new TextSpan(12, 6), tokens[1].Span);
    }
}

/// <summary>
/// The tokenizer remembers each spelling's folded form and stem per thread: a remembered spelling must give exactly
/// what working it out again gives, whatever was tokenized before it and on whichever thread.
/// </summary>
public class TokenizerWordCacheTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

    [Fact]
    public void SpellingsThatDifferOnlyInCaseOrApostropheKeepTheirOwnFoldAndStem()
    {
        // Same letters, different spellings: each must come out folded and stemmed on its own, the second time too.
        const string Text = "Restraints restraints RESTRAINTS person’s person's Managing managing";
        for (int round = 0; round < 2; round++)
        {
            var tokens = Tokens(Text);
            Assert.Equal(["restraints", "restraints", "restraints", "person's", "person's", "managing", "managing"], tokens.Select(t => t.Lower));
            Assert.Equal(EnglishStemmer.Stem("restraints"), tokens[2].Stem);
            Assert.Equal(EnglishStemmer.Stem("managing"), tokens[5].Stem);
            Assert.Equal(EnglishStemmer.Stem("person's"), tokens[3].Stem);
        }
    }

    [Fact]
    public void EveryThreadGetsTheSameTokensAsWorkingEachWordOut()
    {
        var words = Enumerable.Range(0, 3000).Select(i => (i % 3) switch { 0 => $"Reviewing{i}x", 1 => "recordings", _ => "De-escalation" }).ToArray();
        var text = string.Join(' ', words);
        var expected = Tokens(text).Select(t => (t.Lower, t.Stem)).ToList();
        var results = new List<(string, string)>[8];
        Parallel.For(0, results.Length, i => results[i] = [.. Tokens(text).Select(t => (t.Lower, t.Stem))]);
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(EnglishStemmer.Stem("recordings"), expected[1].Item2);
        Assert.Equal("reviewing0x", expected[0].Item1);
    }
}
