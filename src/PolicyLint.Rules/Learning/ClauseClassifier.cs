using System.Globalization;

namespace PolicyLint.Rules.Learning;

/// <summary>
/// A learned second opinion on required clauses: a multiclass logistic regression (maximum entropy) over
/// <see cref="SentenceFeaturizer"/> features that says how probably a sentence or paragraph states, or is about, each
/// PL1001–PL1020 clause, or none of them. Trained with Microsoft.ML by tools/PolicyLint.Training on the labelled
/// sentences in tools/PolicyLint.Training/data/clause-sentences.tsv; the weights, biases, vocabulary and recommended
/// thresholds are exported to the embedded resource <c>Learning/clause-classifier.tsv</c> and scored here in plain C#
/// (a sparse dot product and a softmax; no Microsoft.ML at run time). The model never decides a clause on its own: it
/// ranks where to look and says "possibly stated". Immutable once loaded: deterministic and thread-safe.
/// </summary>
public sealed class ClauseClassifier
{
    /// <summary>The label of text about no required clause.</summary>
    public const string NoneLabel = "none";

    /// <summary>The logical name of the embedded weights file.</summary>
    public const string ResourceName = "PolicyLint.Rules.Learning.clause-classifier.tsv";

    private static readonly Lazy<ClauseClassifier> Lazy = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] _labels;
    private readonly double[] _biases;
    private readonly double[] _thresholds;
    private readonly Dictionary<string, int> _vocabulary;

    // Feature-major: the weights of feature f for every label sit at [f * labels, (f + 1) * labels).
    private readonly double[] _weights;

    private ClauseClassifier(string[] labels, double[] biases, double[] thresholds, double globalThreshold, Dictionary<string, int> vocabulary, double[] weights, IReadOnlyDictionary<string, string> metrics)
    {
        _labels = labels;
        _biases = biases;
        _thresholds = thresholds;
        GlobalThreshold = globalThreshold;
        _vocabulary = vocabulary;
        _weights = weights;
        Metrics = metrics;
    }

    /// <summary>The classifier from the embedded weights file, loaded once.</summary>
    public static ClauseClassifier Default => Lazy.Value;

    /// <summary>The labels, in the order of the weights file: rule ids, then <see cref="NoneLabel"/>.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The rule ids the classifier knows (every label but <see cref="NoneLabel"/>).</summary>
    public IEnumerable<string> Rules => _labels.Where(l => l != NoneLabel);

    /// <summary>The number of features in the vocabulary.</summary>
    public int VocabularySize => _vocabulary.Count;

    /// <summary>
    /// The recommended probability above which a text is "possibly" about any rule, chosen by the training tool on
    /// out-of-fold predictions so that at least 95% of the <c>none</c> sentences stay below it.
    /// </summary>
    public double GlobalThreshold { get; }

    /// <summary>The held-out figures the training tool measured (name → value, as written in the weights file).</summary>
    public IReadOnlyDictionary<string, string> Metrics { get; }

    /// <summary>
    /// The recommended probability at or above which a text is "possibly" about <paramref name="ruleId"/> (see the
    /// weights file's <c>threshold</c> row and tools/PolicyLint.Training/README.md); <see cref="GlobalThreshold"/>
    /// for a rule the classifier does not know.
    /// </summary>
    public double Threshold(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        int i = Array.IndexOf(_labels, ruleId);
        return i < 0 || ruleId == NoneLabel ? GlobalThreshold : _thresholds[i];
    }

    /// <summary>The probability of every label for <paramref name="text"/> (a sentence or a paragraph).</summary>
    public ClauseScores Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (indices, value) = SentenceFeaturizer.Vectorize(text, _vocabulary);
        int n = _labels.Length;
        var scores = new double[n];
        Array.Copy(_biases, scores, n);
        foreach (int f in indices)
        {
            int row = f * n;
            for (int k = 0; k < n; k++)
            {
                scores[k] += _weights[row + k] * value;
            }
        }

        double max = scores.Max();
        double sum = 0;
        for (int k = 0; k < n; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (int k = 0; k < n; k++)
        {
            scores[k] /= sum;
        }

        return new ClauseScores(_labels, scores);
    }

    /// <summary>The probability that <paramref name="text"/> states or is about <paramref name="ruleId"/>.</summary>
    public double Probability(string ruleId, string text) => Score(text)[ruleId];

    /// <summary>
    /// True when <paramref name="text"/>'s most probable rule is <paramref name="ruleId"/> (ahead of every other rule
    /// and of <c>none</c>) with a probability at or above <see cref="Threshold(string)"/>: "possibly stated here".
    /// </summary>
    public bool IsPossibly(string ruleId, string text)
    {
        var scores = Score(text);
        var (top, p) = scores.Top;
        return top == ruleId && p >= Threshold(ruleId);
    }

    /// <summary>
    /// The candidate most probably about <paramref name="ruleId"/>, with its probability, for the near-miss hint of a
    /// missing clause: among the candidates whose most probable label is that rule at or above
    /// <see cref="Threshold(string)"/>, the one with the highest probability; the earliest on a tie; null when there
    /// is none or the rule is unknown. The caller chooses the candidates (e.g. prose blocks, not titles).
    /// </summary>
    public (T Candidate, double Probability)? Best<T>(string ruleId, IEnumerable<T> candidates, Func<T, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(textOf);
        if (ruleId == NoneLabel || Array.IndexOf(_labels, ruleId) < 0)
        {
            return null;
        }

        double threshold = Threshold(ruleId);
        (T Candidate, double Probability)? best = null;
        foreach (var candidate in candidates)
        {
            var (top, p) = Score(textOf(candidate)).Top;
            if (top == ruleId && p >= threshold && (best is null || p > best.Value.Probability))
            {
                best = (candidate, p);
            }
        }

        return best;
    }

    /// <summary>
    /// The known features of <paramref name="text"/> that weigh most for <paramref name="label"/> against the other
    /// labels' average, strongest first: why the classifier thinks what it thinks.
    /// </summary>
    public IReadOnlyList<(string Feature, double Weight)> Explain(string label, string text, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(text);
        int k = Array.IndexOf(_labels, label);
        if (k < 0)
        {
            return [];
        }

        int n = _labels.Length;
        return SentenceFeaturizer.Features(text)
            .Where(_vocabulary.ContainsKey)
            .Select(f =>
            {
                int row = _vocabulary[f] * n;
                double mean = 0;
                for (int j = 0; j < n; j++)
                {
                    mean += _weights[row + j];
                }

                return (Feature: f, Weight: _weights[row + k] - (mean / n));
            })
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Feature, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>
    /// Reads a weights file: tab-separated rows <c>version</c>, <c>labels</c>, <c>bias</c>, <c>threshold</c>,
    /// <c>global-threshold</c>, <c>metric</c> name value, then one row per feature (its name, then one weight per
    /// label). Lines starting with '#' are comments.
    /// </summary>
    public static ClauseClassifier Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? labels = null;
        double[]? biases = null;
        double[]? thresholds = null;
        double globalThreshold = double.NaN;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<double>();
        var metrics = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "version":
                    if (cells.Length != 2 || cells[1] != SentenceFeaturizer.Version.ToString(CultureInfo.InvariantCulture))
                    {
                        throw new FormatException($"Line {lineNumber}: the weights were trained with another feature scheme; re-train with tools/PolicyLint.Training.");
                    }

                    break;
                case "labels":
                    labels = cells[1..];
                    break;
                case "bias":
                    biases = Numbers(cells, lineNumber, labels);
                    break;
                case "threshold":
                    thresholds = Numbers(cells, lineNumber, labels);
                    break;
                case "global-threshold":
                    globalThreshold = Parse(cells[1], lineNumber);
                    break;
                case "metric":
                    metrics[cells[1]] = cells[2];
                    break;
                default:
                    if (labels is null)
                    {
                        throw new FormatException($"Line {lineNumber}: a feature before the labels row.");
                    }

                    if (!vocabulary.TryAdd(cells[0], vocabulary.Count))
                    {
                        throw new FormatException($"Line {lineNumber}: feature '{cells[0]}' appears twice.");
                    }

                    weights.AddRange(Numbers(cells, lineNumber, labels));
                    break;
            }
        }

        if (labels is null || biases is null || thresholds is null || double.IsNaN(globalThreshold))
        {
            throw new FormatException("The weights file lacks its labels, bias, threshold or global-threshold row.");
        }

        return new ClauseClassifier(labels, biases, thresholds, globalThreshold, vocabulary, [.. weights], metrics);
    }

    private static double[] Numbers(string[] cells, int lineNumber, string[]? labels)
    {
        if (labels is null || cells.Length != labels.Length + 1)
        {
            throw new FormatException($"Line {lineNumber}: expected a name and {labels?.Length} numbers.");
        }

        var numbers = new double[labels.Length];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = Parse(cells[i + 1], lineNumber);
        }

        return numbers;
    }

    private static double Parse(string cell, int lineNumber) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new FormatException($"Line {lineNumber}: '{cell}' is not a number.");

    private static ClauseClassifier LoadDefault()
    {
        using var stream = typeof(ClauseClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
