using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PolicyLint.Training;

/// <summary>A model trained by <see cref="ClauseTrainer"/>: ML.NET's transformer, its classes, vocabulary and weights.</summary>
public sealed class TrainedClassifier
{
    private readonly MLContext _ml;
    private readonly IReadOnlyDictionary<string, int> _index;

    internal TrainedClassifier(MLContext ml, TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> model, List<string> labels, List<string> vocabulary, IReadOnlyDictionary<string, int> index)
    {
        _ml = ml;
        Model = model;
        _index = index;
        Labels = labels;
        Vocabulary = vocabulary;
        var parameters = model.LastTransformer.Model;
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out int classes);
        if (classes != labels.Count)
        {
            throw new InvalidOperationException($"ML.NET trained {classes} classes for {labels.Count} labels.");
        }

        Weights = [.. weights.Select(w => w.DenseValues().ToArray())];
        Biases = [.. parameters.GetBiases()];
    }

    /// <summary>The ML.NET model (key mapping and maximum-entropy predictor).</summary>
    public TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> Model { get; }

    /// <summary>The classes, in ML.NET's key order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The features, in index order.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Weights[class][feature].</summary>
    public IReadOnlyList<float[]> Weights { get; }

    /// <summary>Biases[class].</summary>
    public IReadOnlyList<float> Biases { get; }

    /// <summary>ML.NET's probabilities for each sentence, one array per sentence in the order of <see cref="Labels"/>.</summary>
    public List<float[]> Predict(IEnumerable<string> sentences)
    {
        var rows = sentences.Select(s => ClauseTrainer.ToRow(Labels[0], s, _index)).ToList();
        var data = _ml.Data.LoadFromEnumerable(rows, ClauseTrainer.Schema(Vocabulary.Count));
        var scored = Model.Transform(data);
        return [.. scored.GetColumn<float[]>("Score")];
    }
}
