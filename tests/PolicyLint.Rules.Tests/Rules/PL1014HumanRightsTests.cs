using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1014HumanRightsTests
{
    private static readonly PL1014HumanRights Rule = new();

    [Fact]
    public void PresentWhenTheHumanRightsActIsNamed()
    {
        RuleVerifier.Clause("""
            # Policy

            ## 2 Legal framework

            This policy is written within the Human Rights Act 1998, which is the foundation for the Mental Capacity Act 2005 and our practice.
            """, Rule, ClauseStatus.Present,
            "This policy is written within the Human Rights Act 1998, which is the foundation for the Mental Capacity Act 2005 and our practice.");
    }

    [Fact]
    public void PresentInAMentalHealthUnitWithBothActs()
    {
        RuleVerifier.Clause("""
            The Provider shall comply with the Human Rights Act 1998. The Provider shall comply with the Mental Health Units (Use of Force) Act 2018.
            """, Rule, ClauseStatus.Present,
            "The Provider shall comply with the Human Rights Act 1998.",
            DocumentKind.Specification, CareSetting.MentalHealthUnit);
    }

    [Fact]
    public void HumanRightsActAloneIsPartialInAMentalHealthUnit()
    {
        var clause = RuleVerifier.Clause("""
            [|This policy is written within the Human Rights Act 1998.|]
            """, Rule, ClauseStatus.Partial, "This policy is written within the Human Rights Act 1998.", setting: CareSetting.MentalHealthUnit);
        Assert.Contains("Use of Force", clause.Explanation, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, RuleVerifier.Single("[|This policy is written within the Human Rights Act 1998.|]", Rule, setting: CareSetting.MentalHealthUnit).Severity);
    }

    [Fact]
    public void HumanRightsWithoutTheActArePartial()
    {
        var clause = RuleVerifier.Clause("""
            [|We respect and uphold the human rights of everyone we support.|]
            """, Rule, ClauseStatus.Partial, "We respect and uphold the human rights of everyone we support.");
        Assert.Contains("Human Rights Act 1998", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void UseOfForceActAloneIsPartial()
    {
        RuleVerifier.Clause("""
            [|We follow Seni's Law, the Mental Health Units (Use of Force) Act 2018.|]
            """, Rule, ClauseStatus.Partial, "We follow Seni's Law, the Mental Health Units (Use of Force) Act 2018.", setting: CareSetting.MentalHealthUnit);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not place the policy within the Human Rights Act 1998", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheLegislationSection()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 2 Legislation

            [|Staff must follow the Mental Capacity Act 2005 and the Care Act 2014.|] Managers check that the law is followed.
            """, Rule, ClauseStatus.Missing, "Staff must follow the Mental Capacity Act 2005 and the Care Act 2014.");
        Assert.StartsWith("Section '2 Legislation' discusses the legal framework but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OrganisationNamesReferencesAndQuotesDoNotCount()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We read the Equality and Human Rights Commission framework. A family told us "the Human Rights Act 1998 protects us".

            ## References

            - Human Rights Act 1998.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void NegatedMentionDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]This policy is not based on the Human Rights Act 1998.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityBySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, setting: CareSetting.Education).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
        var clause = RuleVerifier.Clause(Missing, Rule, ClauseStatus.Missing, null, setting: CareSetting.MentalHealthUnit);
        Assert.Contains("Use of Force", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, the Human Rights Act 1998 applies.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void AStatementThatActsWithinTheActIsTheEvidenceNotTheListOfActs()
    {
        RuleVerifier.Clause("""
            ## 3 The law

            Our service works to these laws:

            - the Care Act 2014;
            - the Human Rights Act 1998;
            - the Mental Capacity Act 2005.

            Every decision to restrict someone is taken within the Human Rights Act 1998, and we will be able to show how it respects the person's Convention rights.
            """, Rule, ClauseStatus.Present,
            "Every decision to restrict someone is taken within the Human Rights Act 1998, and we will be able to show how it respects the person's Convention rights.",
            DocumentKind.Policy);
    }

    [Fact]
    public void AStatementAboutHumanRightsIsBetterPartialEvidenceThanAnActInAList()
    {
        var clause = RuleVerifier.Clause("""
            The Contractor shall observe the following:

            - the Mental Health Units (Use of Force) Act 2018 where it applies;
            - the Equality Act 2010.

            [|The Contractor shall make sure each tenant's human rights are upheld whenever support plans limit what they can do.|]
            """, Rule, ClauseStatus.Partial,
            "The Contractor shall make sure each tenant's human rights are upheld whenever support plans limit what they can do.",
            DocumentKind.Specification);
        Assert.StartsWith("Human rights are mentioned", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void InAMentalHealthUnitTheStatementIsThePrincipalEvidenceAndBothActsAreElements()
    {
        var clause = RuleVerifier.Clause("""
            Legislation that applies to the ward:

            - Human Rights Act 1998
            - Mental Health Act 1983

            Staff on the ward use force only as the Human Rights Act 1998 allows. The ward follows the Mental Health Units (Use of Force) Act 2018 in full.
            """, Rule, ClauseStatus.Present, "Staff on the ward use force only as the Human Rights Act 1998 allows.",
            DocumentKind.Policy, CareSetting.MentalHealthUnit);
        Assert.Equal(2, clause.Elements.Count);
        Assert.All(clause.Elements, e => Assert.True(e.Found));
    }

    [Fact]
    public void AListOfActsIsStillEvidenceWhenNothingElseNamesTheAct()
    {
        RuleVerifier.Clause("""
            Our service works to these laws:

            - the Human Rights Act 1998;
            - the Care Act 2014.
            """, Rule, ClauseStatus.Present, "the Human Rights Act 1998;", DocumentKind.Policy);
    }
}
