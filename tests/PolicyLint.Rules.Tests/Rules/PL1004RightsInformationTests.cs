using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1004RightsInformationTests
{
    private static readonly PL1004RightsInformation Rule = new();

    [Fact]
    public void PresentWhenPublishedAndGivenToEveryone()
    {
        RuleVerifier.Clause("""
            # Your rights

            We will publish information on people's rights in relation to restrictions and the use of force, and give a copy to every person we support.
            """, Rule, ClauseStatus.Present,
            "We will publish information on people's rights in relation to restrictions and the use of force, and give a copy to every person we support.");
    }

    [Fact]
    public void PresentInASpecification()
    {
        RuleVerifier.Clause("""
            The Provider shall publish an easy read leaflet on people's rights about restraint. Every person supported must receive a copy.
            """, Rule, ClauseStatus.Present,
            "The Provider shall publish an easy read leaflet on people's rights about restraint. Every person supported must receive a copy.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PublishedWithoutACopyForEveryoneIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|We publish an easy read leaflet about people's rights when restraint is used.|]
            """, Rule, ClauseStatus.Partial, "We publish an easy read leaflet about people's rights when restraint is used.");
        Assert.Contains("everyone", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RightsOnlyMentionedIsPartial()
    {
        RuleVerifier.Clause("""
            [|People will be told about their rights in relation to restraint.|]
            """, Rule, ClauseStatus.Partial, "People will be told about their rights in relation to restraint.");
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not publish", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheRightsParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            We support people in distress.

            ## Your rights

            [|Everyone has the right to complain and we respect human rights.|] Ask your keyworker about your rights.
            """, Rule, ClauseStatus.Missing, "Everyone has the right to complain and we respect human rights.");
        Assert.StartsWith("Section 'Your rights' discusses rights but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedTextDoesNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]The LGA asks that providers "publish information on their rights in relation to restrictions and give a copy to all people who draw on the service".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("This leaflet explains your rights about restraint.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void TellingPeopleTheirRightsAboutBeingHeldIsPartial()
    {
        RuleVerifier.Clause("""
            [|Every child is told about their rights, including the right to complain about being held.|]
            """, Rule, ClauseStatus.Partial, "Every child is told about their rights, including the right to complain about being held.");
    }

    [Fact]
    public void AHumanRightsBasedApproachIsNotRightsInformation()
    {
        RuleVerifier.Clause("""
            [||]Our approach to restrictive practice is human rights-based and follows the Human Rights Act 1998.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void TheQuotedTitleOfOurOwnLeafletCounts()
    {
        const string Text = "Every tenant is given our leaflet \"Your rights when restrictions are used\" when they move in.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
    }
}
