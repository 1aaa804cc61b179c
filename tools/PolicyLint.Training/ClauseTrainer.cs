using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PolicyLint.Rules.Learning;

namespace PolicyLint.Training;

/// <summary>
/// Trains the clause classifier: <see cref="SentenceFeaturizer"/> features, a vocabulary of the features seen in at
/// least <see cref="MinFeatureCount"/> training sentences, and ML.NET's multiclass <c>LbfgsMaximumEntropy</c> with a
/// fixed seed on one thread, so the same file always gives the same weights.
/// </summary>
public static class ClauseTrainer
{
    /// <summary>L2 regularisation. ML.NET's default (1) is far too strong for ~2,000 rows and predicts <c>none</c> for everything.</summary>
    public const float L2Regularization = 0.01f;

    /// <summary>No L1: every weight is kept, and the plain C# scorer reproduces ML.NET exactly.</summary>
    public const float L1Regularization = 0f;

    /// <summary>
    /// L-BFGS stops when the relative improvement falls below this: ML.NET's default, kept because a well-converged
    /// optimum makes the rounded weights insensitive to floating-point differences between machines (1e-5 was 25%
    /// faster with the same figures; 1e-4 lost a point of accuracy).
    /// </summary>
    public const float OptimizationTolerance = 1e-7f;

    /// <summary>A feature enters the vocabulary when it occurs in at least this many training sentences.</summary>
    public const int MinFeatureCount = 2;

    /// <summary>The seed of the ML context.</summary>
    public const int Seed = 1;

    /// <summary>The label of sentences about no clause.</summary>
    public const string NoneLabel = ClauseClassifier.NoneLabel;

    /// <summary>Reads <c>label&lt;TAB&gt;voice&lt;TAB&gt;sentence</c> rows after a header row; '#' lines are comments.</summary>
    public static List<LabelledSentence> ReadTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<LabelledSentence>();
        int lineNumber = 0;
        bool header = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header)
            {
                header = false;
                if (cells is not ["label", "voice", "sentence"])
                {
                    throw new FormatException($"Line {lineNumber}: expected the header 'label<TAB>voice<TAB>sentence'.");
                }

                continue;
            }

            if (cells.Length != 3 || cells[0].Length == 0 || cells[2].Trim().Length == 0)
            {
                throw new FormatException($"Line {lineNumber}: expected 'label<TAB>voice<TAB>sentence'.");
            }

            if (cells[0] != NoneLabel && !(cells[0].Length == 6 && cells[0].StartsWith("PL10", StringComparison.Ordinal)))
            {
                throw new FormatException($"Line {lineNumber}: unknown label '{cells[0]}'.");
            }

            rows.Add(new LabelledSentence(cells[0], cells[1].Trim(), cells[2].Trim()));
        }

        return rows;
    }

    /// <summary>Reads the training file at <paramref name="path"/>.</summary>
    public static List<LabelledSentence> ReadTsv(string path)
    {
        using var reader = new StreamReader(path);
        return ReadTsv(reader);
    }

    /// <summary>The labels of <paramref name="rows"/>: rule ids in ordinal order, then <c>none</c>.</summary>
    public static List<string> LabelsOf(IEnumerable<LabelledSentence> rows) =>
        [.. rows.Select(r => r.Label).Where(l => l != NoneLabel).Distinct().Order(StringComparer.Ordinal), NoneLabel];

    /// <summary>The features seen in at least <see cref="MinFeatureCount"/> sentences, in ordinal order.</summary>
    public static List<string> BuildVocabulary(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var feature in SentenceFeaturizer.Features(sentence))
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        return [.. counts.Where(kv => kv.Value >= MinFeatureCount).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>Trains on <paramref name="rows"/>; <paramref name="labels"/> fixes the order of the classes.</summary>
    public static TrainedClassifier Train(IReadOnlyList<LabelledSentence> rows, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        var vocabulary = BuildVocabulary(rows.Select(r => r.Sentence));
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => ToRow(r.Label, r.Sentence, index)), Schema(vocabulary.Count));
        var keys = ml.Data.LoadFromEnumerable(labels.Select(l => new LabelRow { Label = l }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = L1Regularization,
                L2Regularization = L2Regularization,
                NumberOfThreads = 1,
                OptimizationTolerance = OptimizationTolerance,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }));
        var model = pipeline.Fit(data);
        return new TrainedClassifier(ml, model, [.. labels], vocabulary, index);
    }

    internal static FeatureRow ToRow(string label, string sentence, IReadOnlyDictionary<string, int> index)
    {
        var (indices, value) = SentenceFeaturizer.Vectorize(sentence, index);
        var values = Enumerable.Repeat(value, indices.Length).ToArray();
        return new FeatureRow { Label = label, Features = new VBuffer<float>(index.Count, indices.Length, values, indices) };
    }

    internal static SchemaDefinition Schema(int size)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        return schema;
    }
}
