using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Learning;

/// <summary>The learned second opinion turns a missing clause stated in other words into "uncertain", never an error.</summary>
public class SecondOpinionTests
{
    [Fact]
    public void AMissingClauseStatedInOtherWordsIsUncertainAndInfo()
    {
        // The rules look for coproduction or involvement words; this says it in other words.
        const string Sentence = "People who draw on our support sat with us to write every page of this document, and they check it with us each spring.";
        var clause = RuleVerifier.Clause($"[|{Sentence}|]", new PL1011Coproduction(), ClauseStatus.Uncertain, Sentence);
        Assert.Equal(ClauseStatus.Missing, clause.RuleStatus);
        Assert.StartsWith("Possibly stated in other words at line 1", clause.Explanation, StringComparison.Ordinal);
        var finding = RuleVerifier.Single($"[|{Sentence}|]", new PL1011Coproduction());
        Assert.Equal(Severity.Info, finding.Severity);
    }

    [Fact]
    public void ANegatedOrQuotedSentenceIsLeftToTheRules()
    {
        RuleVerifier.Clause("""
            [||]People who draw on our support did not sit with us to write this document.
            The old policy said "people who draw on our support sat with us to write every page".
            """, new PL1011Coproduction(), ClauseStatus.Missing, null);
    }

    [Fact]
    public void ASentenceTheRulesJudgedStaysMissing()
    {
        // The rules read this training sentence and found the wrong standard: the model must not overrule them.
        var clause = RuleVerifier.Clause("""
            [|Our training follows the BILD Code of Practice, which is the standard we use for all physical intervention training.|]
            """, new PL1001CertifiedTraining(), ClauseStatus.Missing,
            "Our training follows the BILD Code of Practice, which is the standard we use for all physical intervention training.");
        Assert.Null(clause.RuleStatus);
    }

    [Fact]
    public void UnrelatedProseGivesNoSecondOpinion()
    {
        RuleVerifier.Clause("""
            [||]The garden has raised beds and a greenhouse that people enjoy using in the summer months.
            """, new PL1008DeathsReporting(), ClauseStatus.Missing, null);
    }
}
