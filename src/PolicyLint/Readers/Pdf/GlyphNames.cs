using System.Globalization;
using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Glyph name → Unicode for fonts that name their glyphs (/Differences, Type 1 built-in encodings). Not the whole
/// Adobe Glyph List: the Latin letters, accented letters (composed from base letter + accent name), digits,
/// punctuation and ligatures policies are written with, plus the uniXXXX / uXXXX[XX] forms and suffixes (".sc",
/// "_" ligatures). Unknown names give null, and the caller falls back to the base encoding.
/// </summary>
internal static class GlyphNames
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["space"] = " ", ["nbspace"] = " ", ["exclam"] = "!", ["quotedbl"] = "\"", ["numbersign"] = "#", ["dollar"] = "$",
        ["percent"] = "%", ["ampersand"] = "&", ["quotesingle"] = "'", ["quoteright"] = "\u2019", ["quoteleft"] = "\u2018",
        ["parenleft"] = "(", ["parenright"] = ")", ["asterisk"] = "*", ["plus"] = "+", ["comma"] = ",", ["hyphen"] = "-",
        ["sfthyphen"] = "-", ["minus"] = "\u2212", ["period"] = ".", ["slash"] = "/", ["colon"] = ":", ["semicolon"] = ";",
        ["less"] = "<", ["equal"] = "=", ["greater"] = ">", ["question"] = "?", ["at"] = "@", ["bracketleft"] = "[",
        ["backslash"] = "\\", ["bracketright"] = "]", ["asciicircum"] = "^", ["underscore"] = "_", ["grave"] = "`",
        ["braceleft"] = "{", ["bar"] = "|", ["braceright"] = "}", ["asciitilde"] = "~", ["exclamdown"] = "\u00A1",
        ["cent"] = "\u00A2", ["sterling"] = "\u00A3", ["fraction"] = "\u2044", ["yen"] = "\u00A5", ["florin"] = "\u0192",
        ["section"] = "\u00A7", ["currency"] = "\u00A4", ["quotedblleft"] = "\u201C", ["quotedblright"] = "\u201D",
        ["guillemotleft"] = "\u00AB", ["guillemotright"] = "\u00BB", ["guilsinglleft"] = "\u2039", ["guilsinglright"] = "\u203A",
        ["endash"] = "\u2013", ["emdash"] = "\u2014", ["dagger"] = "\u2020", ["daggerdbl"] = "\u2021", ["periodcentered"] = "\u00B7",
        ["paragraph"] = "\u00B6", ["bullet"] = "\u2022", ["quotesinglbase"] = "\u201A", ["quotedblbase"] = "\u201E",
        ["ellipsis"] = "\u2026", ["perthousand"] = "\u2030", ["questiondown"] = "\u00BF", ["acute"] = "\u00B4",
        ["circumflex"] = "\u02C6", ["tilde"] = "\u02DC", ["macron"] = "\u00AF", ["breve"] = "\u02D8", ["dotaccent"] = "\u02D9",
        ["dieresis"] = "\u00A8", ["ring"] = "\u02DA", ["cedilla"] = "\u00B8", ["hungarumlaut"] = "\u02DD", ["ogonek"] = "\u02DB",
        ["caron"] = "\u02C7", ["AE"] = "\u00C6", ["ae"] = "\u00E6", ["OE"] = "\u0152", ["oe"] = "\u0153", ["Oslash"] = "\u00D8",
        ["oslash"] = "\u00F8", ["Lslash"] = "\u0141", ["lslash"] = "\u0142", ["germandbls"] = "\u00DF", ["dotlessi"] = "\u0131",
        ["dotlessj"] = "\u0237", ["ordfeminine"] = "\u00AA", ["ordmasculine"] = "\u00BA", ["Eth"] = "\u00D0", ["eth"] = "\u00F0",
        ["Thorn"] = "\u00DE", ["thorn"] = "\u00FE", ["copyright"] = "\u00A9", ["registered"] = "\u00AE", ["trademark"] = "\u2122",
        ["degree"] = "\u00B0", ["plusminus"] = "\u00B1", ["multiply"] = "\u00D7", ["divide"] = "\u00F7", ["mu"] = "\u00B5",
        ["onehalf"] = "\u00BD", ["onequarter"] = "\u00BC", ["threequarters"] = "\u00BE", ["onesuperior"] = "\u00B9",
        ["twosuperior"] = "\u00B2", ["threesuperior"] = "\u00B3", ["logicalnot"] = "\u00AC", ["brokenbar"] = "\u00A6",
        ["Euro"] = "\u20AC", ["euro"] = "\u20AC", ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4",
        ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ff"] = "ff", ["fi"] = "fi", ["fl"] = "fl",
        ["ffi"] = "ffi", ["ffl"] = "ffl", ["dieresisacute"] = "\u0385", ["arrowright"] = "\u2192", ["arrowleft"] = "\u2190",
        ["checkmark"] = "\u2713", ["lessequal"] = "\u2264", ["greaterequal"] = "\u2265", ["notequal"] = "\u2260",
        ["infinity"] = "\u221E", ["visiblespace"] = "\u2423", ["dotmath"] = "\u22C5", ["openbullet"] = "\u25E6",
    };

    // TeX math fonts (CMMI and friends) name Greek letters in their built-in encodings.
    private static readonly string[] Greek =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        "omicron", "pi", "rho", "sigma1", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ];

    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["acute"] = '\u0301', ["grave"] = '\u0300', ["circumflex"] = '\u0302', ["tilde"] = '\u0303', ["dieresis"] = '\u0308',
        ["ring"] = '\u030A', ["cedilla"] = '\u0327', ["caron"] = '\u030C', ["macron"] = '\u0304', ["breve"] = '\u0306',
        ["ogonek"] = '\u0328', ["dotaccent"] = '\u0307', ["hungarumlaut"] = '\u030B', ["commaaccent"] = '\u0326',
    };

    public static string? ToUnicode(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        if (name.Length == 1 && char.IsAsciiLetter(name[0]))
        {
            return name;
        }

        if (Named.TryGetValue(name, out var known))
        {
            return known;
        }

        int greek = Array.IndexOf(Greek, name);
        if (greek >= 0)
        {
            return ((char)('\u03B1' + greek)).ToString();
        }

        int upperGreek = name.Length > 1 && char.IsUpper(name[0]) ? Array.IndexOf(Greek, char.ToLowerInvariant(name[0]) + name[1..]) : -1;
        if (upperGreek >= 0 && name != "Sigma1")
        {
            return ((char)('\u0391' + upperGreek)).ToString();
        }

        if (name is "epsilon1" or "theta1" or "phi1" or "rho1" or "omega1" or "pi1")
        {
            return ToUnicode(name[..^1]);
        }

        // "a.sc", "one.oldstyle": the part before the first dot names the character.
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        // "f_f_i": a ligature of its components.
        if (name.Contains('_', StringComparison.Ordinal))
        {
            var sb = new StringBuilder();
            foreach (var part in name.Split('_'))
            {
                var piece = ToUnicode(part);
                if (piece is null)
                {
                    return null;
                }

                sb.Append(piece);
            }

            return sb.ToString();
        }

        if (name.StartsWith("uni", StringComparison.Ordinal) && name.Length >= 7 && (name.Length - 3) % 4 == 0)
        {
            var sb = new StringBuilder();
            for (int i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int unit))
                {
                    return null;
                }

                sb.Append((char)unit);
            }

            return sb.ToString();
        }

        if (name[0] == 'u' && name.Length is >= 5 and <= 7
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int cp)
            && cp is >= 0 and <= 0x10FFFF && cp is < 0xD800 or > 0xDFFF)
        {
            return char.ConvertFromUtf32(cp);
        }

        // "eacute", "Scaron", "ccedilla": a base letter followed by an accent name.
        if (name.Length > 1 && char.IsAsciiLetter(name[0]) && Accents.TryGetValue(name[1..], out char accent))
        {
            return string.Concat(name[0].ToString(), accent.ToString()).Normalize(NormalizationForm.FormC);
        }

        return null;
    }
}
