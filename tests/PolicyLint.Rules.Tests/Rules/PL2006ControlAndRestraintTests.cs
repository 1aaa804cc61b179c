using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2006ControlAndRestraintTests
{
    private static readonly PL2006ControlAndRestraint Rule = new();

    [Fact]
    public void ReportsEveryVariant()
    {
        RuleVerifier.Verify("""
            # Training

            All staff complete [|control and restraint|] training in their first month.
            [|Control & Restraint|] refreshers are annual.

            - [|C&R|] instructors are based at head office.
            - New staff attend a course in [|restraint techniques|].
            - [|Restraint techniques|] training is booked through HR.
            """, Rule);
    }

    [Fact]
    public void FindingSuggestsRestrictiveInterventionAndNamingTheApproach()
    {
        var finding = RuleVerifier.Single("Staff complete [|C&R|] training.", Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["Restrictive intervention"], finding.Suggestions);
        Assert.All(finding.Fixes, f => Assert.Equal(finding.Span, f.Span));
        Assert.Contains("'C&R'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("name the approach", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RestraintTechniquesOutsideTrainingIsNotReported()
    {
        RuleVerifier.Verify("""
            Restraint techniques that restrict breathing are prohibited.
            The plan lists the restraint techniques that must never be used with this person.
            Staff training covers de-escalation, and restraint techniques are a last resort.
            """, Rule);
    }

    [Fact]
    public void NeutralLanguageIsNotReported()
    {
        RuleVerifier.Verify("""
            Staff complete restrictive intervention training certified against the RRN Training Standards.
            Infection control and restraint reduction are both reviewed by the Board.
            People keep control of their own money. Staff use restraint only as a last resort.
            A C and an R grade are not the same. R&D budgets are separate.
            """, Rule);
    }

    [Fact]
    public void QuotedTermIsNotReported()
    {
        RuleVerifier.Verify("""
            Older records refer to "control and restraint" and "C&R" training.
            """, Rule);
    }

    [Fact]
    public void TermNamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say restrictive intervention instead of control and restraint.
            This course replaces C&R training.
            """, Rule);
    }

    [Fact]
    public void CitedTitleAndSectionsAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            See the Home Office publication "Control and Restraint: A Manual for Staff" for history only.

            ## References

            - Control and restraint: policy and practice (1995).

            ## Glossary

            - C&R: control and restraint, an outdated approach; say restrictive intervention.

            ## Training

            Staff attend [|C&R|] training.
            """, Rule);
    }

    [Fact]
    public void ReportedInEveryKindAndSetting()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                RuleVerifier.Verify("Staff complete [|control and restraint|] training.", Rule, kind, setting);
            }
        }
    }

    [Fact]
    public void AnApproachTheDocumentSaysWasWithdrawnIsAMention()
    {
        RuleVerifier.Verify("""
            Historically the home used Control and Restraint; this was withdrawn in 2015.
            Our C&R course, which has since been replaced, is no longer taught.
            Staff are trained in [|control and restraint|] every year.
            """, Rule);
    }
}
