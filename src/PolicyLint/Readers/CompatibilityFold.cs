using System.Text;

namespace PolicyLint.Readers;

/// <summary>
/// Folds the compatibility characters that fonts and word processors put where plain letters are meant: typographic
/// ligatures (U+FB00–FB06, so "o\uFB03ce" reads "office"), full-width Latin letters and digits, and the many widths
/// of space. The process runs with invariant globalization, where <c>string.Normalize(FormKC)</c> returns its input
/// unchanged, so this table is ours. Everything else is left as written.
/// </summary>
internal static class CompatibilityFold
{
    /// <summary>True when <paramref name="c"/> is one of the characters <see cref="Apply(string)"/> changes.</summary>
    public static bool Folds(char c) => c switch
    {
        >= '\uFB00' and <= '\uFB06' => true,
        >= '\uFF01' and <= '\uFF5E' => true,
        '\u00A0' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>The text with compatibility characters folded; the same instance when there is nothing to fold.</summary>
    public static string Apply(string text)
    {
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (Folds(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            AppendFolded(sb, text[i]);
        }

        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '\uFB00': sb.Append("ff"); break;
            case '\uFB01': sb.Append("fi"); break;
            case '\uFB02': sb.Append("fl"); break;
            case '\uFB03': sb.Append("ffi"); break;
            case '\uFB04': sb.Append("ffl"); break;
            case '\uFB05':
            case '\uFB06': sb.Append("st"); break;
            case >= '\uFF01' and <= '\uFF5E': sb.Append((char)(c - 0xFEE0)); break;
            case '\u00A0' or '\u202F' or '\u205F' or '\u3000':
            case >= '\u2000' and <= '\u200A': sb.Append(' '); break;
            default: sb.Append(c); break;
        }
    }
}
