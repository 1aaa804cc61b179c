using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

/// <summary>The learned clause model as a cue in kind detection: asked only when the cue counts leave the kind undecided.</summary>
public class KindModelCueTests
{
    // About restraint throughout, in plain English, but with none of the words that mark a policy's or a
    // specification's voice ("this policy", "we will", "the Provider shall").
    private const string PlainPolicy = """
        # Holding and restraint at Elm House

        Restraint is only used when someone is in danger and nothing else has worked, and it stops as soon as the danger has passed.
        Every restraint is written down in the incident log on the same day, with what happened, how long it lasted and who was there.
        Everyone who may need to use restraint goes on a course certified against the Restraint Reduction Network Training Standards.
        After a restraint, the person and the staff involved are offered support with how they feel straight away, and a learning review follows later.
        Each person and their family are given a short guide to their rights when restraint is used, in a format they can read.
        The manager looks at the restraint records every month, with the person's family and advocate, to find ways to use it less.
        """;

    [Fact]
    public void APlainEnglishPolicyWithoutVoiceCuesIsAPolicyBecauseItStatesClauses()
    {
        var explanation = KindDetector.Explain(TestDocument.Build(PlainPolicy).Document);
        Assert.True(explanation.Specification < KindDetector.MinVoiceCues && explanation.Policy < KindDetector.MinVoiceCues, explanation.ToString());
        Assert.NotNull(explanation.Model);
        Assert.True(explanation.Model.StatesClauses, explanation.ToString());
        Assert.Equal(DocumentKind.Policy, explanation.Kind);
        Assert.Contains("states required clauses", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AFewMentionsOfRestraintWithoutClausesStayOther()
    {
        var explanation = KindDetector.Explain(TestDocument.Build("""
            # Notes from the residents' meeting

            Restraint came up when we talked about the garden. Someone asked whether restraint is the right word for the gate.
            The group agreed that restraint was not the issue, and that the gate should be painted green before the summer fair.
            The next meeting is on Tuesday in the lounge, and the cook will bring cake for everyone who comes along.
            """).Document);
        Assert.NotNull(explanation.Model);
        Assert.False(explanation.Model.StatesClauses, explanation.ToString());
        Assert.Equal(DocumentKind.Other, explanation.Kind);
    }

    [Fact]
    public void APolicyBehindACoverSheetThatNamesAReportIsAPolicy()
    {
        var explanation = KindDetector.Explain(TestDocument.Build("""
            Riverside Care Partnership

            Report to the Quality Committee. Purpose: for assurance.

            Version 3, approved June 2026

            Restraint and holding

            # 1 What happens

            Staff must only use restraint when a person is at risk of serious harm and every other way has been tried.
            Staff must write down every restraint on the day it happens, with the reason, the hold used and how long it lasted.
            Staff will complete training certified against the Restraint Reduction Network Training Standards every year.
            After every restraint, the person and the staff involved will be offered support, and a separate learning review will follow within a week.
            Each person will be given information about their rights when restraint is used, and a copy for their family.
            The registered manager will review the restraint records every month and will report the figures to the board.
            """).Document);
        Assert.True(explanation.Other >= explanation.Policy, explanation.ToString());
        Assert.NotNull(explanation.Model);
        Assert.Equal(DocumentKind.Policy, explanation.Kind);
    }

    [Fact]
    public void GuidanceWhoseTitleNamesAPolicyIsNotAPolicyBehindACoverSheet()
    {
        // Only the title speaks of a policy; the body gives advice in nobody's voice.
        var explanation = KindDetector.Explain(TestDocument.Build("""
            Guidance for councils

            Principles to inform restraint policy

            # 1 Recording

            Every restraint should be recorded on the day it happens, with the reason, the hold used and how long it lasted.
            Training in restraint should be certified against the Restraint Reduction Network Training Standards.
            After a restraint, support for the person comes first and a learning review follows later.
            People should be given information about their rights when restraint is used.
            """).Document);
        Assert.Equal(DocumentKind.Other, explanation.Kind);
        Assert.Null(explanation.Model);
    }

    [Fact]
    public void AnEasyReadLeafletIsDecidedByItsCuesWithoutTheModel()
    {
        var explanation = KindDetector.Explain(TestDocument.Build("""
            # Staying safe: an easy read leaflet

            This leaflet tells you what happens if staff need to hold you. Staff only hold you to keep you safe.
            Restraint should not hurt. Staff write down every time they hold you. You can tell someone if restraint was wrong.
            After restraint, staff will talk with you about how you feel.
            """).Document);
        Assert.Equal(DocumentKind.Other, explanation.Kind);
        Assert.Null(explanation.Model);
    }

    [Fact]
    public void APolicyTheCuesDecideIsNotScored()
    {
        var explanation = KindDetector.Explain(TestDocument.Build("""
            # Restrictive practice policy

            This policy applies to all our services. Staff must record every restraint. We will review every restraint.
            Our staff are trained in de-escalation. Seclusion is never used in our homes.
            """).Document);
        Assert.Equal(DocumentKind.Policy, explanation.Kind);
        Assert.Null(explanation.Model);
        Assert.Null(explanation.Undecided);
    }

    [Fact]
    public void ASoftwareProjectsPolicyStaysOtherEvenWhenTheModelIsAsked()
    {
        var explanation = KindDetector.Explain(TestDocument.Build("""
            # Security policy

            This policy explains how we handle reports of security problems in the library.
            We will acknowledge every report within two working days and keep the reporter informed.
            We will publish an advisory for each confirmed problem, with the versions affected and the fixed release.
            Our maintainers review the advisories every year and record what they changed in the changelog.
            Please do not open a public issue for a security problem; use the private reporting form instead.
            """).Document);
        Assert.Equal(DocumentKind.Other, explanation.Kind);
        Assert.NotNull(explanation.Model);
        Assert.False(explanation.Model.StatesClauses, explanation.ToString());
    }

    [Fact]
    public void ReadingStopsOnceTheCueIsDecided()
    {
        var cue = KindModelCue.Read(TestDocument.Build(PlainPolicy + "\n" + string.Concat(Enumerable.Repeat(
            "Restraint is recorded every time it is used, with the reason and the names of the staff who were there.\n", 40))).Document);
        Assert.True(cue.StatesClauses, cue.ToString());
        Assert.True(cue.Scored < 20, cue.ToString());
    }
}
