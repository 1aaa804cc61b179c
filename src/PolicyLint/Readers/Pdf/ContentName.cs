namespace PolicyLint.Readers.Pdf;

/// <summary>A name operand of a content stream, with its slash ("/F1").</summary>
internal sealed record ContentName(string Name);
