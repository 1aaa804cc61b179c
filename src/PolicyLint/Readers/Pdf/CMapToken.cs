namespace PolicyLint.Readers.Pdf;

/// <summary>One token of a CMap program: a hex or literal string (as bytes), a name, or a bare word or number.</summary>
internal readonly record struct CMapToken(CMapTokenKind Kind, string Word, byte[]? Bytes)
{
    public bool IsWord(string word) => Kind == CMapTokenKind.Word && Word == word;
}
