using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Our text layer for one font resource: splits a shown string into character codes and gives each code its Unicode
/// text and advance width. The order of trust follows what producers actually get right: ToUnicode first, then
/// /Differences glyph names, then the base or built-in encoding; for composite fonts the CID widths from /W and /DW.
/// </summary>
internal sealed partial class PdfFont
{
    private const int CacheLimit = 65_536;

    private readonly Dictionary<long, PdfGlyph> _cache = [];
    private readonly CMap? _toUnicode;
    private readonly CMap? _encodingCMap;
    private readonly Encoding? _multiByteEncoding;
    private readonly MultiByteScheme _scheme;
    private readonly string?[] _simpleTable = new string?[256];
    private readonly double[] _simpleWidths = new double[256];
    private readonly Dictionary<int, double> _cidWidths = [];
    private readonly double _defaultWidth;
    private readonly double _widthScale;
    private readonly bool _composite;

    private PdfFont(PdfDictionary? dict)
    {
        _widthScale = 0.001;
        _defaultWidth = 500;
        if (dict is null)
        {
            // An unknown font resource: keep the bytes as Latin-1 so text is not lost, with a generic width.
            for (int i = 32; i < 256; i++)
            {
                _simpleTable[i] = FontEncodings.WinAnsi[i];
                _simpleWidths[i] = _defaultWidth;
            }

            return;
        }

        string subtype = PdfItems.Name(dict, "/Subtype") ?? string.Empty;
        string baseFont = PdfItems.Name(dict, "/BaseFont") ?? string.Empty;
        var toUnicode = PdfItems.Dictionary(dict, "/ToUnicode");
        if (toUnicode is not null && PdfItems.StreamBytes(toUnicode) is { } cmapBytes)
        {
            _toUnicode = CMap.Parse(cmapBytes);
            if (!_toUnicode.HasUnicode)
            {
                _toUnicode = null;
            }
        }

        var descriptor = PdfItems.Dictionary(dict, "/FontDescriptor");
        if (subtype == "/Type0")
        {
            _composite = true;
            var descendant = PdfItems.Array(dict, "/DescendantFonts") is { } kids ? PdfItems.Dictionary(PdfItems.At(kids, 0)) : null;
            descriptor = PdfItems.Dictionary(descendant, "/FontDescriptor") ?? descriptor;
            _defaultWidth = PdfItems.Number(descendant, "/DW") ?? 1000;
            ReadCidWidths(PdfItems.Array(descendant, "/W"));
            var encoding = PdfItems.Get(dict, "/Encoding");
            string? encodingName = PdfItems.Name(encoding);
            if (encoding is PdfDictionary encodingStream && PdfItems.StreamBytes(encodingStream) is { } encBytes)
            {
                _encodingCMap = CMap.Parse(encBytes);
                encodingName = _encodingCMap.UsesCMap;
                if (!_encodingCMap.HasCodespaces && !_encodingCMap.HasCids)
                {
                    _encodingCMap = null;
                }
            }

            (_scheme, _multiByteEncoding) = PredefinedCMaps.Lookup(encodingName);
        }
        else
        {
            if (subtype == "/Type3" && PdfItems.Array(dict, "/FontMatrix") is { } fontMatrix && PdfItems.Number(PdfItems.At(fontMatrix, 0)) is double scale && scale > 0 && scale < 1)
            {
                _widthScale = scale;
            }

            LoadSimpleEncoding(dict, subtype, baseFont, descriptor);
            LoadSimpleWidths(dict, baseFont, descriptor);
        }

        double weight = PdfItems.Number(descriptor, "/FontWeight") ?? 0;
        double flags = PdfItems.Number(descriptor, "/Flags") ?? 0;
        IsBold = weight >= 600 || (((long)flags >> 18) & 1) == 1 || BoldName().IsMatch(baseFont);
    }

    /// <summary>True when the font looks bold (name, weight or ForceBold flag): a hint for headings.</summary>
    public bool IsBold { get; }

    public static PdfFont Create(PdfDictionary? dict) => new(dict);

