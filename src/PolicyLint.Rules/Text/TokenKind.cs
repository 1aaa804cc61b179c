namespace PolicyLint.Rules.Text;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with internal apostrophes or hyphens joined ("person's").</summary>
    Word,

    /// <summary>Digits, possibly with internal dots ("3.2", "2018").</summary>
    Number,

    /// <summary>A single punctuation or symbol character.</summary>
    Punctuation,
}
