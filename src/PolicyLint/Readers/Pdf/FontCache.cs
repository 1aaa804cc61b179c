using PdfSharp.Pdf;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Fonts parsed once per document: pages share font dictionaries, and parsing a ToUnicode CMap on every page of a
/// 350-page book would dominate the run time.
/// </summary>
internal sealed class FontCache
{
    private readonly Dictionary<PdfDictionary, PdfFont> _fonts = new(ReferenceEqualityComparer.Instance);
    private PdfFont? _unknown;

    public PdfFont Get(PdfDictionary? dict)
    {
        if (dict is null)
        {
            return _unknown ??= PdfFont.Create(null);
        }

        if (!_fonts.TryGetValue(dict, out var font))
        {
            font = PdfFont.Create(dict);
            _fonts[dict] = font;
        }

        return font;
    }
}
