using System.Diagnostics;
using PolicyLint.Training;

namespace PolicyLint.Training.Tests;

/// <summary>Re-trains once from the checked-in sentences, as the tool does, for all the tests of the class.</summary>
public sealed class RetrainFixture
{
    public RetrainFixture()
    {
        var watch = Stopwatch.StartNew();
        Root = WeightsFile.FindRepositoryRoot(AppContext.BaseDirectory);
        Rows = ClauseTrainer.ReadTsv(Path.Combine(Root, WeightsFile.DataPath));
        var labels = ClauseTrainer.LabelsOf(Rows);
        Evaluation = Evaluation.CrossValidate(Rows, labels);
        Model = ClauseTrainer.Train(Rows, labels);
        Text = WeightsFile.Write(Model, Evaluation);
        Elapsed = watch.Elapsed;
    }

    public string Root { get; }

    public List<LabelledSentence> Rows { get; }

    public Evaluation Evaluation { get; }

    public TrainedClassifier Model { get; }

    public string Text { get; }

    public TimeSpan Elapsed { get; }
}
