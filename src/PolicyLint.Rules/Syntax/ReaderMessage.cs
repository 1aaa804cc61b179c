namespace PolicyLint.Rules.Syntax;

/// <summary>Something a reader could not read (a skipped part, no text layer), reported as a PL9xxx finding.</summary>
public sealed record ReaderMessage(string RuleId, string Message);
