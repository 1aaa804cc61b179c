using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3003RestraintAsPunishmentTests
{
    private static readonly PL3003RestraintAsPunishment Rule = new();

    [Fact]
    public void ReportsRestrictivePracticeAsPunishment()
    {
        var result = RuleVerifier.Verify("""
            Seclusion may be used [|as a punishment|] for serious incidents.
            Restraint can be applied [|as a sanction|] when rules are broken.
            Time out is [|used as a consequence|] of swearing.
            Staff may hold the young person [|to punish|] repeated absconding.
            A [|punitive|] restriction of leave follows any assault.
            Removal of possessions and isolation are [|used as consequences|] for aggression.
            """, Rule);
        Assert.Equal(6, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void OneFindingPerSentence()
    {
        RuleVerifier.Verify("""
            Restraint may be used [|as a punishment|] or as a sanction.
            """, Rule);
    }

    [Fact]
    public void NegatedOrProhibitedIsNotReported()
    {
        RuleVerifier.Verify("""
            Restraint must never be used as a punishment.
            Seclusion is not a punishment.
            It is never lawful to use restraint to humiliate, degrade or punish people.
            The use of force must never be used to punish or be for the sole intention of inflicting pain.
            Under no circumstances may restrictive interventions be used as a sanction or consequence.
            Using restraint as a punishment is prohibited.
            """, Rule);
    }

    [Fact]
    public void ContrastAfterProhibitionStillReports()
    {
        RuleVerifier.Verify("""
            Restraint is never used to punish, but seclusion may be used [|as a sanction|].
            """, Rule);
    }

    [Fact]
    public void NearMissesAreNotReported()
    {
        RuleVerifier.Verify("""
            As a consequence of the incident, staff restrained the person and reviewed the plan.
            Punishment has no place in our service.
            Rewards and sanctions are not part of positive behaviour support.
            Staff must hold a debrief after every restraint.
            """, Rule);
    }

    [Fact]
    public void QuotedReferencedAndHeadingsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Restraint as a punishment

            Families told us staff "used restraint as a punishment".

            ## References

            - Jones (2019). Seclusion used as a punishment in secure units.
            """, Rule);
    }

    [Fact]
    public void ItemsOfAProhibitingListAreNotReported()
    {
        RuleVerifier.Verify("""
            It is never lawful to use:

            1. Restraint with intent to humiliate someone.
            2. Physical force as a means of punishment.

            Staff may use:

            - restraint [|as a punishment|] for serious incidents.
            """, Rule);
    }

    [Fact]
    public void ReportsConsequencesForBreakingRules()
    {
        RuleVerifier.Verify("""
            [|Consequences for breaking|] house rules include loss of leave and restriction of activities.
            """, Rule);
    }

    [Fact]
    public void SanctionsOnPossessionsAndTimeOutAsAConsequenceAreReported()
    {
        RuleVerifier.Verify("""
            [|As a consequence for|] damage to property, a tenant's laptop may be confiscated for a week.
            After a fight, a second [|consequence may|] be a spell of time out in the garden room.
            Pupils who swear may be grounded [|as a sanction|] for the weekend.
            """, Rule);
    }

    [Fact]
    public void ReportedExperienceIsNotTheDocumentsOwnClaim()
    {
        RuleVerifier.Verify("""
            Two residents told us that being held felt like a punishment for being upset.
            In the survey, families said restraint seemed like a punishment rather than help.
            """, Rule);
    }
}
