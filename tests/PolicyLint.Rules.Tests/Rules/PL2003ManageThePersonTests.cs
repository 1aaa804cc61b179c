using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2003ManageThePersonTests
{
    private static readonly PL2003ManageThePerson Rule = new();

    [Fact]
    public void ReportsManagingPeopleAndBehaviour()
    {
        RuleVerifier.Verify("""
            Staff will [|manage the person|] calmly. We are skilled at [|managing challenging behaviour|].
            [|Behaviour management|] plans are reviewed. Staff [|manage service users|] on the ward.
            The [|management of aggressive behaviour|] is covered in training.
            The team [|managed him|] until he was calm.
            """, Rule);
    }

    [Fact]
    public void ReportsManagingThePersonsBehaviour()
    {
        RuleVerifier.Verify("""
            Staff are trained in [|managing the person's behaviour|].
            Plans set out how to [|manage the individual's challenging behaviour|].
            """, Rule);
    }

    [Fact]
    public void SuggestsSupport()
    {
        var finding = RuleVerifier.Single("Staff [|manage residents|] with care.", Rule);
        Assert.Equal(["support"], finding.Suggestions);
    }

    [Fact]
    public void OrganisationalManagementIsNotReported()
    {
        RuleVerifier.Verify("""
            Staff must tell their line manager after any restraint. Managers review every incident.
            We manage risk through positive behaviour support plans. The registered manager will manage the service.
            Staff help people manage their medication and manage their money.
            Risk management and the management of the service are the registered manager's duties.
            """, Rule);
    }

    [Fact]
    public void QuotedOrNamedToReplaceIsNotReported()
    {
        RuleVerifier.Verify("""
            We say support rather than "managing challenging behaviour".
            We avoid the words behaviour management.
            """, Rule);
    }

    [Fact]
    public void GlossaryIsNotReported()
    {
        RuleVerifier.Verify("""
            ## Glossary

            - behaviour management: an older term; we say positive behaviour support
            """, Rule);
    }

    [Fact]
    public void AnyBehaviourAfterManageIsReported()
    {
        RuleVerifier.Verify("""
            We look for homes with experience of [|managing complex behaviours|] in small settings.
            The [|management of these behaviours|] is set out in section 4.
            """, Rule);
    }

    [Fact]
    public void PassivesAreReportedAndFixOnlyTheVerb()
    {
        var found = RuleVerifier.Verify("""
            Referrals are declined for people whose [|behaviour cannot be managed|] at home.
            New [|residents will be managed|] in the quiet wing at first.
            """, Rule);
        Assert.All(found.Findings, f => Assert.Equal("supported", f.Suggestions.First()));
    }

    [Fact]
    public void ManagingOwnBehaviourRiskAndStaffIsNotReported()
    {
        RuleVerifier.Verify("""
            We help people learn to manage their own behaviour and feelings.
            Staff manage the risk of behaviour escalating by giving space.
            The risk to patients is managed through daily checks.
            Line managers manage staff behaviour through supervision.
            """, Rule);
    }
}
