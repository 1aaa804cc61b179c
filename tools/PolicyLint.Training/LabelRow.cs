namespace PolicyLint.Training;

/// <summary>A label, to fix the order of ML.NET's label keys.</summary>
internal sealed class LabelRow
{
    public string Label { get; set; } = "";
}
