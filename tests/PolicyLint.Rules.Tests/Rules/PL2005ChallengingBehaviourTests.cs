using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2005ChallengingBehaviourTests
{
    private static readonly PL2005ChallengingBehaviour Rule = new();

    [Fact]
    public void ReportsEveryVariant()
    {
        RuleVerifier.Verify("""
            # Positive behaviour support policy

            Some people we support show [|challenging behaviour|] when they are in pain.
            Staff record [|Challenging Behaviours|] in the daily notes.

            - A plan for [|challenging behavior|] is kept in the person's file.
            - Triggers for [|challenging behaviors|] are reviewed monthly.
            """, Rule);
    }

    [Fact]
    public void FindingCarriesTheAlternativesAsFixesInTheSameCase()
    {
        var finding = RuleVerifier.Single("[|Challenging behaviour|] is rare in our homes.", Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["Behaviour of concern", "Distressed behaviour"], finding.Suggestions);
        Assert.All(finding.Fixes, f => Assert.Equal(finding.Span, f.Span));
        Assert.Contains("'Challenging behaviour'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PluralGetsPluralAlternatives()
    {
        var finding = RuleVerifier.Single("We reduce [|challenging behaviours|] by meeting needs.", Rule);
        Assert.Equal(["behaviours of concern", "distressed behaviours"], finding.Suggestions);
    }

    [Fact]
    public void NeutralLanguageIsNotReported()
    {
        RuleVerifier.Verify("""
            We support people whose behaviour of concern is a sign of distress.
            The work is challenging, and behaviour that challenges services is understood as communication.
            Staff are responsible for challenging discriminatory behaviour by colleagues.
            """, Rule);
    }

    [Fact]
    public void CharityNameIsNotReported()
    {
        RuleVerifier.Verify("""
            Families can get advice from the Challenging Behaviour Foundation.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            Older care plans use "challenging behaviour" for what we now call distressed behaviour.
            Handover notes still say ‘challenging behaviours’ in places.
            """, Rule);
    }

    [Fact]
    public void TermNamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say behaviour of concern instead of challenging behaviour.
            We use distressed behaviour rather than challenging behaviour.
            Staff must never describe people as challenging behaviour.
            """, Rule);
    }

    [Fact]
    public void CitedTitleIsNotReported()
    {
        RuleVerifier.Verify("""
            This policy follows NICE guideline NG11 "Challenging behaviour and learning disabilities: prevention and interventions for people with learning disabilities whose behaviour challenges".
            """, Rule);
    }

    [Fact]
    public void ReferencesAndGlossarySectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            We support people in distress.

            ## References

            - NICE (2015). Challenging behaviour and learning disabilities: prevention and interventions.

            ## Terms to avoid

            - challenging behaviour: say behaviour of concern

            ## Support plans

            Each plan describes [|challenging behaviour|] and its triggers.
            """, Rule);
    }

    [Fact]
    public void ReportedInEveryKindAndSetting()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                RuleVerifier.Verify("Staff record [|challenging behaviour|] daily.", Rule, kind, setting);
            }
        }
    }

    [Fact]
    public void ATermNamedAsWhatOthersCallItIsNotReported()
    {
        RuleVerifier.Verify("""
            Distress that is often called challenging behaviour is described here as behaviour of concern.
            What used to be called challenging behaviour we now see as communication.
            We support people whose [|challenging behaviour|] puts them at risk.
            """, Rule);
    }

    [Fact]
    public void WhatOthersCallItIsAMention()
    {
        RuleVerifier.Verify("""
            Some providers call this challenging behaviour; we call it distress.
            """, Rule);
    }
}
