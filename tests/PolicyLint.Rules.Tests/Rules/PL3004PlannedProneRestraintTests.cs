using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3004PlannedProneRestraintTests
{
    private static readonly PL3004PlannedProneRestraint Rule = new();

    [Fact]
    public void ReportsPlannedOrPermittedProneRestraint()
    {
        var result = RuleVerifier.Verify("""
            Planned [|prone restraint|] may be used for up to ten minutes.
            Staff may deliberately restrain a person in the [|prone position|] when other holds fail.
            [|Face-down restraint|] is permitted where agreed in advance.
            The [|prone hold|] is taught as a standard technique.
            """, Rule);
        Assert.Equal(4, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void ProhibitedIsNotReported()
    {
        RuleVerifier.Verify("""
            There must be no planned or deliberate prone restraint.
            Prone restraint must not be used as a planned intervention.
            Staff must never deliberately place a person face down.
            Planned prone restraint is prohibited.
            """, Rule);
    }

    [Fact]
    public void UnplannedAndNearMissesAreNotReported()
    {
        RuleVerifier.Verify("""
            If a person goes to the floor in a prone position, staff must release them as soon as possible.
            An unplanned prone position must be recorded.
            Some people are prone to falls and their care plan says how to support them.
            Prone restraint carries a risk of positional asphyxia.
            """, Rule);
    }

    [Fact]
    public void QuotedReferencedAndHeadingsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Planned prone restraint

            The old policy said "planned prone restraint may be used".

            ## References

            - Department of Health (2014). Planned prone restraint may be used? A review.
            """, Rule);
    }

    [Fact]
    public void ProhibitionsInOtherFormsAreNotReported()
    {
        RuleVerifier.Verify("""
            There will be no planned or deliberate holding of a tenant on the floor in a prone (face-down) position.
            There must be no planned or intentional restraint of anyone in our homes in a prone position.
            Staff must not use pain, and no child will be held face down (prone) under any circumstances.
            Nobody may be deliberately restrained in the prone position.
            """, Rule);
    }

    [Fact]
    public void PermissionAfterAnUnrelatedNegationIsStillReported()
    {
        RuleVerifier.Verify("""
            Where de-escalation has not worked, planned [|prone restraint|] may be used by the response team.
            """, Rule);
    }

    [Fact]
    public void NobodyIsHeldFaceDownEver()
    {
        RuleVerifier.Verify("""
            Nobody who lives here is held face down, ever.
            """, Rule);
    }
}
