using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>A phrase found in a sentence: which phrase, which tokens, and the text span they cover.</summary>
public readonly record struct PhraseMatch(Phrase Phrase, int FirstToken, int LastToken, TextSpan Span);
