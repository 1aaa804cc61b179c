using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1018ConcernsAndAdvocacyTests
{
    private static readonly PL1018ConcernsAndAdvocacy Rule = new();

    [Fact]
    public void PresentWithConcernsReviewsAndAdvocates()
    {
        RuleVerifier.Clause("""
            # Restraint policy

            ## 8 After an incident

            People we support, their families, carers and independent advocates can raise concerns about any restraint with the manager or through our complaints procedure. The person, their family and their advocate will be invited to take part in the post-incident review.
            """, Rule, ClauseStatus.Present,
            "People we support, their families, carers and independent advocates can raise concerns about any restraint with the manager or through our complaints procedure.");
    }

    [Fact]
    public void PresentInASpecificationAcrossParagraphs()
    {
        RuleVerifier.Clause("""
            The Provider shall ensure that people, families and carers can complain about the use of restrictive practice.

            The Provider shall involve the person and their IMHA in every post-incident review.
            """, Rule, ClauseStatus.Present,
            """
            The Provider shall ensure that people, families and carers can complain about the use of restrictive practice.
            """,
            DocumentKind.Specification);
    }

    [Fact]
    public void OnlyConcernsIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Families and carers can raise concerns about the use of restraint through our complaints procedure.|]
            """, Rule, ClauseStatus.Partial, "Families and carers can raise concerns about the use of restraint through our complaints procedure.");
        Assert.Contains("involved in post-incident reviews", clause.Explanation, StringComparison.Ordinal);
        Assert.Contains("the role of independent advocates", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("raise concerns", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyReviewsIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|The person and their independent advocate will take part in the post-incident review.|]
            """, Rule, ClauseStatus.Partial, "The person and their independent advocate will take part in the post-incident review.");
        Assert.Contains("raise concerns about restrictive practice", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("involved in post-incident reviews", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("role of independent advocates", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BothHalvesWithoutAdvocatesIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Families can raise concerns about restraint with the manager.|] Families are invited to the post-incident review.
            """, Rule, ClauseStatus.Partial, "Families can raise concerns about restraint with the manager.");
        Assert.EndsWith("does not say the role of independent advocates", clause.Explanation, StringComparison.Ordinal);

        // Every element is named, with where it was found.
        Assert.Equal(["raising concerns", "taking part in post-incident reviews", "independent advocates"], clause.Elements.Select(e => e.Name));
        Assert.Equal([true, true, false], clause.Elements.Select(e => e.Found));
    }

    [Fact]
    public void NegatedInvolvementDoesNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|People, families and independent advocates can raise concerns about restraint through the complaints procedure.|]

            Families are not involved in post-incident reviews.
            """, Rule, ClauseStatus.Partial, "People, families and independent advocates can raise concerns about restraint through the complaints procedure.");
        Assert.Contains("involved in post-incident reviews", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not say how people, families, carers and independent advocates can raise concerns", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtTheComplaintsSection()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 9 Complaints

            [|Complaints are answered within 20 working days.|] The manager keeps a log.
            """, Rule, ClauseStatus.Missing, "Complaints are answered within 20 working days.");
        Assert.StartsWith("Section '9 Complaints' discusses concerns and post-incident reviews but does not say", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BehaviourOfConcernIsNotARaisedConcern()
    {
        RuleVerifier.Clause("""
            [||]Families help us understand behaviour of concern before restraint is considered.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void QuotedGuidanceDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The guidance asks for "details of how patients, their families, carers and independent advocates can raise concerns about the use of force, and how they will be involved in post-incident reviews".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityBySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, setting: CareSetting.Education).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification, CareSetting.MentalHealthUnit).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Dear colleague, families can raise concerns about restraint.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void ASeniorCarerIsStaffNotAFamilyCarer()
    {
        var clause = RuleVerifier.Clause("""
            [|Residents and their relatives can complain about any restraint through our complaints procedure.|]
            After an incident involving restraint, the senior carer on shift holds a debrief with the care staff involved.
            """, Rule, ClauseStatus.Partial, "Residents and their relatives can complain about any restraint through our complaints procedure.");
        Assert.Contains("post-incident", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplainingAboutBeingHeldIsAConcernAboutRestraint()
    {
        RuleVerifier.Clause("""
            [|Every child can complain about being held, and can ask their independent advocate for help.|]
            """, Rule, ClauseStatus.Partial, "Every child can complain about being held, and can ask their independent advocate for help.");
    }

    [Fact]
    public void OfTwoSentencesAboutComplaintsTheOneSayingMoreOfTheClauseIsTheEvidence()
    {
        // The first binds the reader ("Each person…") but only mentions the right; the second says how, with the
        // advocate: it holds more of the clause's concepts and is the statement a reviewer wants to read.
        const string Fuller = "A person who is unhappy about how they were held can complain with the help of their independent advocate, and staff will help them to do it.";
        var clause = RuleVerifier.Clause($"""
            # Policy

            ## 6 Afterwards

            Each person is told when they move in that they can complain about any restriction on them.

            {Fuller}

            The person and their family are invited to the post-incident debrief.
            """, Rule, ClauseStatus.Present, Fuller);
        Assert.All(clause.Elements, e => Assert.True(e.Found, e.Name));
    }

    [Fact]
    public void BeingHeldInThePassiveIsARestriction()
    {
        const string Text = "Any child who is unhappy about the way they were held can complain to the manager.";
        var clause = RuleVerifier.Clause($"[|{Text}|]", Rule, ClauseStatus.Partial, Text);
        Assert.Contains(clause.Elements, e => e.Name == "raising concerns" && e.Found);
    }
}
