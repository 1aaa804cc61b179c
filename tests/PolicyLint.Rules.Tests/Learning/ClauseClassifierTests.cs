using PolicyLint.Rules.Learning;
using Xunit;

namespace PolicyLint.Rules.Tests.Learning;

public class ClauseClassifierTests
{
    // Sentences written for these tests, none of them in the training file (checked below): a break in the model, the
    // featurizer or the scorer shows here.
    private static readonly (string RuleId, string Sentence)[] StatedRows =
    [
        ("PL1001", "Every colleague who might physically intervene attends a programme that a UKAS-accredited body has certified against the Restraint Reduction Network Training Standards."),
        ("PL1001", "Our holding-skills course carries certification from Bild ACT, which confirms it meets the RRN standards."),
        ("PL1002", "The Director of Clinical Services is our responsible person and oversees the use of restrictions in every one of our locations."),
        ("PL1004", "Each person we support receives their own printed guide to their rights whenever restraint or force might be used."),
        ("PL1005", "Colleagues must log each restrictive intervention, without exception, on the incident system."),
        ("PL1007", "We retain all restraint data for three years, and the directors scrutinise it once every year."),
        ("PL1008", "When someone with a learning disability dies while in our care, we refer their death to LeDeR."),
        ("PL1012", "Staff may restrain someone only to stop serious harm, using the least restrictive approach, for as short a time as possible."),
        ("PL1014", "Our whole approach to restriction is founded on the Human Rights Act 1998."),
        ("PL1017", "In this policy, restrictive practice covers physical holds, sedating medication, mechanical devices, locked doors, seclusion and segregation."),
        ("PL1019", "Rules that affect every resident in a house, whatever their individual risk, are listed, questioned and reviewed each quarter."),
        ("PL1020", "The Council's contract officers will check restraint incident numbers, debrief learning and the certification of training each quarter."),
    ];

    private static readonly string[] UnrelatedRows =
    [
        "Team leaders check the staffing rota every four weeks.",
        "Holding a person down as a sanction for breaking house rules is forbidden.",
        "A rights-based ethos guides the way we run our services.",
        "Senior support workers hand over to the night team at ten.",
        "The parking permit scheme applies to all staff.",
        "Restraint Reduction and Positive Support Policy, version 2",
    ];

