using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1013TherapeuticFollowUpTests
{
    private static readonly PL1013TherapeuticFollowUp Rule = new();

    [Fact]
    public void PresentInOneSentence()
    {
        RuleVerifier.Clause("""
            # Service specification

            The Provider shall ensure that any incident where restrictive practice is used is followed by therapeutic support for the person and a detailed review of their care plan.
            """, Rule, ClauseStatus.Present,
            "The Provider shall ensure that any incident where restrictive practice is used is followed by therapeutic support for the person and a detailed review of their care plan.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentInSeparateParagraphs()
    {
        RuleVerifier.Clause("""
            After any restraint we will offer the person therapeutic support to address any trauma.

            Following each incident of restraint the person's support plan will be reviewed.
            """, Rule, ClauseStatus.Present,
            "After any restraint we will offer the person therapeutic support to address any trauma.");
    }

    [Fact]
    public void PresentInAPostIncidentSection()
    {
        RuleVerifier.Clause("""
            # Specification

            ## 10.1 Post-incident support

            10.1.1 Straight after any use of restrictive practice, the Provider shall check the wellbeing of everyone involved.

            10.1.2 The Provider shall arrange therapeutic support for the person and review their support plan within seven days.
            """, Rule, ClauseStatus.Present,
            "The Provider shall arrange therapeutic support for the person and review their support plan within seven days.",
            DocumentKind.Specification);
    }

    [Fact]
    public void OnlyTherapeuticSupportIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Following the use of restraint, staff will make sure the person receives therapeutic support.|]
            """, Rule, ClauseStatus.Partial, "Following the use of restraint, staff will make sure the person receives therapeutic support.");
        Assert.Contains("review of the person's care or support plan", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyThePlanReviewIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The care plan will be reviewed after every incident of restraint.|]
            """, Rule, ClauseStatus.Partial, "The care plan will be reviewed after every incident of restraint.");
        Assert.Contains("therapeutic support for the person is missing", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not require", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutineCarePlanReviewsAreANearMissOnly()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 5 Care planning

            [|Care plans are reviewed every six months.|] Families are invited.
            """, Rule, ClauseStatus.Missing, "Care plans are reviewed every six months.");
        Assert.StartsWith("Section '5 Care planning' discusses support and care plans but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedAndQuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]After restraint we do not offer therapeutic support. One family said "after restraint the care plan was reviewed".
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
        var result = RuleVerifier.Verify("Dear colleague, after restraint people need therapeutic support.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Theory]
    [InlineData("What we learn from each incident of restraint is reflected in the person's positive behaviour support plan within a week.")]
    [InlineData("The tenant's support plan and risk assessments will be looked at and reviewed within 24 hours of any incident involving restraint.")]
    [InlineData("A pupil's behaviour support plan and risk assessment are updated after every physical intervention.")]
    public void PlanReviewInOtherWordsWithoutSupportIsPartial(string sentence)
    {
        var clause = RuleVerifier.Clause($"[|{sentence}|]", Rule, ClauseStatus.Partial, sentence);
        Assert.Contains("therapeutic support", clause.Explanation, StringComparison.Ordinal);
    }
}
