using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

/// <summary>The region evaluator's data features, each through a rule that uses it.</summary>
public class RegionClauseRuleTests
{
    [Fact]
    public void ListsFurtherOnInTheSectionBelongToTheRecordingClause()
    {
        // PL1006 reads list items past a paragraph between them, up to the next heading.
        RuleVerifier.Clause("""
            ## Records

            Staff must record every use of restraint on the day it happens.

            Each record must include:

            - the type of restraint and the reason for it;
            - where and when it took place, and how long it lasted;
            - any injuries and other impact on the person;
            - the person's protected characteristics;
            - the outcome of the debrief and the person's involvement in the debrief;
            - when family were informed.
            """, new PL1006RecordingFields(), ClauseStatus.Present, "Staff must record every use of restraint on the day it happens.");
    }

    [Fact]
    public void ListsAfterAParagraphDoNotBelongToAMonitoringSentence()
    {
        // PL1020's regions stop at the first block that is neither a list item nor a table cell.
        RuleVerifier.Clause("""
            [|The Authority will monitor the contract at quarterly meetings.|]

            Staff are supported by their managers.

            - the number of incidents of restraint;
            - the learning from debriefs;
            - the level of staff training and its certification.
            """, new PL1020ContractMonitoring(), ClauseStatus.Missing, "The Authority will monitor the contract at quarterly meetings.", DocumentKind.Specification);
    }

    [Fact]
    public void AWholeParagraphBelongsToABlanketRestrictionsSentenceThatComesSecond()
    {
        const string Text = "Each unit keeps a register of its house rules, and staff challenge and review every entry each month. The register includes blanket restrictions.";
        RuleVerifier.Clause(Text, new PL1019BlanketRestrictionsReview(), ClauseStatus.Present, Text);
    }

    [Fact]
    public void ADefinitionIsNotPiecedTogetherFromTwoRegions()
    {
        // PL1017 judges the best region alone.
        var clause = RuleVerifier.Clause("""
            [|Restrictive practice includes physical, chemical and mechanical restraint.|]

            Staff are trained every year.

            Restrictive practice also covers seclusion and long-term segregation.
            """, new PL1017RestrictivePracticeDefinition(), ClauseStatus.Partial, "Restrictive practice includes physical, chemical and mechanical restraint.");
        Assert.EndsWith("does not cover environmental restraint, seclusion / enforced isolation, long-term segregation and psychological restraint / coercion", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringDescribedInTwoPlacesCountsTogether()
    {
        // PL1020 combines every region.
        RuleVerifier.Clause("""
            The Authority will monitor the number of incidents of restraint at each contract meeting.

            Staff are supported by their managers.

            The Authority will also review the learning from debriefs and the certification of staff training at its annual contract visit.
            """, new PL1020ContractMonitoring(), ClauseStatus.Present,
            "The Authority will monitor the number of incidents of restraint at each contract meeting.", DocumentKind.Specification);
    }

    [Fact]
    public void EachElementIsReportedWithWhereItWasFound()
    {
        var clause = RuleVerifier.Clause("""
            [|Blanket restrictions are identified in an annual audit.|]
            """, new PL1019BlanketRestrictionsReview(), ClauseStatus.Partial, "Blanket restrictions are identified in an annual audit.");
        Assert.Equal(["identified", "challenged", "reviewed"], clause.Elements.Select(e => e.Name));
        Assert.Equal([true, false, false], clause.Elements.Select(e => e.Found));
    }

    [Fact]
    public void ARegionWithoutElementsIsMissingAtTheRecordingClause()
    {
        var clause = RuleVerifier.Clause("""
            [|Staff must record every use of restraint.|] Records are kept for three years.
            """, new PL1006RecordingFields(), ClauseStatus.Missing, "Staff must record every use of restraint.");
        Assert.Contains("9 of the nine", clause.Explanation, StringComparison.Ordinal);
        Assert.All(clause.Elements, e => Assert.False(e.Found));
    }
}
