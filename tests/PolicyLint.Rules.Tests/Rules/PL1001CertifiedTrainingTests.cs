using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1001CertifiedTrainingTests
{
    private static readonly PL1001CertifiedTraining Rule = new();

    [Fact]
    public void PresentInASpecificationRequirement()
    {
        RuleVerifier.Clause("""
            # Service specification

            ## 7 Workforce

            The Provider shall ensure that all training that includes restrictive practices is certified as complying with the RRN Training Standards.
            """, Rule, ClauseStatus.Present,
            "The Provider shall ensure that all training that includes restrictive practices is certified as complying with the RRN Training Standards.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentAcrossTwoConsecutiveSentencesOfAPolicy()
    {
        RuleVerifier.Clause("""
            Staff must complete training in restrictive practices. The training must be certified by a UKAS-accredited certification body, such as Bild ACT, as complying with the Restraint Reduction Network (RRN) Training Standards.
            """, Rule, ClauseStatus.Present,
            "Staff must complete training in restrictive practices. The training must be certified by a UKAS-accredited certification body, such as Bild ACT, as complying with the Restraint Reduction Network (RRN) Training Standards.");
    }

    [Fact]
    public void InLineWithTheStandardsIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            # Training

            [|Training will be delivered in line with the RRN Training Standards.|] Trainers are experienced.
            """, Rule, ClauseStatus.Partial, "Training will be delivered in line with the RRN Training Standards.");
        Assert.Contains("certif", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AwareOfTheStandardsIsPartial()
    {
        RuleVerifier.Clause("""
            [|Trainers will be aware of the RRN Training Standards.|]
            """, Rule, ClauseStatus.Partial, "Trainers will be aware of the RRN Training Standards.");
    }

    [Fact]
    public void NegatedCertificationIsNotPresent()
    {
        RuleVerifier.Clause("""
            [|Our training follows the RRN Training Standards but is not certified.|]
            """, Rule, ClauseStatus.Partial, "Our training follows the RRN Training Standards but is not certified.");
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
    public void MissingPointsAtTheTrainingSection()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 7.2 Training

            [|All staff complete an induction course on supporting people in distress.|] Refresher training takes place every year.
            """, Rule, ClauseStatus.Missing, "All staff complete an induction course on supporting people in distress.");
        Assert.StartsWith("Section '7.2 Training' discusses training but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CertifiedAgainstTheSupersededBildCodeIsMissingAndPointsAtIt()
    {
        RuleVerifier.Clause("""
            [|Training must be certified as complying with the BILD Code of Practice.|]
            """, Rule, ClauseStatus.Missing, "Training must be certified as complying with the BILD Code of Practice.");
    }

    [Fact]
    public void ReferencesDoNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.

            ## References

            - Restraint Reduction Network (2019). Training Standards: all training must be certified.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void QuotedRequirementDoesNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]Some commissioners write "training must be certified as complying with the RRN Training Standards".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityBySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule, setting: CareSetting.Education).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, thank you for your letter about training.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Theory]
    [InlineData("All our support workers complete a course that is certified by a UKAS-accredited body as meeting the RRN Training Standards.")]
    [InlineData("We only use trainers whose courses hold certification against the Restraint Reduction Network Training Standards.")]
    [InlineData("Every new starter completes physical intervention training. The course is certified as complying with the RRN Training Standards.")]
    public void PlainEnglishPresentTenseCommitmentIsPresent(string text)
    {
        RuleVerifier.Clause(text, Rule, ClauseStatus.Present, text);
    }

    [Fact]
    public void AHedgedStatementIsNotACommitment()
    {
        RuleVerifier.Clause("""
            [|Some staff may attend a course that is certified against the RRN Training Standards.|]
            """, Rule, ClauseStatus.Partial, "Some staff may attend a course that is certified against the RRN Training Standards.");
    }

    [Fact]
    public void APolicysPlainStatementOfItsPracticeIsACommitment()
    {
        const string Text = "Physical intervention training in our homes is delivered by our own trainers and holds certification against the RRN Training Standards.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text, DocumentKind.Policy);
    }

    [Fact]
    public void ASpecificationStillNeedsShallOrMust()
    {
        const string Text = "Physical intervention training in the sector is often certified against the RRN Training Standards.";
        RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text, DocumentKind.Specification);
    }
}
