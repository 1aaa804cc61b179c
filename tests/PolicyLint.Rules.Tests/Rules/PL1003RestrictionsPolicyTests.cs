using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1003RestrictionsPolicyTests
{
    private static readonly PL1003RestrictionsPolicy Rule = new();

    [Fact]
    public void PresentWhenThePolicyMustBeDevelopedWithPeople()
    {
        RuleVerifier.Clause("""
            # Service specification

            ## 5 Policies

            The Provider shall have a restraint and restrictions policy, developed in consultation with people who draw on the service and their families.
            """, Rule, ClauseStatus.Present,
            "The Provider shall have a restraint and restrictions policy, developed in consultation with people who draw on the service and their families.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentAcrossTwoConsecutiveSentences()
    {
        RuleVerifier.Clause("""
            The Provider must have a policy on restrictive practices. The policy must be coproduced with people supported and their carers.
            """, Rule, ClauseStatus.Present,
            "The Provider must have a policy on restrictive practices. The policy must be coproduced with people supported and their carers.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PolicyWithoutConsultationIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            # Policies

            [|The Provider must have a restraint policy.|] It is reviewed every year.
            """, Rule, ClauseStatus.Partial, "The Provider must have a restraint policy.", DocumentKind.Specification);
        Assert.Contains("consultation", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Service specification

            The Provider shall deliver support at home.
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
        Assert.StartsWith("The document does not require", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtThePoliciesSection()
    {
        var clause = RuleVerifier.Clause("""
            # Service specification

            The Provider shall deliver support at home.

            ## 4 Policies

            [|The Provider shall maintain a safeguarding policy.|] The policy shall be available to staff.
            """, Rule, ClauseStatus.Missing, "The Provider shall maintain a safeguarding policy.", DocumentKind.Specification);
        Assert.StartsWith("Section '4 Policies' discusses policies but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedRequirementDoesNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]The guidance says "providers should have a restraint and restrictions policy developed in consultation with people who draw on the service".
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
    }

    [Fact]
    public void NegatedRequirementDoesNotSatisfyIt()
    {
        RuleVerifier.Clause("""
            [||]The Provider is not required to keep a restraint policy developed in consultation with families.
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
    }

    [Fact]
    public void DoesNotRunOnPolicies()
    {
        var result = RuleVerifier.Verify("We support people in distress.", Rule, DocumentKind.Policy);
        Assert.Empty(result.Clauses);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, thank you for your letter about policies.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }
}
