namespace PolicyLint.Rules.Syntax;

/// <summary>
/// Turns an offset in the normalised text into a position in the source file. Readers record an anchor wherever the
/// mapping jumps (a new line, a new paragraph, a skipped escape); between anchors each character advances the column
/// by one. Offsets are the truth; positions are derived, never found again by searching the text.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _offsets;
    private readonly SourcePosition[] _positions;

    internal SourceMap(int[] offsets, SourcePosition[] positions)
    {
        _offsets = offsets;
        _positions = positions;
    }

    /// <summary>Number of anchors (for tests and diagnostics).</summary>
    public int AnchorCount => _offsets.Length;

    /// <summary>The source position of the character at <paramref name="offset"/>.</summary>
    public SourcePosition Map(int offset)
    {
        if (_offsets.Length == 0)
        {
            return new SourcePosition(1, 1);
        }

        int index = Array.BinarySearch(_offsets, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return _positions[0];
        }

        return _positions[index].Advance(offset - _offsets[index]);
    }
}
