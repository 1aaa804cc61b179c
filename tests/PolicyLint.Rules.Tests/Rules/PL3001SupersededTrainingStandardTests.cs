using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3001SupersededTrainingStandardTests
{
    private static readonly PL3001SupersededTrainingStandard Rule = new();

    [Fact]
    public void ReportsTheBildCodeCitedAsTheStandard()
    {
        var result = RuleVerifier.Verify("""
            All training must comply with the [|BILD Code of Practice|].
            Trainers follow [|BILD's Code of Practice|] and the [|British Institute of Learning Disabilities Code of Practice|].
            Courses meet the [|Code of Practice for the Use and Reduction of Restrictive Physical Interventions|].
            """, Rule);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(result.Findings, f => Assert.Equal("RRN Training Standards", f.Suggestions.Single()));
    }

    [Fact]
    public void ReportsHistoryBackwards()
    {
        RuleVerifier.Verify("""
            The RRN standards were replaced by the [|BILD Code of Practice|].
            The [|BILD Code of Practice|] replaced the RRN Training Standards in 2019.
            """, Rule);
    }

    [Fact]
    public void CorrectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            The BILD Code of Practice was superseded by the RRN Training Standards.
            The RRN Training Standards replaced the BILD Code of Practice in 2019.
            Trainers must refer to the RRN standards instead of the BILD Code of Practice.
            The BILD Code of Practice has been replaced by the RRN Training Standards.
            """, Rule);
    }

    [Fact]
    public void UnrelatedReplacementVerbElsewhereDoesNotHideIt()
    {
        RuleVerifier.Verify("""
            The new induction replaced the old course, and all restraint training follows the [|BILD Code of Practice|].
            """, Rule);
    }

    [Fact]
    public void NegatedIsNotReported()
    {
        RuleVerifier.Verify("""
            Training must not be based on the BILD Code of Practice.
            Staff must never use the BILD Code of Practice as a training standard.
            """, Rule);
    }

    [Fact]
    public void CertificationBodyIsNotTheCode()
    {
        RuleVerifier.Verify("""
            Training must be certified by Bild ACT as complying with the RRN Training Standards.
            """, Rule);
    }

    [Fact]
    public void QuotedOrReferencedIsNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            The 2015 contract mentions the "BILD Code of Practice".

            ## References

            - BILD (2010). Code of Practice for the use and reduction of restrictive physical interventions.
            - BILD Code of Practice (third edition).
            """, Rule);
    }

    [Fact]
    public void QuotedWrongHistoryIsStillReported()
    {
        RuleVerifier.Verify("""
            The contract says "the RRN standards were replaced by the [|BILD Code of Practice|]".
            """, Rule);
    }

    [Fact]
    public void BildAsTheObjectOfARelativeClauseIsACorrection()
    {
        RuleVerifier.Verify("""
            Training accredited only against the BILD Code of Practice, which the RRN Training Standards replaced, is not acceptable.
            Our course left behind the BILD Code of Practice that the newer standards superseded in 2019.
            Refer to the RRN standards, not the BILD Code of Practice which they replaced.
            """, Rule);
    }

    [Fact]
    public void BildAsTheSubjectOfARelativeClauseIsWrongHistory()
    {
        RuleVerifier.Verify("""
            Staff follow the [|BILD Code of Practice|], which replaced the RRN Training Standards last year.
            """, Rule);
    }
}
