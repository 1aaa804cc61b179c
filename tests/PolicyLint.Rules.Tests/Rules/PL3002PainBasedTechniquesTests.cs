using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Practice;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL3002PainBasedTechniquesTests
{
    private static readonly PL3002PainBasedTechniques Rule = new();

    [Fact]
    public void ReportsPainPermitted()
    {
        var result = RuleVerifier.Verify("""
            Staff may use [|pain compliance|] as a last resort.
            Trainers teach [|pain-based techniques|] for disengagement.
            Where necessary, staff may [|use pain to gain|] compliance.
            Force may be used to [|inflict pain|] when the person refuses to move.
            Approved [|pain inducing holds|] can be applied by two staff.
            """, Rule);
        Assert.Equal(5, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void OneFindingForOverlappingPhrases()
    {
        RuleVerifier.Verify("""
            Staff may [|use of pain to gain|] compliance in an emergency.
            """, Rule);
    }

    [Fact]
    public void NegatedOrProhibitedIsNotReported()
    {
        RuleVerifier.Verify("""
            Staff must never use pain-based techniques.
            Pain compliance is prohibited.
            The use of force must never be used to punish or be for the sole intention of inflicting pain, suffering or humiliation.
            Under no circumstances should staff use pain compliance holds.
            We do not teach pain-based techniques.
            Pain-based techniques are unlawful and unacceptable in our services.
            """, Rule);
    }

    [Fact]
    public void ContrastAfterProhibitionStillReports()
    {
        RuleVerifier.Verify("""
            Staff must not use headlocks, but [|pain compliance|] may be used in an emergency.
            """, Rule);
    }

    [Fact]
    public void PainReliefAndMentionsAreNotReported()
    {
        RuleVerifier.Verify("""
            Nurses use pain relief and use pain assessment tools after any restraint.
            Staff should ask the person whether they are in pain.
            Trainers use holds that avoid pain compliance instead of older techniques.
            Our approach replaces pain compliance with de-escalation.
            """, Rule);
    }

    [Fact]
    public void QuotedReferencedAndHeadingsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Pain compliance

            The old contract allowed "pain compliance".

            > Staff may use pain-based techniques.

            ## References

            - Smith J (2018). Pain compliance in secure care.
            """, Rule);
    }

    [Fact]
    public void ItemsOfAProhibitingListAreNotReported()
    {
        RuleVerifier.Verify("""
            The following are prohibited:

            - pain compliance;
            - pain-based techniques.
            """, Rule);
    }

    [Fact]
    public void ReportsPainToGainComplianceAndHoldsThatCausePain()
    {
        RuleVerifier.Verify("""
            The technique relies on [|pain to gain compliance|].
            [|Holds that cause pain|] are taught for emergencies.
            Staff who have not completed refresher training may use [|pain compliance|] holds.
            """, Rule);
    }

    [Fact]
    public void PainAsARiskIsNotReported()
    {
        RuleVerifier.Verify("""
            Restraint can cause pain and must be monitored.
            Staff must never use pain compliance or any technique that causes pain.
            PAIN COMPLIANCE IS BANNED.
            """, Rule);
    }
}
