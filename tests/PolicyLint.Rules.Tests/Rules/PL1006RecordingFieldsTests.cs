using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1006RecordingFieldsTests
{
    private static readonly PL1006RecordingFields Rule = new();

    [Fact]
    public void PresentWhenAllNineFieldsFollowTheRecordingClause()
    {
        RuleVerifier.Clause("""
            # Recording

            Staff must record every use of restraint. Each record must include:

            - the type of restraint;
            - the reason for it;
            - where and when it happened;
            - its duration;
            - the impact on the person, including any injuries;
            - the person's protected characteristics;
            - the outcome of the post-incident review;
            - the person's involvement in the review;
            - confirmation that family or carers have been informed.
            """, Rule, ClauseStatus.Present, "Staff must record every use of restraint.");
    }

    [Fact]
    public void PresentInOneSentence()
    {
        RuleVerifier.Clause("""
            The Provider shall record every restrictive intervention, with its type, the reasons, the location and time, its length, any injuries, the person's protected characteristics, the outcome of the review, the person's views on the review and when relatives were informed.
            """, Rule, ClauseStatus.Present,
            "The Provider shall record every restrictive intervention, with its type, the reasons, the location and time, its length, any injuries, the person's protected characteristics, the outcome of the review, the person's views on the review and when relatives were informed.",
            DocumentKind.Specification);
    }

    [Fact]
    public void MissingFieldsAreListedInOneFindingOnTheRecordingClause()
    {
        var clause = RuleVerifier.Clause("""
            # Recording

            [|Staff must record every use of restraint, including the type, the reason and its duration.|] Records are kept securely.

            - Injuries are noted on the body map.
            """, Rule, ClauseStatus.Partial, "Staff must record every use of restraint, including the type, the reason and its duration.");
        Assert.Contains("5 of the nine", clause.Explanation, StringComparison.Ordinal);
        Assert.Contains("where and when; protected characteristics; outcome of the review; the person's involvement in the review; family or carers informed", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("reason", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("injuries", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldsInAnotherSectionDoNotCount()
    {
        var clause = RuleVerifier.Clause("""
            # Recording

            [|Staff must record every use of restraint.|]

            ## Learning

            - the type of restraint;
            - the reason for it;
            """, Rule, ClauseStatus.Missing, "Staff must record every use of restraint.");
        Assert.Contains("9 of the nine", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedFieldDoesNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|Staff must record every use of restraint, with the type, reason, where and when, duration, injuries, outcome of the review, the person's involvement in the review and whether family were informed.|] The record will not include protected characteristics.
            """, Rule, ClauseStatus.Partial,
            "Staff must record every use of restraint, with the type, reason, where and when, duration, injuries, outcome of the review, the person's involvement in the review and whether family were informed.");
        Assert.Contains("1 of the nine", clause.Explanation, StringComparison.Ordinal);
        Assert.Contains("protected characteristics", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedFieldsDoNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|Staff must record every use of restraint.|] The framework lists "the type, the reason, where and when, and the duration".
            """, Rule, ClauseStatus.Missing, "Staff must record every use of restraint.");
        Assert.Contains("9 of the nine", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFindingButAMissingClauseWhenRecordingIsOnlyPartlyRequired()
    {
        var result = RuleVerifier.Verify("""
            Incidents should be recorded, with the type, reason and duration.
            """, Rule);
        var clause = Assert.Single(result.Clauses);
        Assert.Equal(ClauseStatus.Missing, clause.Status);
        Assert.Null(clause.Evidence);
    }

    [Fact]
    public void NoFindingButAMissingClauseWhenTheDocumentDoesNotRecord()
    {
        var result = RuleVerifier.Verify("""
            # Policy

            We support people in distress.

            ## Records

            We keep data about staffing levels.
            """, Rule);
        var clause = Assert.Single(result.Clauses);
        Assert.Equal(ClauseStatus.Missing, clause.Status);
        Assert.Contains("PL1005", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Staff must record every use of restraint.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }
}
