using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3005BlanketRestrictionTests
{
    private static readonly PL3005BlanketRestriction Rule = new();

    [Fact]
    public void ReportsRulesOnEveryone()
    {
        var result = RuleVerifier.Verify("""
            [|All residents must be in bed by|] 10pm.
            [|Everyone may only|] use the telephone in the office.
            [|All young people must hand in|] their phones at night.
            [|No one is allowed|] to leave the unit after 9pm.
            """, Rule);
        Assert.Equal(4, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void ReportsLockedDoorsBannedItemsAndFixedTimes()
    {
        RuleVerifier.Verify("""
            The front [|door is locked at all times|].
            [|Mobile phones are not permitted|] on the ward.
            [|Lighters must be handed in|] on arrival.
            [|Visiting hours|] are 2pm to 4pm.
            [|Bedtime|] is 10pm.
            """, Rule);
    }

    [Fact]
    public void RulesOnStaffAndSafeguardsAreNotReported()
    {
        RuleVerifier.Verify("""
            All staff must be trained in de-escalation.
            No one should be restrained without a clear reason.
            All residents must be treated with dignity and respect.
            Everyone will have a support plan.
            All people must not be discriminated against.
            """, Rule);
    }

    [Fact]
    public void IndividualAssessmentIsNotReported()
    {
        RuleVerifier.Verify("""
            Bedroom doors are locked only where an individual risk assessment shows it is needed.
            Mobile phones are not permitted for a person only if their care plan says so.
            All residents must be back by 9pm unless their support plan says otherwise.
            """, Rule);
    }

    [Fact]
    public void NegatedPositiveRulesAreNotReported()
    {
        RuleVerifier.Verify("""
            Doors are not locked at all times.
            We do not require all residents to be in bed by 10pm.
            There are no set visiting times.
            Visiting is flexible and visitors are welcome between 9am and 9pm.
            Mobile phones are not banned.
            """, Rule);
    }

    [Fact]
    public void ExamplesQuotedReferencedAndHeadingsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Visiting hours 2pm to 4pm

            Examples of blanket restrictions include doors locked at all times and fixed bedtimes.
            We removed the rule "mobile phones are not permitted".

            ## References

            - RRN (2022). No one is allowed: reducing blanket restrictions. Doors are locked at all times.
            """, Rule);
    }

    [Fact]
    public void ReportsHouseRulesList()
    {
        RuleVerifier.Verify("""
            House rules apply to everyone so that all houses are run fairly:

            - [|mobile phones are not permitted|] after 10pm;
            - the [|kitchen is locked at night|];
            - [|visitors must leave by|] 8pm.
            """, Rule);
    }

    [Fact]
    public void ProhibitionOfAPracticeIsNotABlanketRestriction()
    {
        RuleVerifier.Verify("""
            Prone restraint is not permitted in any of our services.
            All training that includes restrictive practices must be certified.
            A blanket restriction is a rule or practice that applies to everyone in a service whatever their own needs and risks.
            """, Rule);
    }

    [Fact]
    public void ReportsAGroupOpeningTheSentence()
    {
        RuleVerifier.Verify("""
            [|Residents are not allowed|] to go out after 9pm.
            [|Service users may not|] have visitors at weekends.
            Staff support residents who are not allowed to drive.
            Residents are supported to choose their own bedtime.
            """, Rule);
    }

    [Fact]
    public void TalkAboutGoverningRulesIsNotARule()
    {
        RuleVerifier.Verify("""
            Any rule that applies to all tenants, such as a locked laundry, must be justified in writing and recorded on the register.
            Restrictions on all residents are reviewed each quarter and removed if they cannot be justified.
            """, Rule);
    }

    [Fact]
    public void OnlyWhenIsAConditionNotARule()
    {
        RuleVerifier.Verify("""
            - people are moved to hospital only when every community option has been tried;
            """, Rule);
    }

    [Fact]
    public void AtAnyTimeStrengthensAProhibitionButLoosensAPermission()
    {
        RuleVerifier.Verify("""
            [|Residents are not allowed|] in the staff office at any time.
            Visitors are welcome at any time of day.
            """, Rule);
    }
}