    /// <summary>Reads the code starting at <paramref name="pos"/> of a shown string (one char per byte).</summary>
    public int NextCode(string bytes, int pos, out uint code)
    {
        int length = 1;
        if (_composite)
        {
            if (_encodingCMap is { HasCodespaces: true })
            {
                length = _encodingCMap.CodeLength(bytes, pos);
            }
            else
            {
                length = _scheme switch
                {
                    MultiByteScheme.TwoByte => 2,
                    MultiByteScheme.ShiftJis => (bytes[pos] & 0xFF) is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) ? 2 : 1,
                    MultiByteScheme.EucJp => (bytes[pos] & 0xFF) switch { 0x8F => 3, >= 0x8E => 2, _ => 1 },
                    MultiByteScheme.LeadByte => (bytes[pos] & 0xFF) >= 0x81 ? 2 : 1,
                    _ => 2,
                };
            }
        }

        length = Math.Min(length, bytes.Length - pos);
        code = 0;
        for (int i = 0; i < length; i++)
        {
            code = (code << 8) | (uint)(bytes[pos + i] & 0xFF);
        }

        return length;
    }

    public PdfGlyph Glyph(uint code, int length)
    {
        long key = ((long)length << 32) | code;
        if (_cache.TryGetValue(key, out var glyph))
        {
            return glyph;
        }

        glyph = _composite ? CompositeGlyph(code, length) : SimpleGlyph(code);
        if (_cache.Count < CacheLimit)
        {
            _cache[key] = glyph;
        }

        return glyph;
    }

    [GeneratedRegex("Bold|Black|Heavy|Semibold|SemiBold|Demi|,B", RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();

    [GeneratedRegex(@"dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>]+)\s+put", RegexOptions.CultureInvariant)]
    private static partial Regex Type1EncodingEntry();

    private PdfGlyph CompositeGlyph(uint code, int length)
    {
        int cid = _encodingCMap?.ToCid(code, length) ?? (int)code;
        double width = _cidWidths.TryGetValue(cid, out double w) ? w : (length == 1 && _scheme != MultiByteScheme.TwoByte ? _defaultWidth / 2 : _defaultWidth);
        string? text = _toUnicode?.ToUnicode(code, length);
        if (text is null && _multiByteEncoding is not null)
        {
            var bytes = new byte[length];
            for (int i = length - 1; i >= 0; i--)
            {
                bytes[i] = (byte)(code >> (8 * (length - 1 - i)));
            }

            if (_scheme == MultiByteScheme.Jis)
            {
                // Raw JIS row/cell bytes are EUC-JP without the high bit.
                for (int i = 0; i < bytes.Length; i++)
                {
                    bytes[i] |= 0x80;
                }
            }

            text = _multiByteEncoding.GetString(bytes);
        }

        text = Clean(text);
        return new PdfGlyph(text, width * _widthScale, length == 1 && code == 32);
    }

    private PdfGlyph SimpleGlyph(uint code)
    {
        int c = (int)(code & 0xFF);
        string? text = _toUnicode?.ToUnicode(code, 1) ?? _simpleTable[c];
        return new PdfGlyph(Clean(text), _simpleWidths[c] * _widthScale, c == 32);
    }

    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length == 1)
        {
            char ch = text[0];
            if (ch is '\u00A0' or '\t')
            {
                return " ";
            }

            if (char.IsControl(ch) || ch == '\uFFFD')
            {
                return string.Empty;
            }

            return text;
        }

        // Drop control characters and NULs some ToUnicode maps carry.
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001F') < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (!char.IsControl(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private void ReadCidWidths(PdfArray? w)
    {
        if (w is null)
        {
            return;
        }

        int count = w.Elements.Count;
        int i = 0;
        while (i < count && _cidWidths.Count < 200_000)
        {
            var first = PdfItems.Number(PdfItems.At(w, i));
            var next = PdfItems.At(w, i + 1);
            if (first is null)
            {
                return;
            }

            if (next is PdfArray list)
            {
                for (int k = 0; k < list.Elements.Count; k++)
                {
                    if (PdfItems.Number(PdfItems.At(list, k)) is double width)
                    {
                        _cidWidths[(int)first.Value + k] = width;
                    }
                }

                i += 2;
            }
            else
            {
                var last = PdfItems.Number(next);
                var width = PdfItems.Number(PdfItems.At(w, i + 2));
                if (last is null || width is null)
                {
                    return;
                }

                for (long cid = (long)first.Value; cid <= (long)last.Value && _cidWidths.Count < 200_000; cid++)
                {
                    _cidWidths[(int)cid] = width.Value;
                }

                i += 3;
            }
        }
    }

    private void LoadSimpleEncoding(PdfDictionary dict, string subtype, string baseFont, PdfDictionary? descriptor)
    {
        var encoding = PdfItems.Get(dict, "/Encoding");
        string?[]? baseTable = FontEncodings.ByName(PdfItems.Name(encoding));
        PdfArray? differences = null;
        if (encoding is PdfDictionary encodingDict)
        {
            baseTable = FontEncodings.ByName(PdfItems.Name(encodingDict, "/BaseEncoding"));
            differences = PdfItems.Array(encodingDict, "/Differences");
        }

        if (baseTable is null && subtype is "/Type1" or "/MMType1")
        {
            baseTable = BuiltInType1Encoding(descriptor);
        }

        baseTable ??= subtype == "/TrueType" || baseFont.Contains("Symbol", StringComparison.Ordinal) ? FontEncodings.WinAnsi : FontEncodings.Standard;
        Array.Copy(baseTable, _simpleTable, 256);
        if (subtype == "/Type3" && baseTable == FontEncodings.Standard)
        {
            // Type 3 glyph names are often private ("a12", "g3"); fall back to the code as Latin-1 for those.
            for (int i = 32; i < 256; i++)
            {
                _simpleTable[i] ??= FontEncodings.WinAnsi[i];
            }
        }

        if (differences is null)
        {
            return;
        }

        int code = 0;
        for (int i = 0; i < differences.Elements.Count; i++)
        {
            var item = PdfItems.At(differences, i);
            if (PdfItems.Number(item) is double n)
            {
                code = (int)n;
            }
            else if (PdfItems.Name(item) is { } name)
            {
                if (code is >= 0 and < 256)
                {
                    var text = GlyphNames.ToUnicode(name.TrimStart('/'));
                    if (text is not null)
                    {
                        _simpleTable[code] = text;
                    }
                }

                code++;
            }
        }
    }

    private static string?[]? BuiltInType1Encoding(PdfDictionary? descriptor)
    {
        var fontFile = PdfItems.Dictionary(descriptor, "/FontFile");
        if (fontFile is null || PdfItems.StreamBytes(fontFile) is not { } program)
        {
            return null;
        }

        // The encoding lives in the clear-text part at the start of the program.
        int clearLength = (int)Math.Min(program.Length, PdfItems.Number(fontFile, "/Length1") ?? 65_536);
        string clear = Encoding.Latin1.GetString(program, 0, Math.Min(clearLength, 200_000));
        int start = clear.IndexOf("/Encoding", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        if (string.CompareOrdinal(clear, start, "/Encoding StandardEncoding", 0, 26) == 0)
        {
            return FontEncodings.Standard;
        }

        var table = new string?[256];
        bool any = false;
        foreach (Match m in Type1EncodingEntry().Matches(clear, start))
        {
            int code = int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (code < 256)
            {
                table[code] = GlyphNames.ToUnicode(m.Groups[2].Value);
                any = true;
            }
        }

        return any ? table : null;
    }

    private void LoadSimpleWidths(PdfDictionary dict, string baseFont, PdfDictionary? descriptor)
    {
        double missing = PdfItems.Number(descriptor, "/MissingWidth") ?? 0;
        var widths = PdfItems.Array(dict, "/Widths");
        int firstChar = (int)(PdfItems.Number(dict, "/FirstChar") ?? 0);
        for (int code = 0; code < 256; code++)
        {
            double? width = null;
            if (widths is not null && code >= firstChar)
            {
                width = PdfItems.Number(PdfItems.At(widths, code - firstChar));
            }

            if (widths is null)
            {
                width = StandardFontWidths.Width(baseFont, code);
            }

            width ??= missing > 0 ? missing : (widths is null ? 500 : 0);
            _simpleWidths[code] = width.Value;
        }
    }
}
