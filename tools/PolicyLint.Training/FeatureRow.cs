using Microsoft.ML.Data;

namespace PolicyLint.Training;

/// <summary>The row ML.NET trains on: the label and the sparse feature vector (its size is set by a schema definition).</summary>
internal sealed class FeatureRow
{
    public string Label { get; set; } = "";

    public VBuffer<float> Features { get; set; }
}
