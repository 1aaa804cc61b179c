using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2007StigmatisingLanguageTests
{
    private static readonly PL2007StigmatisingLanguage Rule = new();

    [Fact]
    public void ReportsEveryTerm()
    {
        RuleVerifier.Verify("""
            # Support notes

            Her behaviour is [|attention-seeking|] and at times [|manipulative|].
            He was [|non-compliant|] with his medication and started [|kicking off|] in the lounge.
            The risk of [|absconding|] is reviewed weekly; known [|absconders|] are listed.
            She [|suffers from|] epilepsy and is [|wheelchair-bound|].
            Services for [|the autistic|] and [|the learning disabled|] are in the annex.
            A [|difficult patient|] may need two staff.
            """, Rule);
    }

    [Theory]
    [InlineData("She is [|attention seeking|] today.", "connection-seeking")]
    [InlineData("He is an [|attention seeker|].", "person seeking connection")]
    [InlineData("He can be [|manipulative|].", "trying to get their needs met")]
    [InlineData("She was [|non-compliant|] with care.", "declined")]
    [InlineData("She was [|noncompliant|] with care.", "declined")]
    [InlineData("He [|kicked off|] at lunch.", "becoming distressed")]
    [InlineData("He may [|abscond|] from the unit.", "leave without agreement")]
    [InlineData("He [|absconded|] on Friday.", "left without agreement")]
    [InlineData("Each [|absconder|] is reported.", "person who left without agreement")]
    [InlineData("He [|suffers from|] anxiety.", "has")]
    [InlineData("People who [|suffer from|] anxiety.", "have")]
    [InlineData("She is [|suffering from|] dementia.", "living with")]
    [InlineData("He is [|wheelchair-bound|].", "wheelchair user")]
    [InlineData("He is [|confined to a wheelchair|].", "uses a wheelchair")]
    [InlineData("Support for [|autistics|] is tailored.", "autistic people")]
    [InlineData("Support for the [|autistics|] is tailored.", "autistic people")]
    [InlineData("We support [|the autistic|].", "autistic people")]
    [InlineData("We support [|the learning disabled|].", "people with a learning disability")]
    [InlineData("Every [|difficult resident|] has a plan.", "person in distress")]
    [InlineData("Some [|difficult patients|] need more time.", "people in distress")]
    public void EachTermHasItsOwnSuggestion(string markup, string suggestion)
    {
        var finding = RuleVerifier.Single(markup, Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(suggestion, finding.Suggestions.First());
        Assert.All(finding.Fixes, f => Assert.Equal(finding.Span, f.Span));
    }

    [Fact]
    public void FixKeepsTheCase()
    {
        var finding = RuleVerifier.Single("[|Attention-seeking|] is a form of communication.", Rule);
        Assert.Equal(["Connection-seeking"], finding.Suggestions);
        Assert.Contains("'Attention-seeking'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeutralLanguageIsNotReported()
    {
        RuleVerifier.Verify("""
            The autistic person leads their own plan, and the autistic community was consulted.
            People with a learning disability and autistic people helped write this policy.
            She uses a wheelchair and has epilepsy. He declined his medication.
            Staff pay attention to seeking consent. A patient approach helps. The work can be difficult.
            The person left without agreement and staff followed the missing person procedure.
            """, Rule);
    }

    [Fact]
    public void OrganisationalComplianceIsNotReported()
    {
        RuleVerifier.Verify("""
            The provider was non-compliant with Regulation 13.
            Any service found non-compliant will be issued a notice.
            Records were noncompliant with the GDPR.
            """, Rule);
    }

    [Fact]
    public void StartingSomethingIsNotReported()
    {
        RuleVerifier.Verify("""
            The manager is kicking off the meeting with introductions. Training kicked off with a welcome.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            Old notes describe her as "attention-seeking" and "manipulative".
            Words like ‘absconder’ and ‘wheelchair-bound’ are no longer used.
            """, Rule);
    }

    [Fact]
    public void TermNamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say connection-seeking instead of attention-seeking.
            We write declined rather than non-compliant.
            Staff must never describe people as manipulative.
            We use left without agreement in place of absconded.
            """, Rule);
    }

    [Fact]
    public void CitedTitleAndSectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            We draw on the report "Attention-seeking or connection-seeking? Rethinking distress" (2021).

            ## References

            - Smith, J. (2019). Absconding from mental health units: a review.

            ## Words to avoid

            - attention-seeking: say connection-seeking
            - suffers from: say has
            - wheelchair-bound: say wheelchair user

            ## Daily notes

            Staff recorded that he was [|manipulative|] at lunch.
            """, Rule);
    }

    [Fact]
    public void ReportedInEveryKindAndSetting()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                RuleVerifier.Verify("The person is [|wheelchair-bound|].", Rule, kind, setting);
            }
        }
    }

    [Fact]
    public void ProhibitionOnLabellingSomeoneAsTheTermIsAMention()
    {
        RuleVerifier.Verify("""
            Staff must never label a child who is upset as attention-seeking or manipulative.
            We do not describe the people we support as non-compliant.
            """, Rule);
    }
}
