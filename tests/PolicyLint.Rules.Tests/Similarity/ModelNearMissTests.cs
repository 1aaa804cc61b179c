using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Similarity;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Similarity;

public class ModelNearMissTests
{
    private const string Induction =
        "Every new employee completes an induction workshop on breakaway techniques and de-escalation, with an annual refresher and a competency assessment by a qualified instructor.";

    [Fact]
    public void TheModelFindsTheParagraphAboutTrainingWithoutAnyTrainingConceptWord()
    {
        // No "train", "course", "curriculum" or "trainer": the concept evidence has no near miss, only the model.
        var clause = RuleVerifier.Clause($"""
            # Restraint policy

            We will record every use of restraint.

            ## 7.2 Staff development

            [|{Induction}|]

            ## 8 Meals

            Meals are freshly prepared on site every day.
            """, new PL1001CertifiedTraining(), ClauseStatus.Missing, Induction);
        Assert.StartsWith("Section '7.2 Staff development' discusses training but", clause.Explanation, StringComparison.Ordinal);
        Assert.Equal("PL1001", NearMissModel.Default.Classify(Induction).RuleId);
    }

    [Fact]
    public void ConceptHitsStillWinOverTheModel()
    {
        RuleVerifier.Clause($"""
            {Induction}

            [|Refresher training takes place every year.|]
            """, new PL1001CertifiedTraining(), ClauseStatus.Missing, "Refresher training takes place every year.");
    }

    [Fact]
    public void UnrelatedTextGetsNoNearMiss()
    {
        RuleVerifier.Clause("""
            [||]# Service specification

            The provider will maintain staffing levels that meet people's assessed needs. Invoices are paid monthly.
            """, new PL1001CertifiedTraining(), ClauseStatus.Missing, null);
    }

    [Fact]
    public void ATitleOrListFragmentIsNeverTheModelsNearMiss()
    {
        // The same words as a title (no full stop) are not prose: no near miss, the finding stays at the start.
        RuleVerifier.Clause($"""
            [||]{Induction.TrimEnd('.')}

            Meals are freshly prepared on site every day.
            """, new PL1001CertifiedTraining(), ClauseStatus.Missing, null);
    }

    [Fact]
    public void ScoresAreDeterministicAndThreadSafe()
    {
        var model = NearMissModel.Default;
        var rules = model.Rules.ToList();
        Assert.Equal(20, rules.Count);
        var expected = rules.Select(r => model.Score(r, Induction)).ToArray();
        var results = new double[32][];
        Parallel.For(0, results.Length, i => results[i] = [.. rules.Select(r => model.Score(r, Induction))]);
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(0, model.Score("PL9999", Induction));
    }

    [Fact]
    public void OneSharedWordOrAFragmentIsNotATopic()
    {
        Assert.Null(NearMissModel.Default.Classify("We support people in distress.").RuleId);
        Assert.Null(NearMissModel.Default.Classify("PMVA (control and restraint)").RuleId);
    }

    [Fact]
    public void TheThresholdIsChosenByLeaveOneOutOnTheTrainingSet()
    {
        var training = new List<(string, string)>
        {
            ("A", "apples and pears grow in the orchard near the farm"), ("A", "the orchard has apples, pears and plums picked in autumn"),
            ("B", "the train leaves the station at noon for the coast"), ("B", "trains wait at the station platform for the guard"),
            ("none", "the cat sleeps on the mat by the warm fire"),
        };
        var model = new NearMissModel(training);
        Assert.Equal("A", model.Classify("plums, pears and apples ripen in an orchard").RuleId);
        Assert.Null(model.Classify("a cat sleeps on a mat by the fire").RuleId);
        Assert.InRange(model.Threshold, 0, 1);
    }
}
