using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Rules.Upkeep;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

/// <summary>
/// Rules read body prose by default: cover sheets, contents pages, document control and running headers reach only
/// the rules that ask for them. The verifier's as-of date is 30 June 2025.
/// </summary>
public sealed class BlockRoleRuleTests
{
    private const string Cover = """
        NORTHSHIRE HEALTHCARE NHS TRUST

        RESTRICTIVE PRACTICE AND SECLUSION POLICY

        Version: 3.1
        Approved by: Quality and Safety Committee
        """ + "\n\n";

    [Fact]
    public void LongSentenceIsNotReportedOnAContentsPage()
    {
        var entries = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"{i}. Roles, duties and responsibilities of staff ........ {i + 2}"));
        RuleVerifier.Verify($"""
            Contents

            {entries}

            This policy applies to everyone.
            """, new PL2009LongSentence());
    }

    [Fact]
    public void LongSentenceIsStillReportedInBodyProse()
    {
        var words = string.Join(' ', Enumerable.Repeat("staff", 40));
        RuleVerifier.Verify($"""
            Contents

            1. Introduction ........ 3

            [|The {words}, and so on.|]
            """, new PL2009LongSentence());
    }

    [Fact]
    public void UndefinedAcronymIgnoresAnAllCapsTitleAndCapitalisedOrdinaryWords()
    {
        RuleVerifier.Verify(Cover + """
            RESTRICTIVE PRACTICE POLICY The Trust may use seclusion only as a last resort, and its policy on restrictive practice is reviewed.

            The Trust MAY NOT use seclusion for punishment. {|PL2010:CQC|} inspects the service.
            """, new PL2010UndefinedAcronym());
    }

    [Fact]
    public void RepeatedRunningFooterYieldsNoRepeatedFinding()
    {
        // The cover title is the document's own voice (one finding); the running footer repeating it is furniture.
        RuleVerifier.Verify("""
            [|Challenging Behaviour|] Policy

            Staff support people whose distress harms them.

            Challenging Behaviour Policy, Page 2 of 9

            Staff write a support plan with each person.

            Challenging Behaviour Policy, Page 3 of 9

            Staff review the plan monthly.

            Challenging Behaviour Policy, Page 4 of 9
            """, new PL2005ChallengingBehaviour());
    }

    [Fact]
    public void ReviewDateInARepeatedFooterIsReportedOnce()
    {
        RuleVerifier.Verify("""
            Restraint policy. Review date: [|March 2022|]

            Staff support people whose distress harms them.

            Restraint policy. Review date: March 2022

            Staff write a support plan with each person.

            Restraint policy. Review date: March 2022
            """, new PL4001ReviewOverdue());
    }

    [Theory]
    [InlineData("Next Review Date (by): [|November 2018|]")]
    [InlineData("Date for Review: [|06/10/2023|]")]
    [InlineData("Review [|Autumn 2016|]")]
    [InlineData("Next review to be [|April 2018|]")]
    [InlineData("Review due: [|31/03/2024|]")]
    [InlineData("Date of next review: [|March 2024|]")]
    [InlineData("To be reviewed by [|Spring 2024|]")]
    [InlineData("Review by: [|1st May 2023|]")]
    public void OverdueReviewDateFormsAreReportedAndSatisfyNoReviewDate(string line)
    {
        var markup = Cover + line + """


            This policy sets out how staff reduce the use of restraint.
            """;
        RuleVerifier.Verify(markup, new PL4001ReviewOverdue());
        var unmarked = markup.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);
        RuleVerifier.Verify(unmarked.Replace("Version: 3.1\n", string.Empty, StringComparison.Ordinal), new PL4002NoReviewDate());
    }

    [Theory]
    [InlineData("Next Review Date (by): November 2025")]
    [InlineData("Date for Review: 06/10/2026")]
    [InlineData("Review Winter 2025")]
    [InlineData("Next review to be April 2027")]
    public void FutureReviewDateFormsAreNotOverdue(string line)
    {
        RuleVerifier.Verify(Cover + line + "\n\nThis policy sets out how staff reduce the use of restraint.", new PL4001ReviewOverdue());
    }

    [Fact]
    public void LastReviewedDateSatisfiesNoReviewDateButIsNeverOverdue()
    {
        const string markup = """
            RESTRAINT POLICY

            Reviewed October 2016

            This policy sets out how staff reduce the use of restraint.
            """;
        RuleVerifier.Verify(markup, new PL4001ReviewOverdue());
        RuleVerifier.Verify(markup, new PL4002NoReviewDate());
    }

    [Fact]
    public void BareReviewInProseIsNotAReviewDate()
    {
        RuleVerifier.Verify("""
            RESTRAINT POLICY

            Managers review March 2020 incident data with staff every month.
            """, new PL4001ReviewOverdue());
    }

    [Fact]
    public void RequiredClauseTakesNoEvidenceFromContentsOrRunningFooters()
    {
        // The clause's words are only in a contents entry and a running footer: neither is the document saying it.
        RuleVerifier.Clause("""
            [||]Contents

            4. Every use of restraint is recorded ........ 12
            5. Support after an incident ........ 14

            We support people in distress.

            Every use of restraint is recorded, Page 2 of 9
            """, new PL1005DataRecording(), ClauseStatus.Missing, null);
    }

    [Fact]
    public void AnEllipsisOrAContentsPageInsideOneLongBlockIsNotAContentsPage()
    {
        // An ellipsis before "I" is not a leader before page i; a whole document read as one block (a text file
        // without line breaks) that holds a contents page is still prose.
        var prose = string.Join(' ', Enumerable.Repeat("Staff support people whose distress harms them.", 20));
        var document = TestDocument.Build($"""
            "It was absurd," he told me. "I don't think I did anything wrong. . . . I don't think there's anything wrong."

            Contents 1 Introduction ........ 3 2 Purpose ........ 4 {prose}
            """).Document;
        Assert.Equal([BlockRole.Body, BlockRole.Body], document.Blocks.Select(b => b.Role));
    }

    [Fact]
    public void DescriptorsSayWhichRolesTheyRead()
    {
        var document = TestDocument.Build("""
            Restraint policy

            This policy sets out how staff reduce the use of restraint.
            """).Document;
        Assert.Equal([BlockRole.Title, BlockRole.Body], document.Blocks.Select(b => b.Role));
        Assert.Contains(BlockRole.DocumentControl, PL4001ReviewOverdue.Rule.Reads);
        Assert.DoesNotContain(BlockRole.DocumentControl, PL2009LongSentence.Rule.Reads);
        Assert.DoesNotContain(BlockRole.Contents, RuleReads.Text);
        Assert.DoesNotContain(BlockRole.PageFurniture, RuleReads.Text);
    }
}
