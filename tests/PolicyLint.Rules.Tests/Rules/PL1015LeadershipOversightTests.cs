using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1015LeadershipOversightTests
{
    private static readonly PL1015LeadershipOversight Rule = new();

    [Fact]
    public void PresentInOneSentence()
    {
        RuleVerifier.Clause("""
            # Governance

            The Board is accountable for the use of restrictive practice and will review restrictive practice data and progress against the reduction plan every quarter.
            """, Rule, ClauseStatus.Present,
            "The Board is accountable for the use of restrictive practice and will review restrictive practice data and progress against the reduction plan every quarter.");
    }

    [Fact]
    public void PresentAcrossTwoConsecutiveSentences()
    {
        RuleVerifier.Clause("""
            The Provider's senior leadership team shall monitor restraint data quarterly. They shall also review the restrictive practice reduction plan.
            """, Rule, ClauseStatus.Present,
            "The Provider's senior leadership team shall monitor restraint data quarterly. They shall also review the restrictive practice reduction plan.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PartialListsWhatIsMissing()
    {
        var clause = RuleVerifier.Clause("""
            # Governance

            [|Senior managers will review incident data.|] Staff attend supervision.
            """, Rule, ClauseStatus.Partial, "Senior managers will review incident data.");
        Assert.Contains("the reduction plan and a frequency", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountableWithoutAReviewIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The Board is accountable for the use of restraint.|]
            """, Rule, ClauseStatus.Partial, "The Board is accountable for the use of restraint.");
        Assert.Contains("a review by them", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not make the Board or senior leaders accountable", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheGovernanceParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 9 Roles

            [|The Board approves this policy.|] Governance arrangements are set out in the governance framework.
            """, Rule, ClauseStatus.Missing, "The Board approves this policy.");
        Assert.StartsWith("Section '9 Roles' discusses governance but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AManagerResponsibleForSomethingElseIsOnlyANearMiss()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            ## 2 Responsibilities

            2.1 [|The Registered Manager is responsible for making sure that this policy is followed in each house.|]
            """, Rule, ClauseStatus.Missing, "The Registered Manager is responsible for making sure that this policy is followed in each house.");
        Assert.StartsWith("Section '2 Responsibilities' discusses governance but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedAndQuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]Restraint data is never reviewed by the Board. Inspectors asked "does the Board review restraint data and the reduction plan annually?"
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void WarningInEverySetting()
    {
        const string Missing = "[||]We support people in distress.";
        foreach (var setting in Enum.GetValues<CareSetting>())
        {
            Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, setting: setting).Severity);
        }
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, the Board reviews restraint data annually.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void ASeniorRoleReviewingTheLogWithoutAPlanIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The Nominated Individual looks through the physical intervention log for every service each month.|]
            """, Rule, ClauseStatus.Partial, "The Nominated Individual looks through the physical intervention log for every service each month.");
        Assert.Contains("reduction plan", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBoardReceivingAReportEachQuarterIsAReview()
    {
        const string Text = "The Board receives a report on restrictive interventions every quarter, including progress against the reduction plan.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
    }

    [Fact]
    public void APartialClauseSaysWhichElementsItFoundWhere()
    {
        const string Text = "Senior managers will review incident data.";
        var clause = RuleVerifier.Clause($"[|{Text}|] Staff attend supervision.", Rule, ClauseStatus.Partial, Text);
        Assert.Equal(["a review by them", "restrictive-practice data"], clause.Elements.Where(e => e.Found).Select(e => e.Name));
        Assert.Equal(["the reduction plan", "a frequency (regularly, quarterly, annually…)"], clause.Elements.Where(e => !e.Found).Select(e => e.Name));
    }
}
