using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

public class KindDetectorTests
{
    [Fact]
    public void Specification()
    {
        var doc = TestDocument.Build("""
            # Service specification: supported living

            The Provider shall ensure that staff are trained in de-escalation. The Provider must report every restraint to the commissioner.
            Key performance indicators on restrictive practices are set out in Schedule 2 of the contract.
            """).Document;
        Assert.Equal(DocumentKind.Specification, KindDetector.Detect(doc));
    }

    [Fact]
    public void Policy()
    {
        var doc = TestDocument.Build("""
            # Restrictive practice policy

            This policy applies to all our services. We will support people in distress and use restraint only as a last resort.
            Staff must record every restraint. Our staff are trained in de-escalation every year.
            """).Document;
        Assert.Equal(DocumentKind.Policy, KindDetector.Detect(doc));
    }

    [Fact]
    public void Letter()
    {
        var doc = TestDocument.Build("""
            Dear colleague,

            We are writing about the certification of training in restrictive practices. Staff will want to know more.

            Yours sincerely,
            """).Document;
        Assert.Equal(DocumentKind.Other, KindDetector.Detect(doc));
    }

    [Fact]
    public void TooFewCuesIsOther()
    {
        var doc = TestDocument.Build("Restraint reduction matters.").Document;
        var (kind, spec, policy, other) = KindDetector.Explain(doc);
        Assert.Equal(DocumentKind.Other, kind);
        Assert.Equal((0, 0, 0), (spec, policy, other));
    }

    [Theory]
    [InlineData("""
        # Market Position Statement for adult social care 2026-2029

        This statement tells providers what the council expects to buy. We will work with providers to reduce restraint.
        Our services for autistic adults will grow. We aim to commission more supported living.
        """)]
    [InlineData("""
        # Board report: restrictive practice, quarter 2

        Purpose: for assurance. The Board is asked to note the figures. We will report again in March.
        Our staff used restraint 42 times this quarter.
        """)]
    [InlineData("""
        # Physical intervention training: course guide

        This prospectus lists our courses. Course dates and course fees are below; book a place online.
        We will send joining instructions. Our trainers hold current certificates.
        """)]
    [InlineData("""
        # Keeping safe: an easy read leaflet

        This leaflet is about being kept safe. Staff must only hold you to keep you safe. We will listen to you.
        """)]
    public void ReportsStatementsProspectusesAndLeafletsAreOther(string text)
    {
        Assert.Equal(DocumentKind.Other, KindDetector.Detect(TestDocument.Build(text).Document));
    }

    [Fact]
    public void APolicyBehindACoverSheetIsAPolicy()
    {
        var doc = TestDocument.Build("""
            Northmoor Community Health NHS Foundation Trust

            RESTRICTIVE INTERVENTIONS POLICY

            Version 4.1. Approved by the Quality Committee. Review date: March 2027.

            Contents: 1 Introduction 3; 2 Scope 4; 3 Duties 5

            # 1 Introduction

            This policy sets out how the Trust reduces restrictive interventions. Staff must record every restraint.
            We will offer support after every incident. Our wards follow this policy at all times.
            """).Document;
        Assert.Equal(DocumentKind.Policy, KindDetector.Detect(doc));
    }

    [Fact]
    public void APolicyThatHardlyMentionsRestrictivePracticeIsOutOfScope()
    {
        var doc = TestDocument.Build("""
            # Fire safety policy

            This policy applies to all our homes. Staff must take part in a fire drill every six months.
            We will test the alarms weekly. Our staff know the evacuation routes.
            """).Document;
        Assert.Equal(DocumentKind.Other, KindDetector.Detect(doc));
    }
}
