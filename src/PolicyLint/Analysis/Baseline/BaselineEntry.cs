namespace PolicyLint.Analysis.Baseline;

/// <summary>
/// One finding recorded in a baseline: the document (a path relative to the baseline file, '/' separators), the rule,
/// the fingerprint that identifies the finding across edits, the words it was about (for people reading the file) and
/// a reason a team may fill in.
/// </summary>
internal sealed record BaselineEntry(string Path, string Rule, string Fingerprint, string Text, string Reason);
