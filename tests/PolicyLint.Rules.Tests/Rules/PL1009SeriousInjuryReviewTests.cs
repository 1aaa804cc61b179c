using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1009SeriousInjuryReviewTests
{
    private static readonly PL1009SeriousInjuryReview Rule = new();

    [Fact]
    public void PresentWhenSeriousInjuriesAreInvestigated()
    {
        RuleVerifier.Clause("""
            # Injuries

            Serious injuries from restraint will be investigated by a senior manager.
            """, Rule, ClauseStatus.Present, "Serious injuries from restraint will be investigated by a senior manager.");
    }

    [Fact]
    public void PresentWithAnIndependentReview()
    {
        RuleVerifier.Clause("""
            The Provider shall arrange an independent review whenever injuries occur during a restrictive intervention.
            """, Rule, ClauseStatus.Present,
            "The Provider shall arrange an independent review whenever injuries occur during a restrictive intervention.",
            DocumentKind.Specification);
    }

    [Fact]
    public void ReviewWithoutSeriousOrIndependentIsPartial()
    {
        RuleVerifier.Clause("""
            [|Injuries are reviewed by the manager.|]
            """, Rule, ClauseStatus.Partial, "Injuries are reviewed by the manager.");
    }

    [Fact]
    public void RecordedOnlyIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Injuries must be recorded on the incident form.|]
            """, Rule, ClauseStatus.Partial, "Injuries must be recorded on the incident form.");
        Assert.Contains("not investigated", clause.Explanation, StringComparison.Ordinal);
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
    public void MissingPointsAtTheInjuryParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            We support people in distress.

            ## First aid

            [|Staff check the person for injury after an incident.|] A first aider is on every shift.
            """, Rule, ClauseStatus.Missing, "Staff check the person for injury after an incident.");
        Assert.StartsWith("Section 'First aid' discusses injuries but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedInvestigationDoesNotCount()
    {
        RuleVerifier.Clause("""
            [|Injuries are recorded.|] Serious injuries are not investigated.
            """, Rule, ClauseStatus.Partial, "Injuries are recorded.");
    }

    [Fact]
    public void QuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The LGA says "serious injuries should be investigated".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Serious injuries were investigated last year.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void InjuriesOnlyNotifiedIsPartial()
    {
        RuleVerifier.Clause("""
            [|The home will notify the local authority within a day of any injury to a tenant.|]
            """, Rule, ClauseStatus.Partial, "The home will notify the local authority within a day of any injury to a tenant.");
    }

    [Fact]
    public void AReviewNamedAsAFieldOfTheRecordIsNotAnInvestigation()
    {
        const string Text = "We record every restriction the same day: its type, any injury, and what the review found.";
        var clause = RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text);
        Assert.Contains("not investigated", clause.Explanation, StringComparison.Ordinal);
    }
}