    public static TheoryData<string, string> Stated
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (ruleId, sentence) in StatedRows)
            {
                data.Add(ruleId, sentence);
            }

            return data;
        }
    }

    public static TheoryData<string> Unrelated => new(UnrelatedRows);

    [Theory]
    [MemberData(nameof(Stated))]
    public void AStatedClauseScoresItsRuleHighest(string ruleId, string sentence)
    {
        var scores = ClauseClassifier.Default.Score(sentence);
        Assert.True(scores.Top.Label == ruleId, $"Expected {ruleId}, got {scores.Top.Label} ({scores.Top.Probability:F3}); {ruleId} {scores[ruleId]:F3}.");
    }

    [Theory]
    [MemberData(nameof(Unrelated))]
    public void AHardNegativeScoresNone(string sentence)
    {
        var scores = ClauseClassifier.Default.Score(sentence);
        Assert.True(scores.Top.Label == ClauseClassifier.NoneLabel, $"Expected none, got {scores.Top.Label} ({scores.Top.Probability:F3}).");
        Assert.DoesNotContain(ClauseClassifier.Default.Rules, rule => ClauseClassifier.Default.IsPossibly(rule, sentence));
    }

    [Fact]
    public void TheTestSentencesAreNotInTheTrainingFile()
    {
        var training = File.ReadLines(Path.Combine(RepositoryRoot(), "tools", "PolicyLint.Training", "data", "clause-sentences.tsv"))
            .Select(line => line.Split('\t')).Where(cells => cells.Length == 3).Select(cells => cells[2].Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(training.Count >= 1500, $"{training.Count} training sentences");
        foreach (var sentence in StatedRows.Select(r => r.Sentence).Concat(UnrelatedRows))
        {
            Assert.DoesNotContain(sentence, training);
        }
    }

    [Fact]
    public void ProbabilitiesCoverEveryLabelAndSumToOne()
    {
        var classifier = ClauseClassifier.Default;
        Assert.Equal(21, classifier.Labels.Count);
        Assert.Equal(ClauseClassifier.NoneLabel, classifier.Labels[^1]);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"PL{1000 + i}"), classifier.Rules);
        var scores = classifier.Score("We record every restriction.");
        Assert.Equal(1.0, scores.Probabilities.Sum(), 12);
        Assert.All(scores.Probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(scores["PL1005"], scores.ToDictionary()["PL1005"]);
        Assert.False(scores.TryGetValue("PL9999", out _));
        Assert.Throws<KeyNotFoundException>(() => scores["PL9999"]);
    }

    [Fact]
    public void EveryRuleHasARecommendedThreshold()
    {
        var classifier = ClauseClassifier.Default;
        Assert.InRange(classifier.GlobalThreshold, 0.2, 0.95);
        foreach (var rule in classifier.Rules)
        {
            Assert.InRange(classifier.Threshold(rule), classifier.GlobalThreshold, 0.95);
        }

        Assert.Equal(classifier.GlobalThreshold, classifier.Threshold("PL9999"));
        Assert.True(classifier.Metrics.ContainsKey("oof.macro-f1"));
    }

    [Fact]
    public void EmptyAndUnknownTextScoresTheBiasesOnly()
    {
        var empty = ClauseClassifier.Default.Score("");
        var unknown = ClauseClassifier.Default.Score("zyxxy qwop");
        Assert.Equal(empty.Probabilities, unknown.Probabilities);
    }

    [Fact]
    public void BestPicksTheParagraphAboutTheRule()
    {
        string[] paragraphs =
        [
            "Meals are cooked fresh every day and people choose what they eat.",
            "All support workers attend a positive behaviour support course, certified against the RRN Training Standards, before working alone.",
            "Staff rotas are published a month in advance.",
        ];
        var best = ClauseClassifier.Default.Best("PL1001", paragraphs, p => p);
        Assert.NotNull(best);
        Assert.Equal(paragraphs[1], best.Value.Candidate);
        Assert.True(best.Value.Probability >= ClauseClassifier.Default.Threshold("PL1001"));
        Assert.Null(ClauseClassifier.Default.Best("PL1008", paragraphs, p => p));
        Assert.Null(ClauseClassifier.Default.Best("none", paragraphs, p => p));
    }

    [Fact]
    public void ExplainNamesTheFeaturesBehindAScore()
    {
        var features = ClauseClassifier.Default.Explain("PL1001", "Training is certified against the RRN Training Standards.", 3);
        Assert.Equal(3, features.Count);
        Assert.Contains(features, f => f.Feature is "w:certifi" or "b:train_standard" or "w:rrn");
    }

    [Fact]
    public void ScoringIsDeterministicAndThreadSafe()
    {
        var sentences = StatedRows.Select(r => r.Sentence).Concat(UnrelatedRows).ToArray();
        var expected = sentences.Select(s => ClauseClassifier.Default.Score(s).Probabilities.ToArray()).ToArray();
        var results = new double[64][][];
        Parallel.For(0, results.Length, i => results[i] = [.. sentences.Select(s => ClauseClassifier.Default.Score(s).Probabilities.ToArray())]);
        Assert.All(results, result =>
        {
            for (int k = 0; k < sentences.Length; k++)
            {
                Assert.Equal(expected[k], result[k]);
            }
        });
    }

    [Fact]
    public void LoadRejectsWeightsFromAnotherFeatureScheme()
    {
        var text = "version\t999\nlabels\tPL1001\tnone\nbias\t0\t0\nthreshold\t0.5\t0.5\nglobal-threshold\t0.5\n";
        var error = Assert.Throws<FormatException>(() => ClauseClassifier.Load(new StringReader(text)));
        Assert.Contains("re-train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadReadsAHandWrittenModel()
    {
        var text = $"version\t{SentenceFeaturizer.Version}\nlabels\tPL1001\tnone\nbias\t0\t0\nthreshold\t0.6\t0.5\nglobal-threshold\t0.5\nmetric\trows\t2\nw:certifi\t2\t0\n";
        var classifier = ClauseClassifier.Load(new StringReader(text));
        Assert.Equal(1, classifier.VocabularySize);
        Assert.Equal(0.6, classifier.Threshold("PL1001"));

        // One known feature of value 1: logits (2, 0), so p = e²/(e² + 1).
        Assert.Equal(Math.Exp(2) / (Math.Exp(2) + 1), classifier.Score("Certified.")["PL1001"], 12);
        Assert.Equal(0.5, classifier.Score("Nothing known.")["PL1001"], 12);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PolicyLint.sln not found above the test directory.");
    }
}
