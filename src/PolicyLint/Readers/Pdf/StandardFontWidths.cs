namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Approximate advance widths (1/1000 em) for ASCII in the standard 14 fonts, for files that use them without a
/// /Widths array. Only word gaps depend on these, so regular weights stand in for bold and italic.
/// </summary>
internal static class StandardFontWidths
{
    // Codes 32..126.
    private static readonly short[] Helvetica =
    [
        278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly short[] Times =
    [
        250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];

    /// <summary>The width of <paramref name="code"/> in the named base font, or null when the font is not one we know.</summary>
    public static double? Width(string baseFont, int code)
    {
        string name = baseFont.TrimStart('/');
        int plus = name.IndexOf('+', StringComparison.Ordinal);
        if (plus == 6)
        {
            name = name[7..];
        }

        if (name.StartsWith("Courier", StringComparison.OrdinalIgnoreCase))
        {
            return 600;
        }

        short[]? table = name.StartsWith("Helvetica", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Arial", StringComparison.OrdinalIgnoreCase)
            ? Helvetica
            : name.StartsWith("Times", StringComparison.OrdinalIgnoreCase) ? Times : null;
        if (table is null)
        {
            return null;
        }

        return code is >= 32 and <= 126 ? table[code - 32] : 500;
    }
}
