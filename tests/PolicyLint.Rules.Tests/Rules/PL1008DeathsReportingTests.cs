using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1008DeathsReportingTests
{
    private static readonly PL1008DeathsReporting Rule = new();

    [Fact]
    public void PresentWithAnnualReportAndLeder()
    {
        RuleVerifier.Clause("""
            # Deaths

            We publish an annual report on deaths reported to the coroner. Deaths of people with a learning disability and autistic people are referred to LeDeR.
            """, Rule, ClauseStatus.Present,
            "We publish an annual report on deaths reported to the coroner.");
    }

    [Fact]
    public void PresentInASpecificationList()
    {
        RuleVerifier.Clause("""
            The Provider shall:

            - produce a yearly report about deaths that have been reported to the coroner;
            - notify the Learning from Lives and Deaths (LeDeR) programme of every death of a person with a learning disability.
            """, Rule, ClauseStatus.Present,
            "produce a yearly report about deaths that have been reported to the coroner;",
            DocumentKind.Specification);
    }

    [Fact]
    public void AnnualReportOnlyIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The Board receives an annual report on deaths reported to the coroner.|]
            """, Rule, ClauseStatus.Partial, "The Board receives an annual report on deaths reported to the coroner.");
        Assert.Contains("LeDeR", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LederOnlyIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|We refer deaths of people with a learning disability to LeDeR.|]
            """, Rule, ClauseStatus.Partial, "We refer deaths of people with a learning disability to LeDeR.");
        Assert.Contains("coroner", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not provide", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheDeathsParagraph()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            We support people in distress.

            ## Deaths

            [|If a person dies, staff call the emergency services.|] The manager informs the family of the death.
            """, Rule, ClauseStatus.Missing, "If a person dies, staff call the emergency services.");
        Assert.StartsWith("Section 'Deaths' discusses deaths but", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedTextDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The LGA asks for "an annual report about deaths that have been reported to the coroner" and that "deaths should be referred into the LeDeR process".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void NegatedReferralDoesNotCount()
    {
        RuleVerifier.Clause("""
            [|We publish an annual report on deaths reported to the coroner.|] Staff do not refer cases to LeDeR.
            """, Rule, ClauseStatus.Partial, "We publish an annual report on deaths reported to the coroner.");
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("This report covers deaths reported to the coroner.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }
}
