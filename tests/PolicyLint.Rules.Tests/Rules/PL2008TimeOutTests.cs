using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2008TimeOutTests
{
    private static readonly PL2008TimeOut Rule = new();

    [Fact]
    public void ReportsTimeOutThatIsolatesThePerson()
    {
        var result = RuleVerifier.Verify("""
            # Responding to distress

            The person may be placed in [|time out|] until calm.
            The [|time-out|] room is next to the lounge.
            Young people can be sent to [|timeout|] for ten minutes.
            [|Time out|] means the person stays away from others in a quiet area.
            Staff may give [|time out|] in an isolated space.
            """, Rule);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void FindingSuggestsNamingIt()
    {
        var finding = RuleVerifier.Single("[|Time-out|] is used in the quiet room.", Rule);
        Assert.Equal(["Seclusion", "Enforced isolation"], finding.Suggestions);
        Assert.All(finding.Fixes, f => Assert.Equal(finding.Span, f.Span));
        Assert.Contains("'Time-out'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChosenBreakIsReportedOnlyWithAStrongCue()
    {
        RuleVerifier.Verify("""
            Staff may take time out in the staff room after an incident.
            People can ask for time out in their own room whenever they like.
            People who need [|time out|] are placed in the quiet room by staff.
            """, Rule);
    }

    [Fact]
    public void OtherSensesAreNotReported()
    {
        RuleVerifier.Verify("""
            Staff are entitled to time off after a serious incident.
            The coach called a time out during the football match.
            Everyone has time out of their rooms each day, and time out in the community is planned weekly.
            The session timed out, so the record was saved again.
            Taking time out to reflect helps staff learn.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            Some schools use a "time out" room, which is seclusion.
            """, Rule);
    }

    [Fact]
    public void TermNamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say enforced isolation instead of time out when someone is kept in a room.
            Seclusion, formerly time out, is recorded every time a person is placed alone.
            """, Rule);
    }

    [Fact]
    public void CitedTitleAndSectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            See "Time out rooms in schools: seclusion by another name" (2020) for the background.

            ## References

            - Jones, K. (2018). Time out and isolation rooms in special schools.

            ## Terms to avoid

            - time out: say seclusion when someone is placed alone in a room

            ## Practice

            No child is placed in [|time-out|] rooms.
            """, Rule);
    }

    [Fact]
    public void ReportedInEveryKindAndSetting()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                RuleVerifier.Verify("Pupils are sent to the [|time-out|] room.", Rule, kind, setting);
            }
        }
    }
}
