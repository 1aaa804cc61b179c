using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2002ServiceUserTests
{
    private static readonly PL2002ServiceUser Rule = new();

    [Fact]
    public void ReportsServiceUserPatientAndClient()
    {
        RuleVerifier.Verify("""
            [|Service users|] are involved in reviews. Each [|service user|] has a support plan.
            [|Service-user|] involvement is valued. [|Patients|] and [|clients|] are told their rights.
            A [|patient|] or [|client|] may ask for an advocate.
            """, Rule);
    }

    [Fact]
    public void SuggestsPersonOrPeople()
    {
        var one = RuleVerifier.Single("Each [|service user|] has a plan.", Rule);
        Assert.Equal(["person", "person supported"], one.Suggestions);
        var many = RuleVerifier.Single("[|Service users|] have plans.", Rule);
        Assert.Equal(["People", "People supported"], many.Suggestions);
    }

    [Fact]
    public void PatientIsInfoInAMentalHealthUnit()
    {
        var patient = RuleVerifier.Single("Every [|patient|] has a care plan.", Rule, setting: CareSetting.MentalHealthUnit);
        Assert.Equal(Severity.Info, patient.Severity);
        var serviceUser = RuleVerifier.Single("Every [|service user|] has a care plan.", Rule, setting: CareSetting.MentalHealthUnit);
        Assert.Equal(Severity.Warning, serviceUser.Severity);
        var elsewhere = RuleVerifier.Single("Every [|patient|] has a care plan.", Rule, setting: CareSetting.OlderPeople);
        Assert.Equal(Severity.Warning, elsewhere.Severity);
    }

    [Fact]
    public void CompoundsAndOtherWordsAreNotReported()
    {
        RuleVerifier.Verify("""
            Patient safety incidents are reviewed monthly. The client group is adults with a learning disability.
            Inpatient and outpatient teams share learning. Be patient with people who are anxious.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            We avoid the term 'service user'.
            Older forms ask for the "service user" number.
            """, Rule);
    }

    [Fact]
    public void ProhibitionOfTheWordsIsNotReported()
    {
        RuleVerifier.Verify("""
            Staff must never refer to people as service users.
            We do not call people patients or clients.
            """, Rule);
    }

    [Fact]
    public void NegationOfSomethingElseStillReportsTheTerm()
    {
        RuleVerifier.Verify("""
            [|Service users|] must not be restrained without a plan.
            Staff must not call for help when a [|patient|] is calm.
            We never restrain [|clients|] face down.
            """, Rule);
    }

    [Fact]
    public void CitedTitleIsNotReported()
    {
        RuleVerifier.Verify("""
            See NICE guideline CG136: Service user experience in adult mental health.
            """, Rule);
    }

    [Fact]
    public void ReferencesAndGlossarySectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            ## Terms to avoid

            - service user, patient, client: say person

            ## References

            - NICE (2011). Service user experience in adult mental health.

            ## Reviews

            Reviews involve the [|service user|].
            """, Rule);
    }

    [Fact]
    public void PossessivesWithEitherApostropheAreReported()
    {
        RuleVerifier.Verify("""
            Staff read the resident's plan. The [|Patient's|] consent is recorded.
            Each [|Service User’s|] keyworker attends. The [|client’s|] family is told.
            The [|patients|]' lounge is open. It's the [|service user's|] choice.
            """, Rule);
    }

    [Fact]
    public void PossessiveFixKeepsTheApostrophe()
    {
        var straight = RuleVerifier.Single("We read the [|service user's|] plan.", Rule);
        Assert.Equal(["person's"], straight.Suggestions);
        var curly = RuleVerifier.Single("We read the [|Patient’s|] plan.", Rule);
        Assert.Equal(["Person’s"], curly.Suggestions);
    }

    [Fact]
    public void CitedRegulationTitlesAreNotReported()
    {
        RuleVerifier.Verify("""
            We meet Regulation 9: Person-centred care and Regulation 13: Safeguarding service users from abuse and improper treatment.
            The provider follows Reg 10 – Dignity and respect for patients in every home.
            Schedule 2 - Protection of service users applies to the contract.
            """, Rule);
    }

    [Fact]
    public void ClientOrganisationsAreNotPeople()
    {
        RuleVerifier.Verify("""
            Our trainers work with client organisations across the region.
            Our clients include local authorities and NHS trusts.
            Each [|client|] chooses who supports them at home.
            """, Rule);
    }
}
