using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>A sentence of a block, with its tokens. Sentences never cross blocks.</summary>
public sealed class Sentence
{
    internal Sentence(int index, Block block, TextSpan span, IReadOnlyList<Token> tokens)
    {
        Index = index;
        Block = block;
        Span = span;
        Tokens = tokens;
    }

    /// <summary>Position in the document's sentence list.</summary>
    public int Index { get; }

    /// <summary>The block it belongs to.</summary>
    public Block Block { get; }

    /// <summary>The sentence's span.</summary>
    public TextSpan Span { get; }

    /// <summary>Its tokens in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Number of word and number tokens.</summary>
    public int WordCount => Tokens.Count(t => t.IsWordLike);
}
