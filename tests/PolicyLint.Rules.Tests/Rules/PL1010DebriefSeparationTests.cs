using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1010DebriefSeparationTests
{
    private static readonly PL1010DebriefSeparation Rule = new();

    [Fact]
    public void PresentWhenSupportAndReviewAreSeparate()
    {
        RuleVerifier.Clause("""
            # After an incident

            Staff will offer post-incident support for the immediate physical and emotional wellbeing of the person, staff and witnesses. A post-incident review will take place later, led by trained senior staff, so that the team can learn without blame.
            """, Rule, ClauseStatus.Present,
            "A post-incident review will take place later, led by trained senior staff, so that the team can learn without blame.");
    }

    [Fact]
    public void TheClosestSupportAndReviewAreTheEvidenceNotAStrayMentionEarlier()
    {
        var clause = RuleVerifier.Clause("""
            # Recording

            - the outcome of the post-incident review;

            # After an incident

            Support for the person's wellbeing comes first, straight after the incident.
            Later, a separate post-incident review looks at what we can learn.
            """, Rule, ClauseStatus.Present, "Later, a separate post-incident review looks at what we can learn.");
        Assert.All(clause.Elements, e => Assert.True(e.Found));
        Assert.DoesNotContain(clause.AllEvidence, span => span.Start < 40);
    }

    [Fact]
    public void OneUndividedDebriefIsReportedOnItsParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # After an incident

            [|After every restraint there will be a debrief with everyone involved.|]
            """, Rule, ClauseStatus.Partial, "After every restraint there will be a debrief with everyone involved.");
        Assert.Contains("'Debrief'", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SupportWithoutReviewIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Staff will offer post-incident support to everyone involved.|]
            """, Rule, ClauseStatus.Partial, "Staff will offer post-incident support to everyone involved.");
        Assert.Contains("learning review is missing", clause.Explanation, StringComparison.Ordinal);
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
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("This guidance covers debriefs.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
        Assert.Equal(Severity.Warning, PL1010DebriefSeparation.Rule.DefaultSeverity);
    }

    [Fact]
    public void StraightAwayAndLaterInPlainWordsArePresent()
    {
        var clause = RuleVerifier.Clause("""
            Straight away, we check that the person and the staff are physically and emotionally okay.
            Later, a separate learning review looks at what happened, without blame.
            """, Rule, ClauseStatus.Present, "Later, a separate learning review looks at what happened, without blame.");
        Assert.All(clause.Elements, e => Assert.True(e.Found));
    }

    [Fact]
    public void TheTopicSentenceThatOrdersTheStepsIsThePrincipalEvidence()
    {
        var clause = RuleVerifier.Clause("""
            ## After an incident

            Post-incident support is the first step. Straight away, staff check that the person, colleagues and witnesses are not hurt, and offer comfort.

            A learning review follows afterwards, within a week, and looks at lessons without blame.
            """, Rule, ClauseStatus.Present, "Post-incident support is the first step.");
        // The elements are still the sentences that stand closest together.
        Assert.Equal(2, clause.Elements.Count);
        Assert.All(clause.Elements, e => Assert.True(e.Found));
    }

    [Fact]
    public void AnExplicitSeparationOutranksAnOrderWord()
    {
        RuleVerifier.Clause("""
            Post-incident support is the first step, for everyone involved.
            The learning review is a separate step, held on another day.
            """, Rule, ClauseStatus.Present, "The learning review is a separate step, held on another day.");
    }

    [Fact]
    public void ReviewWithoutSupportSaysSupportIsMissing()
    {
        var clause = RuleVerifier.Clause("""
            [|A post-incident review takes place within five days.|]
            """, Rule, ClauseStatus.Partial, "A post-incident review takes place within five days.");
        Assert.Contains("post-incident support for immediate wellbeing is missing", clause.Explanation, StringComparison.Ordinal);
        Assert.Equal([false, true], clause.Elements.Select(e => e.Found));
    }
}
