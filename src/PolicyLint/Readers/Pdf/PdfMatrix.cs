namespace PolicyLint.Readers.Pdf;

/// <summary>
/// A PDF affine matrix [a b c d e f]. Points are row vectors, so <c>A.Multiply(B)</c> applies A first, which is how
/// the PDF specification writes "Tm × CTM".
/// </summary>
internal readonly record struct PdfMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly PdfMatrix Identity = new(1, 0, 0, 1, 0, 0);

    public static PdfMatrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    public PdfMatrix Multiply(PdfMatrix m) => new(
        (A * m.A) + (B * m.C),
        (A * m.B) + (B * m.D),
        (C * m.A) + (D * m.C),
        (C * m.B) + (D * m.D),
        (E * m.A) + (F * m.C) + m.E,
        (E * m.B) + (F * m.D) + m.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    /// <summary>How much a vertical unit grows: the rendered size of a glyph of size 1.</summary>
    public double VerticalScale => Math.Sqrt((C * C) + (D * D));

    public bool IsFinite => double.IsFinite(A) && double.IsFinite(B) && double.IsFinite(C) && double.IsFinite(D) && double.IsFinite(E) && double.IsFinite(F);
}
