using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1011CoproductionTests
{
    private static readonly PL1011Coproduction Rule = new();

    [Fact]
    public void CoproducedIsPresent()
    {
        RuleVerifier.Clause("""
            This policy was coproduced with people who draw on our services and their families.
            """, Rule, ClauseStatus.Present, "This policy was coproduced with people who draw on our services and their families.");
    }

    [Fact]
    public void InvolvementOfPeopleWithLivedExperienceIsPresent()
    {
        RuleVerifier.Clause("""
            # Reviews

            We developed this policy together with people with lived experience and carers.
            """, Rule, ClauseStatus.Present, "We developed this policy together with people with lived experience and carers.");
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void NegatedIsMissing()
    {
        RuleVerifier.Clause("""
            [||]This policy was not coproduced.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void GlossaryDefinitionDoesNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.

            ## Glossary

            - Coproduction: working together with people with lived experience as equal partners.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("This report was coproduced.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void RunsOnSpecifications()
    {
        RuleVerifier.Clause("""
            [||]The Provider shall deliver the service.
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
    }

    [Fact]
    public void AFamilysPartInOnePersonsDecisionIsNotCoproduction()
    {
        RuleVerifier.Clause("""
            [||]When a tenant cannot decide, the best interests meeting involves their family and their social worker.
            Each resident's care plan is agreed with their relatives.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Theory]
    [InlineData("We wrote this policy together with people who draw on our support and their families.")]
    [InlineData("Experts by experience help to deliver our training on restrictive practice and sit on recruitment interviews.")]
    [InlineData("The service was co-designed with autistic people and family carers.")]
    public void InvolvementInThePolicyServiceOrTrainingIsPresent(string sentence)
    {
        RuleVerifier.Clause(sentence, Rule, ClauseStatus.Present, sentence);
    }

    [Fact]
    public void NightCarersAreStaff()
    {
        RuleVerifier.Clause("""
            [||]Night carers are involved in reviewing the training plan each year.
            """, Rule, ClauseStatus.Missing, null);
    }
}
