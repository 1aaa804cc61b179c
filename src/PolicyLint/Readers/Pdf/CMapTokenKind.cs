namespace PolicyLint.Readers.Pdf;

/// <summary>Kinds of <see cref="CMapToken"/>.</summary>
internal enum CMapTokenKind
{
    End,
    Word,
    Name,
    String,
    ArrayStart,
    ArrayEnd,
}
