namespace PolicyLint.Readers.Pdf;

/// <summary>The part of the PDF graphics state that affects where text lands (saved by q, restored by Q).</summary>
internal sealed record GraphicsState(
    PdfMatrix Ctm,
    PdfFont? Font,
    double FontSize,
    double CharSpacing,
    double WordSpacing,
    double HorizontalScale,
    double Leading,
    double Rise)
{
    public static GraphicsState Initial(PdfMatrix ctm) => new(ctm, null, 0, 0, 0, 1, 0, 0);
}
