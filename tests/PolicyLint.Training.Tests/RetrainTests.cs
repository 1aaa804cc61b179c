using System.Globalization;
using PolicyLint.Rules.Learning;
using PolicyLint.Training;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Training.Tests;

public class RetrainTests(RetrainFixture fixture, ITestOutputHelper output) : IClassFixture<RetrainFixture>
{
    private const string Advice = "Run 'dotnet run --project tools/PolicyLint.Training' and commit the weights file it writes.";

    [Fact]
    public void TheShippedWeightsAreWhatTrainingOnTheCheckedInSentencesGives()
    {
        output.WriteLine($"Re-trained ({Evaluation.Folds}-fold evaluation and the final model) in {fixture.Elapsed.TotalSeconds:F1} s.");
        var shipped = File.ReadAllText(Path.Combine(fixture.Root, WeightsFile.RelativePath)).ReplaceLineEndings("\n");
        if (shipped == fixture.Text)
        {
            return;
        }

        // Not byte for byte: tell stale weights (other labels, features, thresholds or figures) from a last-digit
        // rounding difference that another CPU's floating point could give.
        var expected = Rows(fixture.Text);
        var actual = Rows(shipped);
        Assert.True(expected.Count == actual.Count, $"{WeightsFile.RelativePath} has {actual.Count} rows, a re-train gives {expected.Count}. {Advice}");
        double worst = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            bool numeric = e[0] is "bias" || e[0].Contains(':', StringComparison.Ordinal);
            Assert.True(e[0] == a[0] && e.Length == a.Length, $"{WeightsFile.RelativePath} row {i + 1} is '{a[0]}', a re-train gives '{e[0]}'. {Advice}");
            for (int k = 1; k < e.Length; k++)
            {
                if (!numeric)
                {
                    Assert.True(e[k] == a[k], $"{WeightsFile.RelativePath}: '{e[0]}' is {string.Join(' ', a[1..])}, a re-train gives {string.Join(' ', e[1..])}. {Advice}");
                    continue;
                }

                double diff = Math.Abs(double.Parse(e[k], CultureInfo.InvariantCulture) - double.Parse(a[k], CultureInfo.InvariantCulture));
                worst = Math.Max(worst, diff);
                Assert.True(diff <= 1e-4, $"{WeightsFile.RelativePath}: '{e[0]}' weight {k} is {a[k]}, a re-train gives {e[k]}. {Advice}");
            }
        }

        output.WriteLine($"Equal up to rounding (largest difference {worst:G3}).");
    }

    [Fact]
    public void ThePlainCSharpScorerReproducesMlNetOnTheHeldOutRows()
    {
        var classifier = ClauseClassifier.Load(new StringReader(fixture.Text));
        var shipped = ClauseClassifier.Default;
        Assert.Equal(fixture.Model.Labels, classifier.Labels);
        var heldOut = fixture.Rows.Where((_, i) => i % Evaluation.Folds == Evaluation.Folds - 1).Select(r => r.Sentence).ToList();
        var mlnet = fixture.Model.Predict(heldOut);
        double worst = 0;
        for (int i = 0; i < heldOut.Count; i++)
        {
            var ours = classifier.Score(heldOut[i]).Probabilities;
            var theirs = shipped.Score(heldOut[i]).Probabilities;
            for (int k = 0; k < ours.Count; k++)
            {
                worst = Math.Max(worst, Math.Abs(ours[k] - mlnet[i][k]));
                Assert.True(Math.Abs(ours[k] - mlnet[i][k]) <= 1e-5, $"'{heldOut[i]}': {classifier.Labels[k]} is {ours[k]:G8} in C#, {mlnet[i][k]:G8} in ML.NET.");
                Assert.True(Math.Abs(theirs[k] - mlnet[i][k]) <= 1e-5, $"'{heldOut[i]}': the shipped weights give {classifier.Labels[k]} {theirs[k]:G8}, ML.NET {mlnet[i][k]:G8}. {Advice}");
            }
        }

        output.WriteLine($"{heldOut.Count} held-out rows, largest difference {worst:G3}.");
    }

    [Fact]
    public void TheHeldOutFiguresStayAboveTheirFloors()
    {
        output.WriteLine(fixture.Evaluation.Report());
        var metrics = fixture.Evaluation.Metrics();
        double Metric(string name) => double.Parse(metrics[name], CultureInfo.InvariantCulture);

        // Measured on 1,661 rows: macro F1 0.901, none kept 0.956. Floors a few points lower, so adding sentences does
        // not break the build but a broken featurizer or regularisation does.
        Assert.True(Metric("oof.macro-f1") >= 0.85, $"macro F1 {metrics["oof.macro-f1"]}");
        Assert.True(Metric("oof.none-kept-below-threshold") >= 0.95, $"none kept {metrics["oof.none-kept-below-threshold"]}");
        Assert.True(Metric("oof.accuracy") >= 0.85, $"accuracy {metrics["oof.accuracy"]}");
    }

    [Fact]
    public void TheTrainingFileIsWellFormed()
    {
        Assert.True(fixture.Rows.Count >= 1500, $"{fixture.Rows.Count} rows");
        Assert.Equal(fixture.Rows.Count, fixture.Rows.Select(r => r.Sentence).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ClauseTrainer.LabelsOf(fixture.Rows).Where(l => l != ClauseTrainer.NoneLabel), label => Assert.True(fixture.Rows.Count(r => r.Label == label) >= 30, label));
        Assert.Equal(["board", "easyread", "nhs", "plain", "school", "spec", "template"], fixture.Rows.Select(r => r.Voice).Distinct().Order(StringComparer.Ordinal));
    }

    private static List<string[]> Rows(string text) =>
        [.. text.Split('\n').Where(line => line.Length > 0 && line[0] != '#').Select(line => line.Split('\t'))];
}
