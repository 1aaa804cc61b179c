using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>A token with its span in the document text, its lower-case form and its stem.</summary>
public readonly record struct Token(TextSpan Span, string Lower, string Stem, TokenKind Kind)
{
    /// <summary>True for words and numbers.</summary>
    public bool IsWordLike => Kind != TokenKind.Punctuation;
}
