using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// The base encodings of simple fonts as 256-entry tables (null = no character). WinAnsi and MacRoman come from the
/// code-page provider (cp1252, Mac Roman); Standard is ASCII with curly quotes plus its own upper half.
/// </summary>
internal static class FontEncodings
{
    private static readonly Lazy<string?[]> WinAnsiTable = new(() => FromCodePage(1252));
    private static readonly Lazy<string?[]> MacRomanTable = new(() => FromCodePage(10000));
    private static readonly Lazy<string?[]> StandardTable = new(BuildStandard);

    static FontEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string?[] WinAnsi => WinAnsiTable.Value;

    public static string?[] MacRoman => MacRomanTable.Value;

    public static string?[] Standard => StandardTable.Value;

    /// <summary>The table for an /Encoding or /BaseEncoding name; null for names we do not know.</summary>
    public static string?[]? ByName(string? name) => name switch
    {
        "/WinAnsiEncoding" => WinAnsi,
        "/MacRomanEncoding" => MacRoman,
        "/StandardEncoding" => Standard,
        "/PDFDocEncoding" => WinAnsi,
        _ => null,
    };

    private static string?[] FromCodePage(int codePage)
    {
        var encoding = Encoding.GetEncoding(codePage);
        var table = new string?[256];
        var one = new byte[1];
        for (int i = 32; i < 256; i++)
        {
            one[0] = (byte)i;
            string s = encoding.GetString(one);
            table[i] = s switch
            {
                "\u00A0" => " ",
                "\u00AD" => "-",
                _ when s.Length == 1 && char.IsControl(s[0]) => null,
                _ => s,
            };
        }

        return table;
    }

    private static string?[] BuildStandard()
    {
        var table = new string?[256];
        for (int i = 32; i < 127; i++)
        {
            table[i] = ((char)i).ToString();
        }

        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        string[] names =
        [
            "A1 exclamdown", "A2 cent", "A3 sterling", "A4 fraction", "A5 yen", "A6 florin", "A7 section", "A8 currency",
            "A9 quotesingle", "AA quotedblleft", "AB guillemotleft", "AC guilsinglleft", "AD guilsinglright", "AE fi", "AF fl",
            "B1 endash", "B2 dagger", "B3 daggerdbl", "B4 periodcentered", "B6 paragraph", "B7 bullet", "B8 quotesinglbase",
            "B9 quotedblbase", "BA quotedblright", "BB guillemotright", "BC ellipsis", "BD perthousand", "BF questiondown",
            "C1 grave", "C2 acute", "C3 circumflex", "C4 tilde", "C5 macron", "C6 breve", "C7 dotaccent", "C8 dieresis",
            "CA ring", "CB cedilla", "CD hungarumlaut", "CE ogonek", "CF caron", "D0 emdash", "E1 AE", "E3 ordfeminine",
            "E8 Lslash", "E9 Oslash", "EA OE", "EB ordmasculine", "F1 ae", "F5 dotlessi", "F8 lslash", "F9 oslash", "FA oe",
            "FB germandbls",
        ];
        foreach (var entry in names)
        {
            int code = Convert.ToInt32(entry[..2], 16);
            table[code] = GlyphNames.ToUnicode(entry[3..]);
        }

        return table;
    }
}
