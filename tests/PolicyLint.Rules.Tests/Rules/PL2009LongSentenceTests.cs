using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2009LongSentenceTests
{
    private static readonly PL2009LongSentence Rule = new();

    /// <summary>A sentence of exactly <paramref name="count"/> words: "Staff support support … everyone."</summary>
    private static string Words(int count) =>
        "Staff " + string.Join(' ', Enumerable.Repeat("support", count - 2)) + " everyone.";

    [Fact]
    public void ThirtySixWordsIsReportedWithTheCount()
    {
        var sentence = Words(36);
        var finding = RuleVerifier.Single($"""
            Short opening sentence. [|{sentence}|] Short closing sentence.
            """, Rule);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("36 words", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFlattenedTableWithNoPunctuationIsNotASentence()
    {
        // What a PDF table becomes when its layout is lost: 40 words, no punctuation.
        var row = string.Join(' ', Enumerable.Repeat("Role Responsibility Registered Manager Owns policy Team leaders", 5));
        RuleVerifier.Verify(row, Rule);
    }

    [Fact]
    public void ThirtyFiveWordsIsNotReported()
    {
        RuleVerifier.Verify($"""
            Short opening sentence. {Words(35)} Short closing sentence.
            """, Rule);
    }

    [Fact]
    public void ARealLongSentenceIsReported()
    {
        // 38 words; numbers count, punctuation does not.
        RuleVerifier.Verify("""
            # 4 Recording

            [|Every use of restraint, seclusion or any other restrictive intervention must be recorded in the person's care record within 24 hours by the member of staff who led the intervention, and the record must be checked by the manager on duty before the end of the shift.|]
            """, Rule);
    }

    [Fact]
    public void HeadingsQuotesAndReferencesAreSkipped()
    {
        var sentence = Words(40);
        RuleVerifier.Verify($"""
            # {sentence}

            > {sentence}

            The contract says "{sentence}"

            ## References

            - {sentence}

            ## Glossary

            {sentence}
            """, Rule);
    }

    [Fact]
    public void QuotedWordsAreNotCounted()
    {
        // 37 words, of which 31 are quoted: 6 own words, not reported. 36 own words plus a quote are.
        RuleVerifier.Verify($"""
            The contract says "{Words(31)}" and we agree.

            [|{Words(36).TrimEnd('.')} "as agreed".|]
            """, Rule);
    }

    [Fact]
    public void ListItemsAreCheckedOnTheirOwn()
    {
        var sentence = Words(36);
        RuleVerifier.Verify($"""
            - [|{sentence}|]
            - {Words(20)}
            """, Rule);
    }

    [Fact]
    public void TableCellsAreSkipped()
    {
        var builder = new DocumentBuilder("policy.docx", SourceFormat.Docx);
        builder.BeginBlock(BlockKind.TableCell);
        builder.Append(Words(50), SourcePosition.AtLine(1, 1));
        builder.EndBlock();
        var result = RuleVerifier.Run(builder.Build(), DocumentKind.Policy, CareSetting.SocialCare, Rule);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void TheLimitIsConfigurable()
    {
        RuleVerifier.Verify($"""
            [|{Words(11)}|] {Words(10)}
            """, new PL2009LongSentence(10));
    }
}
