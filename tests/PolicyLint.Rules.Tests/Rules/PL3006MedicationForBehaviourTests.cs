using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3006MedicationForBehaviourTests
{
    private static readonly PL3006MedicationForBehaviour Rule = new();

    [Fact]
    public void ReportsMedicationToManageBehaviour()
    {
        var result = RuleVerifier.Verify("""
            [|PRN medication|] may be given to manage behaviour.

            Staff can use [|sedation|] to calm residents who are distressed.

            [|Rapid tranquillisation|] is used to control aggressive behaviour on the ward.

            [|As required medication|] is available for behaviours of concern.
            """, Rule);
        Assert.Equal(4, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void SafeguardInSentenceOrParagraphIsNotReported()
    {
        RuleVerifier.Verify("""
            PRN medication may be given to manage behaviour only where clinically indicated.

            Sedation to calm a person is used only as prescribed by the psychiatrist.

            As required medication may be used to manage distress. Its use follows STOMP principles and is reviewed monthly.
            """, Rule);
    }

    [Fact]
    public void SafeguardInAnotherParagraphDoesNotCount()
    {
        RuleVerifier.Verify("""
            We follow STOMP.

            [|PRN medication|] may be given to manage behaviour.
            """, Rule);
    }

    [Fact]
    public void ProhibitedIsNotReported()
    {
        RuleVerifier.Verify("""
            Medication must never be used to control behaviour.

            PRN medication is not used to manage behaviour.

            Sedation to calm people is prohibited.
            """, Rule);
    }

    [Fact]
    public void NearMissesAreNotReported()
    {
        RuleVerifier.Verify("""
            Staff support people to manage their own medication.

            Staff stay calm and give the person space.

            Behaviour support plans describe what helps the person feel calm.
            """, Rule);
    }

    [Fact]
    public void QuotedReferencedAndHeadingsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Medication to manage behaviour

            The 2015 contract allowed "PRN medication to manage behaviour".

            ## References

            - Smith (2017). Medication to control behaviour in care homes.
            """, Rule);
    }

    [Fact]
    public void ItemsOfADefinitionListAreNotPractice()
    {
        RuleVerifier.Verify("""
            Restrictive practice includes:

            - tablets given to calm a person down (chemical restraint);
            - holding someone (physical restraint).
            """, Rule);
    }
}
