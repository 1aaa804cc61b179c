using System.Globalization;
using System.Text;

namespace PolicyLint.Training;

/// <summary>
/// Held-out figures and recommended thresholds, from out-of-fold predictions: the rows are split into
/// <see cref="Folds"/> folds by position (row i is in fold i mod 5, so "every 5th row" is one fold), each fold is
/// predicted by a model trained (vocabulary included) on the other four.
/// </summary>
public sealed class Evaluation
{
    /// <summary>The number of folds.</summary>
    public const int Folds = 5;

    /// <summary>The share of <c>none</c> rows the global threshold must keep from being flagged as any rule.</summary>
    public const double NoneKeptTarget = 0.95;

    /// <summary>The precision a per-rule threshold aims for on out-of-fold predictions.</summary>
    public const double RulePrecisionTarget = 0.9;

    private const double Step = 0.05;

    private Evaluation(IReadOnlyList<string> labels, IReadOnlyList<LabelledSentence> rows, IReadOnlyList<float[]> probabilities)
    {
        Labels = labels;
        Rows = rows;
        Probabilities = probabilities;
        GlobalThreshold = ChooseGlobalThreshold();
        Thresholds = [.. labels.Select(l => l == ClauseTrainer.NoneLabel ? GlobalThreshold : ChooseRuleThreshold(l))];
    }

    /// <summary>The classes.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The evaluated rows.</summary>
    public IReadOnlyList<LabelledSentence> Rows { get; }

    /// <summary>The out-of-fold probabilities of each row.</summary>
    public IReadOnlyList<float[]> Probabilities { get; }

    /// <summary>The recommended global "possibly stated" threshold.</summary>
    public double GlobalThreshold { get; }

    /// <summary>The recommended threshold per label (the global one for <c>none</c>).</summary>
    public IReadOnlyList<double> Thresholds { get; }

