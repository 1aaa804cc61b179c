namespace PolicyLint.Training;

/// <summary>One row of the training file: a rule id or <c>none</c>, the voice it is written in, the sentence.</summary>
public sealed record LabelledSentence(string Label, string Voice, string Sentence);
