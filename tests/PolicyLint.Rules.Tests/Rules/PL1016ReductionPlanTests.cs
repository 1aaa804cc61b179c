using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1016ReductionPlanTests
{
    private static readonly PL1016ReductionPlan Rule = new();

    [Fact]
    public void PresentWithTheSixCoreStrategies()
    {
        RuleVerifier.Clause("""
            # Service specification

            The Provider shall actively work to reduce the use of restrictive practices, using the Six Core Strategies and the RRN Towards Safer Services framework.
            """, Rule, ClauseStatus.Present,
            "The Provider shall actively work to reduce the use of restrictive practices, using the Six Core Strategies and the RRN Towards Safer Services framework.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentWithAReductionPlanAcrossTwoSentences()
    {
        RuleVerifier.Clause("""
            We are committed to minimising restraint. Each service will have a restrictive practice reduction plan.
            """, Rule, ClauseStatus.Present,
            "We are committed to minimising restraint. Each service will have a restrictive practice reduction plan.");
    }

    [Fact]
    public void PrefersAnExplicitCommitmentToAPassingReductionPlan()
    {
        RuleVerifier.Clause("""
            # Specification

            5.3 The Board shall review restrictive practice data and progress against the reduction plan at least every quarter.

            7.1 The Provider shall have a written plan to reduce its use of restrictive practice, based on the six core strategies.
            """, Rule, ClauseStatus.Present,
            "The Provider shall have a written plan to reduce its use of restrictive practice, based on the six core strategies.",
            DocumentKind.Specification);
    }

    [Fact]
    public void CommitmentWithoutAPlanIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            # Our approach

            [|We will reduce the use of restraint.|] Staff are kind.
            """, Rule, ClauseStatus.Partial, "We will reduce the use of restraint.");
        Assert.Contains("names no plan", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproachWithoutACommitmentIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Our staff are trained in Positive Behaviour Support.|]
            """, Rule, ClauseStatus.Partial, "Our staff are trained in Positive Behaviour Support.");
        Assert.Contains("does not commit", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not commit", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtAReportOfReduction()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We record every use of restraint.

            ## 8 Outcomes

            [|Last year the use of restraint reduced; seclusion also reduced.|] Staff were pleased.
            """, Rule, ClauseStatus.Missing, "Last year the use of restraint reduced; seclusion also reduced.");
        Assert.StartsWith("Section '8 Outcomes' discusses reducing restrictive practice but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void RestraintReductionNetworkIsANameNotACommitment()
    {
        RuleVerifier.Clause("""
            [||]Training must be certified against the Restraint Reduction Network Training Standards.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void NegatedAndQuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]We cannot reduce restraint further. A visitor wrote "you must reduce restraint using the six core strategies".
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
        var result = RuleVerifier.Verify("Dear colleague, we will reduce restraint using the six core strategies.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Theory]
    [InlineData("We are committed to keeping the use of restraint in our homes to a minimum.")]
    [InlineData("We aim to use physical restraint as rarely as possible.")]
    public void CommitmentToMinimiseWithoutAPlanIsPartial(string sentence)
    {
        RuleVerifier.Clause($"[|{sentence}|]", Rule, ClauseStatus.Partial, sentence);
    }

    [Fact]
    public void TheExplicitCommitmentIsTheEvidenceNotAnEarlierAccountabilitySentence()
    {
        RuleVerifier.Clause("""
            The Board must scrutinise progress in reducing restrictive practice against the reduction plan.

            We are committed to actively reducing restrictive practice through our reduction plan, based on the Six Core Strategies.
            """, Rule, ClauseStatus.Present, "We are committed to actively reducing restrictive practice through our reduction plan, based on the Six Core Strategies.");
    }

    [Fact]
    public void ACommitteeIsNotACommitment()
    {
        RuleVerifier.Clause("""
            The Quality Committee reviews progress in reducing restraint against the reduction plan each quarter.

            We are committed to actively reducing restrictive practice, using the Six Core Strategies.
            """, Rule, ClauseStatus.Present, "We are committed to actively reducing restrictive practice, using the Six Core Strategies.");
    }

    [Fact]
    public void TheClauseListsItsRequiredElementsNotTheOnesThatOnlyRankPlaces()
    {
        var clause = RuleVerifier.Clause("[|We will actively reduce the use of restraint.|]", Rule, ClauseStatus.Partial, "We will actively reduce the use of restraint.");
        Assert.Equal(["a commitment to reduce restrictive practice", "a plan or approach"], clause.Elements.Select(e => e.Name));
        Assert.Equal([true, false], clause.Elements.Select(e => e.Found));
    }
}
