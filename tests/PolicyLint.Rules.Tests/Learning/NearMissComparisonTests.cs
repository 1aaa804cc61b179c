using PolicyLint.Rules.Learning;
using PolicyLint.Rules.Similarity;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Rules.Tests.Learning;

/// <summary>
/// The clause classifier against the TF-IDF <see cref="NearMissModel"/> at finding the paragraph about a clause, on
/// paragraphs neither was trained on: (1) the near-miss held-out set NearMissModelTests uses; (2) the near-miss model's
/// own training paragraphs, which the classifier never saw, with the TF-IDF model scored leave-one-out (rebuilt
/// without the paragraph, as it would meet an unseen one).
/// </summary>
public class NearMissComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public void ClassifierAndTfIdfModelOnNearMissParagraphs()
    {
        var classifier = ClauseClassifier.Default;
        var tfidf = NearMissModel.Default;
        var heldOut = HeldOut();
        var c1 = Measure(heldOut, classifier);
        var t1 = Measure(heldOut, (_, text) => tfidf.Score, text => tfidf.Classify(text).RuleId, tfidf.Rules);

        var training = Training();
        var c2 = Measure(training, classifier);

        // Each leave-one-out model chooses its own threshold by leave-one-out: built in parallel, once per paragraph.
        var leaveOneOut = new System.Collections.Concurrent.ConcurrentDictionary<string, NearMissModel>(StringComparer.Ordinal);
        Parallel.ForEach(training.Select(r => r.Text).Distinct(), text => leaveOneOut[text] = new NearMissModel([.. training.Where(r => r.Text != text)]));
        NearMissModel Without(string text) => leaveOneOut[text];
        var t2 = Measure(training, (_, text) => Without(text).Score, text => Without(text).Classify(text).RuleId, tfidf.Rules);

        output.WriteLine("                                   top-1   accepted  none rejected   MRR");
        output.WriteLine($"held-out ({c1.About} topic, {c1.None} none)   classifier  {c1}");
        output.WriteLine($"                                TF-IDF      {t1}");
        output.WriteLine($"near-miss training ({c2.About}, {c2.None}) classifier  {c2}");
        output.WriteLine($"                     TF-IDF leave-one-out  {t2}");
        foreach (var (label, text) in heldOut.Where(r => r.Label != ClauseClassifier.NoneLabel && classifier.Score(r.Text).TopRule.RuleId != r.Label))
        {
            output.WriteLine($"  held-out top-1 miss {label} -> {classifier.Score(text).TopRule}: {text}");
        }

        // Measured: held-out top-1 0.869 (TF-IDF 0.951), accepted 0.639 (0.902), none rejected 0.955 (0.955);
        // near-miss training top-1 0.884 (TF-IDF leave-one-out 0.616), none rejected 1.000 (0.875). Floors a few points lower so that new sentences do not break the
        // build but a broken model does.
        Assert.True(c1.Top1 >= 0.8, $"held-out top-1 {c1.Top1:F3}");
        Assert.True(c1.NoneRejected >= 0.9, $"held-out none rejected {c1.NoneRejected:F3}");
        Assert.True(c2.Top1 >= 0.85, $"near-miss training top-1 {c2.Top1:F3}");
    }

    private static Figures Measure(List<(string Label, string Text)> rows, ClauseClassifier classifier) =>
        Measure(rows, (rule, text) => t => classifier.Score(text)[t], text => classifier.Rules.FirstOrDefault(rule => classifier.IsPossibly(rule, text)), classifier.Rules);

    // score(rule, text) gives a scorer for the paragraph's rules; classify gives the accepted rule or null.
    private static Figures Measure(List<(string Label, string Text)> rows, Func<string, string, Func<string, string, double>> scorer, Func<string, string?> classify, IEnumerable<string> rules) =>
        Measure(rows, (rule, text) => scorer(rule, text)(rule, text), classify, rules);

    private static Figures Measure(List<(string Label, string Text)> rows, Func<string, string, Func<string, double>> scorer, Func<string, string?> classify, IEnumerable<string> rules) =>
        Measure(rows, (rule, text) => scorer(rule, text)(rule), classify, rules);

    private static Figures Measure(List<(string Label, string Text)> rows, Func<string, string, double> score, Func<string, string?> classify, IEnumerable<string> rules)
    {
        var ruleList = rules.ToList();
        var about = rows.Where(r => r.Label != ClauseClassifier.NoneLabel).ToList();
        var none = rows.Where(r => r.Label == ClauseClassifier.NoneLabel).ToList();
        var ranks = about.Select(r => ruleList.Select(rule => (Rule: rule, Score: score(rule, r.Text)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Rule, StringComparer.Ordinal).Select(x => x.Rule).ToList().IndexOf(r.Label) + 1).ToList();
        return new Figures(
            about.Count,
            none.Count,
            ranks.Count(rank => rank == 1) / (double)about.Count,
            about.Count(r => classify(r.Text) == r.Label) / (double)about.Count,
            none.Count(r => classify(r.Text) is null) / (double)Math.Max(1, none.Count),
            ranks.Average(rank => rank == 0 ? 0 : 1.0 / rank));
    }

    private static List<(string Label, string Text)> HeldOut()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Similarity", "near-miss-heldout.tsv"));
        return NearMissModel.ParseTsv(reader);
    }

    private static List<(string Label, string Text)> Training()
    {
        using var stream = typeof(NearMissModel).Assembly.GetManifestResourceStream(NearMissModel.ResourceName)!;
        using var reader = new StreamReader(stream);
        return NearMissModel.ParseTsv(reader);
    }

    private readonly record struct Figures(int About, int None, double Top1, double Accepted, double NoneRejected, double Mrr)
    {
        public override string ToString() => $"{Top1:F3}   {Accepted:F3}     {NoneRejected:F3}      {Mrr:F3}";
    }
}
