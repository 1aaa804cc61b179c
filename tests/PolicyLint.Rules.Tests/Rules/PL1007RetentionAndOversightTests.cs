using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1007RetentionAndOversightTests
{
    private static readonly PL1007RetentionAndOversight Rule = new();

    [Fact]
    public void PresentWithRetentionAndAnnualBoardMonitoring()
    {
        RuleVerifier.Clause("""
            # Data

            Data on restrictions will be kept for three years. Senior managers will review the data every year.
            """, Rule, ClauseStatus.Present,
            "Data on restrictions will be kept for three years.");
    }

    [Fact]
    public void PresentInSeparateParagraphsOfASpecification()
    {
        RuleVerifier.Clause("""
            The Provider shall retain records of restrictive practice for 3 years.

            The Provider's Board shall monitor the data annually.
            """, Rule, ClauseStatus.Present,
            "The Provider shall retain records of restrictive practice for 3 years.",
            DocumentKind.Specification);
    }

    [Fact]
    public void RetentionOnlyIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Records are kept for three years.|]
            """, Rule, ClauseStatus.Partial, "Records are kept for three years.");
        Assert.Contains("monitored annually", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightOnlyIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The Board monitors restraint data annually.|]
            """, Rule, ClauseStatus.Partial, "The Board monitors restraint data annually.");
        Assert.Contains("three years", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not require", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheRetentionParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            We support people in distress.

            ## Records

            [|Records are kept for eight years.|] They are stored securely.
            """, Rule, ClauseStatus.Missing, "Records are kept for eight years.");
        Assert.StartsWith("Section 'Records' discusses data retention and monitoring but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedMonitoringDoesNotCount()
    {
        RuleVerifier.Clause("""
            [|Records are kept for three years.|] The data is not monitored by the Board each year.
            """, Rule, ClauseStatus.Partial, "Records are kept for three years.");
    }

    [Fact]
    public void QuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The LGA says "data should be kept for three years and monitored by senior managers or the Board annually".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Data is kept for three years.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Theory]
    [InlineData("The executive team looks at the restraint figures every quarter.")]
    [InlineData("Our Responsible Individual checks the incident log for every home each month.")]
    [InlineData("The Quality Committee scrutinises use of force data twice a year.")]
    [InlineData("Senior managers review restrictive practice records at least quarterly.")]
    public void MoreFrequentSeniorMonitoringWithoutRetentionIsPartial(string sentence)
    {
        var clause = RuleVerifier.Clause($"[|{sentence}|] Records follow our records management policy.", Rule, ClauseStatus.Partial, sentence);
        Assert.Contains("three years", clause.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Provider shall retain such records for a minimum of three (3) years and its Board shall scrutinise the data at least twice a year.")]
    [InlineData("We keep every record for 36 months, and our trustees review the figures each year.")]
    public void RetentionWrittenOtherWaysIsPresent(string text)
    {
        RuleVerifier.Clause(text, Rule, ClauseStatus.Present, text, DocumentKind.Specification);
    }

    [Fact]
    public void TheHeadTeacherAndGovernorsAreSeniorLeaders()
    {
        const string Text = "The head teacher reviews the records of physical intervention every term and reports them to governors once a year.";
        RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text);
    }
}
