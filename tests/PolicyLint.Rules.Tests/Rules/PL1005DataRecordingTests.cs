using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1005DataRecordingTests
{
    private static readonly PL1005DataRecording Rule = new();

    [Fact]
    public void PresentWhenEveryUseMustBeRecorded()
    {
        RuleVerifier.Clause("""
            # Recording

            Staff must record every use of restraint on the day it happens.
            """, Rule, ClauseStatus.Present, "Staff must record every use of restraint on the day it happens.");
    }

    [Fact]
    public void PresentInASpecificationListItem()
    {
        RuleVerifier.Clause("""
            The Provider shall:

            - record all restrictive interventions in the person's notes;
            """, Rule, ClauseStatus.Present, "record all restrictive interventions in the person's notes;", DocumentKind.Specification);
    }

    [Fact]
    public void VagueIncidentRecordingIsPartial()
    {
        RuleVerifier.Clause("""
            [|Incidents should be recorded.|] Staff are supported afterwards.
            """, Rule, ClauseStatus.Partial, "Incidents should be recorded.");
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void MissingPointsAtTheRecordingParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            We support people in distress.

            ## Records

            [|We keep data about staffing levels.|] Care plans are logged in the system.
            """, Rule, ClauseStatus.Missing, "We keep data about staffing levels.");
        Assert.Contains("discusses recording", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedIsNotPresent()
    {
        RuleVerifier.Clause("""
            [||]Staff must not record every use of restraint in the daily notes.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityIsErrorInEverySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("This report describes restraint data.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void APastTenseFieldListAfterTheColonDoesNotHedgeTheCommitment()
    {
        const string Text = "We write down every restriction the same day: what it was, why it was used and how long it lasted.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
    }

    [Fact]
    public void TheSentenceThatRecordsEveryUseIsTheEvidenceNotAnEarlierPassingMention()
    {
        RuleVerifier.Clause("""
            The Provider shall keep any restriction of this kind under review and recorded in the person's plan.

            The Provider shall record every use of a restrictive intervention on the day it happens.
            """, Rule, ClauseStatus.Present, "The Provider shall record every use of a restrictive intervention on the day it happens.", DocumentKind.Specification);
    }
}
