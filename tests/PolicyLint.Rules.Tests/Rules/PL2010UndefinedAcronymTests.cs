using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2010UndefinedAcronymTests
{
    private static readonly PL2010UndefinedAcronym Rule = new();

    [Fact]
    public void ReportsFirstUseOfAnAcronymNeverExpanded()
    {
        var result = RuleVerifier.Verify("""
            Training is certified against the [|RRN|] standards. The RRN updates them.
            [|PRNs|] are recorded. Each PRN dose is reviewed.
            Deaths are referred to [|LeDeR|].
            """, Rule);
        Assert.Equal(3, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains("not expanded", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsUseBeforeExpansion()
    {
        var result = RuleVerifier.Verify("""
            We follow [|PBS|] principles.

            Positive Behaviour Support (PBS) is a person-centred approach. PBS plans are reviewed.
            """, Rule);
        Assert.Contains("before", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpandedAtFirstUseIsNotReported()
    {
        RuleVerifier.Verify("""
            The Care Quality Commission (CQC) inspects us. CQC reports are published.
            STOMP (Stopping the Overmedication of People with a learning disability, autism or both) applies. STOMP matters.
            Training is certified by a body accredited by the United Kingdom Accreditation Service (UKAS, the national body).
            UKAS keeps a list.
            """, Rule);
    }

    [Fact]
    public void GlossaryCountsAsExpansion()
    {
        RuleVerifier.Verify("""
            Staff follow the RRN Training Standards.

            ## Glossary

            - RRN – Restraint Reduction Network
            """, Rule);
    }

    [Fact]
    public void KnownRomanAllCapsHeadingsAndReferencesAreNotReported()
    {
        RuleVerifier.Verify("""
            # CQC POLICY FOR RESTRAINT

            The NHS and the UK government fund the service, see part II and appendix IV.
            STAFF MUST NOT USE FORCE WITHOUT AUTHORITY.
            Staff MUST record every restraint.

            ## References

            - NICE (2015). NG10 Violence and aggression. BILD, London.
            """, Rule);
    }

    [Fact]
    public void CitationInBracketsIsNotAnExpansion()
    {
        RuleVerifier.Verify("""
            Blanket restrictions indicate a closed culture ([|RRN|] 2022).
            """, Rule);
    }

    [Fact]
    public void QuotedIsNotReported()
    {
        RuleVerifier.Verify("""
            The letter asks us to "follow the PBS framework".
            """, Rule);
    }

    [Fact]
    public void LetterheadsPostcodesAndGluedLettersAreNotReported()
    {
        RuleVerifier.Verify("""
            ELMSWORTH CITY COUNCIL
            Civic Centre, Market Street, Elmsworth EL1 2AB
            Our reference: SL/0419. See GOV.UK and the IC(E)TR panel.

            3 TRAINING

            The training is good.
            """, Rule);
    }

    [Fact]
    public void LongExpansionBeforeTheBracketCounts()
    {
        RuleVerifier.Verify("""
            We support the national programme to stop the over-medication of people with a learning disability, autism or both (STOMP). STOMP applies.
            """, Rule);
    }

    [Fact]
    public void PossessiveAndPluralAreTheSameAcronym()
    {
        RuleVerifier.Verify("""
            The [|RRN's|] standards and the RRNs apply. [|CQC's|] inspectors visit.

            The Care Quality Commission (CQC) regulates us.
            """, Rule);
    }
}
