using PolicyLint.Rules.Learning;
using PolicyLint.Rules.Similarity;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Rules.Tests.Learning;

/// <summary>
/// The clause classifier against the TF-IDF <see cref="NearMissModel"/> on the near-miss held-out paragraphs (which
/// neither was trained on), by the figures NearMissModelTests reports.
/// </summary>
public class NearMissComparisonTests(ITestOutputHelper output)
{
    private static List<(string Label, string Text)> HeldOut()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Similarity", "near-miss-heldout.tsv"));
        return NearMissModel.ParseTsv(reader);
    }

    [Fact]
    public void TheClassifierRanksHeldOutNearMissParagraphsAtLeastAsWellAsTheTfIdfModel()
    {
        var rows = HeldOut();
        var about = rows.Where(r => r.Label != ClauseClassifier.NoneLabel).ToList();
        var none = rows.Where(r => r.Label == ClauseClassifier.NoneLabel).ToList();
        var classifier = ClauseClassifier.Default;
        var tfidf = NearMissModel.Default;

        // Top-1: the best rule (ignoring none) is the paragraph's topic.
        int classifierTop1 = about.Count(r => classifier.Score(r.Text).TopRule.RuleId == r.Label);
        int tfidfTop1 = about.Count(r => TfIdfTop(tfidf, r.Text) == r.Label);

        // Accepted: the paragraph is classified to its own rule at or above the model's threshold.
        int classifierAccepted = about.Count(r => classifier.IsPossibly(r.Label, r.Text));
        int tfidfAccepted = about.Count(r => tfidf.Classify(r.Text).RuleId == r.Label);

        // Unrelated paragraphs classified to no rule.
        int classifierNone = none.Count(r => !classifier.Rules.Any(rule => classifier.IsPossibly(rule, r.Text)));
        int tfidfNone = none.Count(r => tfidf.Classify(r.Text).RuleId is null);

        // Mean reciprocal rank of the right rule among the twenty.
        double classifierMrr = about.Average(r => 1.0 / Rank(classifier.Rules.OrderByDescending(rule => classifier.Score(r.Text)[rule]).ThenBy(x => x, StringComparer.Ordinal), r.Label));
        double tfidfMrr = about.Average(r => 1.0 / Rank(tfidf.Rules.OrderByDescending(rule => tfidf.Score(rule, r.Text)).ThenBy(x => x, StringComparer.Ordinal), r.Label));

        output.WriteLine($"Held out: {about.Count} topic paragraphs, {none.Count} unrelated.");
        output.WriteLine($"                 top-1        accepted     none rejected   MRR");
        output.WriteLine($"classifier       {classifierTop1,2}/{about.Count} {classifierTop1 / (double)about.Count:F3}  {classifierAccepted,2}/{about.Count} {classifierAccepted / (double)about.Count:F3}  {classifierNone,2}/{none.Count} {classifierNone / (double)none.Count:F3}  {classifierMrr:F3}");
        output.WriteLine($"TF-IDF           {tfidfTop1,2}/{about.Count} {tfidfTop1 / (double)about.Count:F3}  {tfidfAccepted,2}/{about.Count} {tfidfAccepted / (double)about.Count:F3}  {tfidfNone,2}/{none.Count} {tfidfNone / (double)none.Count:F3}  {tfidfMrr:F3}");
        foreach (var r in about.Where(r => classifier.Score(r.Text).TopRule.RuleId != r.Label))
        {
            output.WriteLine($"  classifier top-1 miss {r.Label} -> {classifier.Score(r.Text).TopRule}: {r.Text}");
        }

        foreach (var r in about.Where(r => !classifier.IsPossibly(r.Label, r.Text)))
        {
            var top = classifier.Score(r.Text).Top;
            output.WriteLine($"  classifier not accepted {r.Label} (top {top.Label} {top.Probability:F3}, own {classifier.Score(r.Text)[r.Label]:F3}): {r.Text}");
        }

        foreach (var r in none.Where(r => classifier.Rules.Any(rule => classifier.IsPossibly(rule, r.Text))))
        {
            output.WriteLine($"  classifier false near miss {classifier.Score(r.Text).Top}: {r.Text}");
        }
    }

    private static int Rank(IEnumerable<string> ordered, string label) => ordered.ToList().IndexOf(label) + 1;

    private static string? TfIdfTop(NearMissModel model, string text) =>
        model.Rules.Select(r => (Rule: r, Score: model.Score(r, text))).OrderByDescending(x => x.Score).ThenBy(x => x.Rule, StringComparer.Ordinal)
            .Select(x => x.Rule).FirstOrDefault();
}
