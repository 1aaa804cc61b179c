using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1020ContractMonitoringTests
{
    private static readonly PL1020ContractMonitoring Rule = new();

    [Fact]
    public void PresentInAContractMonitoringSection()
    {
        RuleVerifier.Clause("""
            # Service specification

            ## 12 Contract monitoring

            The Council will monitor the contract through quarterly contract review meetings. The Provider shall report to the Council each quarter:

            - the number of incidents of restraint;
            - the learning from debriefs;
            - the level and quality of staff training, including certification.
            """, Rule, ClauseStatus.Present,
            "The Provider shall report to the Council each quarter:",
            DocumentKind.Specification);
    }

    [Fact]
    public void TheLeadInOfTheListedMeasuresLeadsAndEachMeasureIsAnElement()
    {
        var clause = RuleVerifier.Clause("""
            ## Contract monitoring

            The Council will monitor the contract through quarterly contract review meetings. The Provider shall report to the Council each quarter:

            - the number of incidents of restraint;
            - the learning from debriefs;
            - the level and quality of staff training, including certification.
            """, Rule, ClauseStatus.Present, "The Provider shall report to the Council each quarter:", DocumentKind.Specification);
        Assert.Equal(3, clause.Elements.Count);
        Assert.All(clause.Elements, e => Assert.True(e.Found, e.Name));
    }

    [Fact]
    public void PresentInOneSentence()
    {
        RuleVerifier.Clause("""
            The Commissioner will monitor the number of restraint incidents, the lessons learned from debriefs and the certification of staff training at each contract compliance visit.
            """, Rule, ClauseStatus.Present,
            "The Commissioner will monitor the number of restraint incidents, the lessons learned from debriefs and the certification of staff training at each contract compliance visit.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PartialListsTheMissingMeasures()
    {
        var clause = RuleVerifier.Clause("""
            # Service specification

            [|The Council will monitor the number of restraint incidents reported by the Provider each quarter.|]
            """, Rule, ClauseStatus.Partial, "The Council will monitor the number of restraint incidents reported by the Provider each quarter.",
            DocumentKind.Specification);
        Assert.EndsWith("does not cover learning from debriefs and the level and quality (certification) of staff training", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedMeasureDoesNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|The Council will monitor the number of restraint incidents and the learning from debriefs.|] It will not check training levels.
            """, Rule, ClauseStatus.Partial, "The Council will monitor the number of restraint incidents and the learning from debriefs.",
            DocumentKind.Specification);
        Assert.EndsWith("does not cover the level and quality (certification) of staff training", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Service specification

            The Provider shall support people to live well.
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
        Assert.StartsWith("The document does not say how the commissioner will monitor compliance", clause.Explanation, StringComparison.Ordinal);
        Assert.Contains("number of incidents of restraint", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtAMonitoringSectionWithoutMeasures()
    {
        var clause = RuleVerifier.Clause("""
            # Service specification

            The Provider shall support people to live well.

            ## 10 Contract monitoring

            [|The Council will hold quarterly contract review meetings with the Provider.|] Minutes will be kept.
            """, Rule, ClauseStatus.Missing, "The Council will hold quarterly contract review meetings with the Provider.", DocumentKind.Specification);
        Assert.StartsWith("Section '10 Contract monitoring' discusses monitoring but does not say how the commissioner will monitor", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuresRequiredElsewhereDoNotCount()
    {
        RuleVerifier.Clause("""
            [||]# Service specification

            The Provider shall record the number of incidents of restraint. Training must be certified as complying with the RRN Training Standards. Lessons learned from debriefs shall be shared with staff.
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
    }

    [Fact]
    public void QuotedMonitoringDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The Council's guidance says "the commissioner will monitor the number of incidents of restraint, learning from debriefs and the level and quality of staff training".
            """, Rule, ClauseStatus.Missing, null, DocumentKind.Specification);
    }

    [Fact]
    public void TheCommissionersStatementLeadsOverAPassingMentionOfMonitoringVisits()
    {
        // The training records shown "at contract monitoring visits" come first in the document, but the clause is
        // the Authority's own monitoring statement; the indicators listed under a plain sentence (no colon) belong to it.
        var clause = RuleVerifier.Clause("""
            # Service specification

            ## 5 Staff development

            5.1 The Provider shall keep training records for each worker and show them to officers at contract monitoring visits.

            ## 9 Monitoring the contract

            9.1 [|The Authority will monitor the service through six-monthly review meetings and the returns set out below.|]

            9.2 The Provider shall send the Authority the following performance indicators every quarter.

            - the number of incidents of restraint, against a falling target;
            - the percentage of staff whose training is certified, against a target of all staff.
            """, Rule, ClauseStatus.Partial,
            "The Authority will monitor the service through six-monthly review meetings and the returns set out below.",
            DocumentKind.Specification);
        Assert.EndsWith("does not cover learning from debriefs", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementInOneSentenceLeadsOverAnEarlierPassingMention()
    {
        RuleVerifier.Clause("""
            The Provider shall keep a log of restraint incidents and bring it to contract meetings for monitoring.

            [|The Authority will review the number of restraint incidents and the learning from debriefs at each contract meeting.|]
            """, Rule, ClauseStatus.Partial,
            "The Authority will review the number of restraint incidents and the learning from debriefs at each contract meeting.",
            DocumentKind.Specification);
    }

    [Fact]
    public void AColonLeadInStillIntroducesItsListUnderTheCommissionersStatement()
    {
        RuleVerifier.Clause("""
            ## 9 Monitoring the contract

            The Authority will monitor the service through six-monthly review meetings.

            The Provider shall send the Authority a return every quarter, which shall include:

            - the number of incidents of restraint;
            - what was learnt from debriefs;
            - the level of staff training and its certification.
            """, Rule, ClauseStatus.Present,
            "The Provider shall send the Authority a return every quarter, which shall include:",
            DocumentKind.Specification);
    }

    [Fact]
    public void SeverityIsWarningInEverySetting()
    {
        const string Missing = "[||]The Provider shall support people to live well.";
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification).Severity);
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification, CareSetting.MentalHealthUnit).Severity);
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification, CareSetting.Education).Severity);
    }

    [Fact]
    public void RunsOnSpecificationsOnly()
    {
        const string Text = "We support people in distress.";
        Assert.Empty(RuleVerifier.Verify(Text, Rule, DocumentKind.Policy).Clauses);
        Assert.Empty(RuleVerifier.Verify(Text, Rule, DocumentKind.Other).Clauses);
        Assert.True(PL1020ContractMonitoring.Rule.AppliesTo(DocumentKind.Specification));
        Assert.False(PL1020ContractMonitoring.Rule.AppliesTo(DocumentKind.Policy));
    }
}
