using System.Diagnostics;
using System.Globalization;
using PolicyLint.Training;

// Re-trains the clause classifier from the labelled sentences and writes the weights file PolicyLint.Rules embeds.
//   dotnet run --project tools/PolicyLint.Training            train, print held-out figures, write the weights
//   dotnet run --project tools/PolicyLint.Training -- --check only report whether the shipped weights are current
bool check = args.Contains("--check");
var root = WeightsFile.FindRepositoryRoot(Directory.GetCurrentDirectory());
var watch = Stopwatch.StartNew();
var rows = ClauseTrainer.ReadTsv(Path.Combine(root, WeightsFile.DataPath));
var labels = ClauseTrainer.LabelsOf(rows);
var evaluation = Evaluation.CrossValidate(rows, labels);
var crossValidation = watch.Elapsed;
var model = ClauseTrainer.Train(rows, labels);
var text = WeightsFile.Write(model, evaluation);
Console.WriteLine(evaluation.Report());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows, {labels.Count} labels, {model.Vocabulary.Count} features; cross-validated in {crossValidation.TotalSeconds:F1} s, trained and written in {watch.Elapsed.TotalSeconds:F1} s."));
var path = Path.Combine(root, WeightsFile.RelativePath);
bool current = File.Exists(path) && File.ReadAllText(path) == text;
if (check)
{
    Console.WriteLine(current ? "The shipped weights are current." : $"{WeightsFile.RelativePath} is stale: run 'dotnet run --project tools/PolicyLint.Training'.");
    return current ? 0 : 1;
}

File.WriteAllText(path, text);
Console.WriteLine(current ? $"{WeightsFile.RelativePath} unchanged." : $"Wrote {WeightsFile.RelativePath} ({text.Length / 1024} KB).");
return 0;
