using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2001ViolenceAndAggressionTests
{
    private static readonly PL2001ViolenceAndAggression Rule = new();

    [Fact]
    public void ReportsEveryVariant()
    {
        RuleVerifier.Verify("""
            # Restrictive practice policy

            Staff complete training in the management of [|violence and aggression|].
            Episodes of [|aggression and violence|] are recorded. People may become
            [|violent and aggressive|] when distressed, or [|aggressive or violent|].

            - [|PMVA|] refresher every year.
            - A course in the [|prevention and management of violence and aggression|].
            """, Rule);
    }

    [Fact]
    public void FindingCarriesTheAlternativesAsFixesInTheSameCase()
    {
        var finding = RuleVerifier.Single("[|Violence and aggression|] is rare in our homes.", Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["Distress that harms", "Behaviour of concern"], finding.Suggestions);
        Assert.All(finding.Fixes, f => Assert.Equal(finding.Span, f.Span));
        Assert.Contains("'Violence and aggression'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeutralLanguageIsNotReported()
    {
        RuleVerifier.Verify("""
            We support people whose distress sometimes harms themselves or others.
            Violence is never acceptable towards anyone, and aggression in staff is a disciplinary matter.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            Some older records use "violence and aggression" for what we now call distress that harms.
            Older rotas still say ‘violent and aggressive’ in the handover notes.
            """, Rule);
    }

    [Fact]
    public void TermNamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say distress that harms instead of violence and aggression.
            Staff must never use the phrase violence and aggression about a person.
            """, Rule);
    }

    [Fact]
    public void ProhibitionOfTheWordsIsNotReported()
    {
        RuleVerifier.Verify("""
            Staff must never describe people as violent and aggressive.
            We do not call people's distress violence and aggression.
            """, Rule);
    }

    [Fact]
    public void CitedTitleIsNotReported()
    {
        RuleVerifier.Verify("""
            This policy follows NICE guideline NG10 "Violence and aggression: short-term management in mental health, health and community settings".

            It also follows NICE guideline NG10: Violence and aggression: short-term management in mental health, health and community settings.

            Violence and aggression: short-term management in mental health, health and community settings (NICE, 2015) applies to inpatient units.
            """, Rule);
    }

    [Fact]
    public void ReferencesAndGlossarySectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            We support people in distress.

            ## References

            - NICE (2015). Violence and aggression: short-term management in mental health, health and community settings.

            ## Language to avoid

            - violence and aggression: say distress that harms
            - PMVA: say training in supporting people in distress

            ## Training

            Staff attend [|PMVA|] training.
            """, Rule);
    }

    [Fact]
    public void ReportedInEveryKindAndSetting()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                RuleVerifier.Verify("Staff complete [|PMVA|] training.", Rule, kind, setting);
            }
        }
    }

    [Fact]
    public void TheNameOfAFormerCourseIsAMention()
    {
        RuleVerifier.Verify("""
            Staff said the old PMVA course taught them to take control; our former PMVA training ended in 2019.
            We still run [|PMVA|] refreshers for bank staff.
            """, Rule);
    }
}
