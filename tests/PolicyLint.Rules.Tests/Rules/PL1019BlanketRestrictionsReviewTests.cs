using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1019BlanketRestrictionsReviewTests
{
    private static readonly PL1019BlanketRestrictionsReview Rule = new();

    [Fact]
    public void PresentUnderAHeading()
    {
        RuleVerifier.Clause("""
            # Restraint policy

            ## 4 Blanket restrictions

            We will identify blanket restrictions in each home, challenge them, and review them every three months.
            """, Rule, ClauseStatus.Present,
            "We will identify blanket restrictions in each home, challenge them, and review them every three months.");
    }

    [Fact]
    public void PresentInASpecificationList()
    {
        RuleVerifier.Clause("""
            # Service specification

            The Provider shall ensure that blanket restrictions are:

            - identified through an annual audit;
            - challenged by staff, people and visitors;
            - reviewed by the registered manager.
            """, Rule, ClauseStatus.Present,
            """
            The Provider shall ensure that blanket restrictions are:
            identified through an annual audit;
            challenged by staff, people and visitors;
            reviewed by the registered manager.
            """,
            DocumentKind.Specification);
    }

    [Fact]
    public void SayingTheyAreNotUsedIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|We do not use blanket restrictions.|]
            """, Rule, ClauseStatus.Partial, "We do not use blanket restrictions.");
        Assert.EndsWith("not required to be identified, challenged and reviewed", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialNamesTheMissingSteps()
    {
        var clause = RuleVerifier.Clause("""
            [|Blanket restrictions will be reviewed every year.|]
            """, Rule, ClauseStatus.Partial, "Blanket restrictions will be reviewed every year.");
        Assert.EndsWith("not required to be identified and challenged", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedStepDoesNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|Blanket restrictions are identified and challenged.|] They are never reviewed.
            """, Rule, ClauseStatus.Partial, "Blanket restrictions are identified and challenged.");
        Assert.EndsWith("not required to be reviewed", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not require blanket restrictions", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtAParagraphReviewingRestrictions()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 6 Reviews

            [|Restrictions in a person's support plan are reviewed every month.|]
            """, Rule, ClauseStatus.Missing, "Restrictions in a person's support plan are reviewed every month.");
        Assert.StartsWith("Section '6 Reviews' discusses reviewing restrictions but does not require blanket restrictions", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedExpectationDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The CQC expects "blanket restrictions to be identified, challenged and reviewed".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityIsInfoInEverySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification, CareSetting.OlderPeople).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, we do not use blanket restrictions.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void ANegationInARelativeClauseDoesNotUndoTheVerb()
    {
        const string Text = "Managers identify blanket restrictions on each unit, challenge any that cannot be justified, and review the rest every quarter.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
    }
}