    /// <summary>Cross-validates on <paramref name="rows"/>.</summary>
    public static Evaluation CrossValidate(IReadOnlyList<LabelledSentence> rows, IReadOnlyList<string> labels)
    {
        var probabilities = new float[rows.Count][];

        // Folds train in parallel: each model is trained on one thread with its own seeded context, so the result does
        // not depend on the scheduling.
        Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Folds, Environment.ProcessorCount) }, fold =>
        {
            var train = rows.Where((_, i) => i % Folds != fold).ToList();
            var test = Enumerable.Range(0, rows.Count).Where(i => i % Folds == fold).ToList();
            var model = ClauseTrainer.Train(train, labels);
            var predicted = model.Predict(test.Select(i => rows[i].Sentence));
            for (int k = 0; k < test.Count; k++)
            {
                probabilities[test[k]] = predicted[k];
            }
        });

        return new Evaluation(labels, rows, probabilities);
    }

    /// <summary>The label with the highest probability for row <paramref name="i"/>.</summary>
    public string Predicted(int i) => Labels[Argmax(Probabilities[i])];

    /// <summary>True when row <paramref name="i"/> is flagged as <paramref name="rule"/> at <paramref name="threshold"/>.</summary>
    public bool Flagged(int i, string rule, double threshold) => Predicted(i) == rule && Probabilities[i][IndexOf(rule)] >= threshold;

    /// <summary>True when row <paramref name="i"/> is flagged as any rule at that rule's recommended threshold.</summary>
    public bool FlaggedAtThreshold(int i)
    {
        var label = Predicted(i);
        return label != ClauseTrainer.NoneLabel && Probabilities[i][IndexOf(label)] >= Thresholds[IndexOf(label)];
    }

    /// <summary>Precision, recall and F1 of <paramref name="label"/> by the most probable label, on the rows selected.</summary>
    public (double Precision, double Recall, double F1, int Support) Score(string label, Func<int, bool>? rowFilter = null)
    {
        int tp = 0, fp = 0, fn = 0, support = 0;
        for (int i = 0; i < Rows.Count; i++)
        {
            if (rowFilter is not null && !rowFilter(i))
            {
                continue;
            }

            bool actual = Rows[i].Label == label;
            bool predicted = Predicted(i) == label;
            support += actual ? 1 : 0;
            tp += actual && predicted ? 1 : 0;
            fp += !actual && predicted ? 1 : 0;
            fn += actual && !predicted ? 1 : 0;
        }

        double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), support);
    }

    /// <summary>The headline figures, by name (written into the weights file and printed).</summary>
    public SortedDictionary<string, string> Metrics()
    {
        var metrics = new SortedDictionary<string, string>(StringComparer.Ordinal);
        static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
        var all = Enumerable.Range(0, Rows.Count).ToList();
        var noneRows = all.Where(i => Rows[i].Label == ClauseTrainer.NoneLabel).ToList();
        var ruleRows = all.Where(i => Rows[i].Label != ClauseTrainer.NoneLabel).ToList();
        metrics["rows"] = Rows.Count.ToString(CultureInfo.InvariantCulture);
        metrics["oof.accuracy"] = F(all.Count(i => Predicted(i) == Rows[i].Label) / (double)all.Count);
        metrics["oof.macro-f1"] = F(Labels.Average(l => Score(l).F1));
        metrics["oof.macro-f1-rules"] = F(Labels.Where(l => l != ClauseTrainer.NoneLabel).Average(l => Score(l).F1));
        metrics["oof.none-kept-below-threshold"] = F(noneRows.Count(i => !FlaggedAtThreshold(i)) / (double)noneRows.Count);
        metrics["oof.rule-flagged-correctly"] = F(ruleRows.Count(i => FlaggedAtThreshold(i) && Predicted(i) == Rows[i].Label) / (double)ruleRows.Count);
        bool Fifth(int i) => i % Folds == Folds - 1;
        metrics["fifth.accuracy"] = F(all.Where(Fifth).Count(i => Predicted(i) == Rows[i].Label) / (double)all.Count(Fifth));
        metrics["fifth.macro-f1"] = F(Labels.Average(l => Score(l, Fifth).F1));
        return metrics;
    }

    /// <summary>A readable report: per-label precision/recall/F1, the thresholds and the headline figures.</summary>
    public string Report()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"Out-of-fold ({Folds} folds by row position), {Rows.Count} rows:");
        s.AppendLine("label     support  precision  recall     F1   threshold  flagged@t");
        foreach (var label in Labels)
        {
            var (p, r, f1, support) = Score(label);
            var t = Thresholds[IndexOf(label)];
            int flagged = label == ClauseTrainer.NoneLabel
                ? Enumerable.Range(0, Rows.Count).Count(i => Rows[i].Label == label && !FlaggedAtThreshold(i))
                : Enumerable.Range(0, Rows.Count).Count(i => Rows[i].Label == label && Flagged(i, label, t));
            s.AppendLine(CultureInfo.InvariantCulture, $"{label,-8} {support,8}  {p,9:F3}  {r,6:F3}  {f1,5:F3}  {t,10:F2}  {flagged,5}/{support}");
        }

        foreach (var (name, value) in Metrics())
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"{name} = {value}");
        }

        return s.ToString();
    }

    private static int Argmax(float[] p)
    {
        int best = 0;
        for (int k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return best;
    }

    private int IndexOf(string label) => Labels.ToList().IndexOf(label);

    private static IEnumerable<double> Grid()
    {
        for (int k = 4; k <= 19; k++)
        {
            yield return Math.Round(k * Step, 2);
        }
    }

    // The lowest threshold (0.20–0.95) at which at least 95% of none rows are flagged as no rule.
    private double ChooseGlobalThreshold()
    {
        var noneRows = Enumerable.Range(0, Rows.Count).Where(i => Rows[i].Label == ClauseTrainer.NoneLabel).ToList();
        foreach (var t in Grid())
        {
            int kept = noneRows.Count(i => Predicted(i) == ClauseTrainer.NoneLabel || Probabilities[i][Argmax(Probabilities[i])] < t);
            if (kept >= NoneKeptTarget * noneRows.Count)
            {
                return t;
            }
        }

        return 0.95;
    }

    // The lowest threshold, not below the global one, at which the rows flagged as the rule are at least 90% that rule.
    private double ChooseRuleThreshold(string rule)
    {
        foreach (var t in Grid().Where(t => t >= GlobalThreshold))
        {
            var flagged = Enumerable.Range(0, Rows.Count).Where(i => Flagged(i, rule, t)).ToList();
            if (flagged.Count > 0 && flagged.Count(i => Rows[i].Label == rule) >= RulePrecisionTarget * flagged.Count)
            {
                return t;
            }
        }

        return 0.95;
    }
}
