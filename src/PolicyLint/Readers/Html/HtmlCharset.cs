using System.Text;
using System.Text.RegularExpressions;
using PolicyLint.Readers.Text;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Turns the bytes of a saved web page into a string, deciding the encoding as a browser does for a local file: a
/// byte-order mark first; then a charset declared in a &lt;meta&gt; tag near the top (<c>&lt;meta charset="…"&gt;</c>
/// or <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=…"&gt;</c>); otherwise UTF-8, with
/// Windows-1252 when the bytes are not valid UTF-8 (the same rules as text files, <see cref="TextDecoder"/>).
/// Labels follow the WHATWG Encoding Standard where it differs from .NET's names: "iso-8859-1", "latin1" and
/// "us-ascii" mean Windows-1252, and a page that declares UTF-16 in ASCII bytes is read as UTF-8.
/// </summary>
internal static partial class HtmlCharset
{
    // Browsers look for the declaration in the first 1024 bytes; pages with a long head put it later, so look further.
    private const int PrescanBytes = 4096;

    private static readonly HashSet<string> Windows1252Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
        "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
    };

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> says which encoding was used.</summary>
    /// <exception cref="DocumentReadException">The bytes cannot be decoded as text.</exception>
    public static string Decode(byte[] bytes, out string encodingName)
    {
        if (HasByteOrderMark(bytes))
        {
            return TextDecoder.Decode(bytes, out encodingName);
        }

        var label = DeclaredCharset(bytes);
        var encoding = label is null ? null : EncodingFor(label);
        if (encoding is null)
        {
            return TextDecoder.Decode(bytes, out encodingName);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new DocumentReadException("the file contains NUL bytes: it is binary, or UTF-16/UTF-32 text without a byte-order mark; save it as UTF-8");
        }

        encodingName = encoding.WebName + " (declared in the page)";
        return encoding.GetString(bytes);
    }

    /// <summary>The charset label a &lt;meta&gt; tag declares near the top of the page, if any.</summary>
    public static string? DeclaredCharset(byte[] bytes)
    {
        // Latin-1 maps each byte to one char, so the ASCII markup reads the same whatever the real encoding is.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, PrescanBytes));
        try
        {
            var match = MetaCharset().Match(head);
            return match.Success ? match.Groups["label"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The encoding for a declared label, or null to use the default (UTF-8 with the Windows-1252 fallback).</summary>
    private static Encoding? EncodingFor(string label)
    {
        label = label.Trim();
        if (label.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase) || label.Equals("utf8", StringComparison.OrdinalIgnoreCase) ||
            label.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || label.StartsWith("unicode", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            var name = Windows1252Labels.Contains(label) ? "windows-1252" : label;
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            // An unknown label: browsers ignore it too.
            return null;
        }
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ||
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ||
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
        bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
}
