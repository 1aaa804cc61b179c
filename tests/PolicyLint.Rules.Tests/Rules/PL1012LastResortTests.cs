using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1012LastResortTests
{
    private static readonly PL1012LastResort Rule = new();

    [Fact]
    public void PresentWithAllFiveElementsInOneSentence()
    {
        RuleVerifier.Clause("""
            # Service specification

            The Provider shall ensure that restrictive practice is only used as a last resort to prevent serious harm, is the least restrictive option, is proportionate to the risk, is applied for the shortest possible time and is carried out with the correct authorisation.
            """, Rule, ClauseStatus.Present,
            "The Provider shall ensure that restrictive practice is only used as a last resort to prevent serious harm, is the least restrictive option, is proportionate to the risk, is applied for the shortest possible time and is carried out with the correct authorisation.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentAcrossAListOfPrinciplesWithFourElements()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            ## 4 Principles

            When restraint is used:

            - it must only be used as a last resort;
            - it must be the least restrictive option that will meet the need;
            - it must be proportionate to the risk of harm;
            - it must end as soon as it is safe to do so.

            ## 5 Recording
            """, Rule, ClauseStatus.Present,
            "it must only be used as a last resort; it must be the least restrictive option that will meet the need; it must be proportionate to the risk of harm; it must end as soon as it is safe to do so.");
        Assert.Contains("correct authorisation", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoLongerThanNecessaryCountsDespiteItsNegationCue()
    {
        RuleVerifier.Clause("""
            Staff must only use restraint as a last resort, using the least restrictive and proportionate response, for no longer than necessary.
            """, Rule, ClauseStatus.Present,
            "Staff must only use restraint as a last resort, using the least restrictive and proportionate response, for no longer than necessary.");
    }

    [Fact]
    public void PartialListsTheMissingElements()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            [|Restraint will only be used as a last resort and must be the least restrictive option.|] Staff are trained.
            """, Rule, ClauseStatus.Partial, "Restraint will only be used as a last resort and must be the least restrictive option.");
        Assert.Contains("is used in proportion to the risk, for the shortest possible time and with the correct authorisation", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("last resort", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FourElementsWithoutARequirementArePartial()
    {
        RuleVerifier.Clause("""
            [|Restraint is a last resort. It is the least restrictive option, proportionate and brief, as short as possible.|]
            """, Rule, ClauseStatus.Partial, "Restraint is a last resort. It is the least restrictive option, proportionate and brief, as short as possible.");
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every incident.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not limit restrictive practice", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheParagraphAboutUsingRestraint()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every incident.

            ## 6 Physical intervention

            [|Restraint may be used when a person is distressed.|] Staff will use holds taught on the course.
            """, Rule, ClauseStatus.Missing, "Restraint may be used when a person is distressed.");
        Assert.StartsWith("Section '6 Physical intervention' discusses the use of restrictive practice but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedAndQuotedElementsDoNotCount()
    {
        RuleVerifier.Clause("""
            [||]Restraint is not a last resort here. Inspectors wrote "restraint must be the least restrictive and proportionate option".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void ReferencesDoNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.

            ## References

            - Department of Health (2014). Positive and Proactive Care: restraint only as a last resort, least restrictive, proportionate, for the shortest possible time.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void ErrorInEverySetting()
    {
        const string Missing = "[||]We support people in distress.";
        foreach (var setting in Enum.GetValues<CareSetting>())
        {
            Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: setting).Severity);
        }
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, restraint should be a last resort.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void AuthorisedAloneIsNotALimitOnRestrictivePractice()
    {
        RuleVerifier.Clause("""
            [|Any use of restraint is recorded on a form signed by an authorised manager.|]
            """, Rule, ClauseStatus.Missing, "Any use of restraint is recorded on a form signed by an authorised manager.");
    }

    [Fact]
    public void NoOtherWayToPreventSeriousHarmIsTheLastResortNotADenial()
    {
        const string Text = "Staff only hold a person when there is no other way to stop serious harm, use the least restrictive option in proportion to the risk, and let go as soon as possible once it is signed off by the senior manager.";
        var clause = RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
        Assert.All(clause.Elements, e => Assert.True(e.Found, e.Name));
    }

    [Fact]
    public void ASchoolsReasonableForceWordsAreRead()
    {
        const string Text = "Staff may use reasonable force, and no more force than is needed, only to prevent a pupil from injuring themselves or others.";
        var clause = RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text);
        var found = clause.Elements.Where(e => e.Found).Select(e => e.Name).ToList();
        Assert.Contains("only as a last resort to prevent serious harm", found);
        Assert.Contains("in proportion to the risk", found);
    }

    [Fact]
    public void AClauseSplitBetweenASectionAndItsSubsectionIsOneClause()
    {
        // The section opens with the principle and its subsection goes on with the limits: judged apart, neither would
        // hold four elements.
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            ## 4 Using restraint

            Restraint must only be used as a last resort to prevent serious harm.

            ### 4.1 How it is used

            It must be the least restrictive option, in proportion to the risk, and for the shortest possible time.

            ## 5 Recording

            We record every use.
            """, Rule, ClauseStatus.Present,
            "Restraint must only be used as a last resort to prevent serious harm. 4.1 How it is used It must be the least restrictive option, in proportion to the risk, and for the shortest possible time.");
        Assert.Equal(["with the correct authorisation"], clause.Elements.Where(e => !e.Found).Select(e => e.Name));
    }

    [Fact]
    public void SiblingSectionsAreNotJoined()
    {
        // Principles in one section and a recording form's questions in another are not one statement of the limits.
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            ## 3 Principles

            [|Restraint must only be used as a last resort to prevent serious harm and must be the least restrictive option.|]

            ## 8 Recording

            Staff record whether the hold was proportionate and lasted for the shortest possible time.
            """, Rule, ClauseStatus.Partial,
            "Restraint must only be used as a last resort to prevent serious harm and must be the least restrictive option.");
        Assert.Contains("in proportion to the risk, for the shortest possible time and with the correct authorisation", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthorisedSectionDoesNotHideAnEarlierSectionsElement()
    {
        // "Authorised" alone is no statement of the limits, so it cannot be the best place over a real element.
        RuleVerifier.Clause("""
            # Policy

            ## 2 Approvals

            Each plan is signed off by the registered manager and authorised by the director.

            ## 3 Practice

            [|Holding a person is a last resort.|]
            """, Rule, ClauseStatus.Partial, "Holding a person is a last resort.");
    }

    [Fact]
    public void PermissionToUseReasonableForceIsNotALimit()
    {
        RuleVerifier.Clause("[||]Staff may use reasonable force to move a pupil who refuses to leave the classroom.", Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void ReasonableForceBoundByOnlyIsProportionate()
    {
        const string Text = "Staff must only ever use reasonable force, as a last resort.";
        var clause = RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text);
        Assert.Contains(clause.Elements, e => e.Name == "in proportion to the risk" && e.Found);
    }
}
