using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Diagnostics;

/// <summary>A suggested replacement: the span to replace and the text to put there.</summary>
public sealed record Fix(TextSpan Span, string Replacement);
