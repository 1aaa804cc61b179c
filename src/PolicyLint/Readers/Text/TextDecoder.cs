using System.Text;

namespace PolicyLint.Readers.Text;

/// <summary>
/// Turns the bytes of a text or Markdown file into a string. A byte-order mark decides (UTF-8, UTF-16 LE/BE,
/// UTF-32 LE/BE, decoded strictly); without one the bytes are tried as strict UTF-8, and when that fails they are read
/// as Windows-1252, which decodes any byte sequence (old Word "Save as text" files are usually 1252). A file with NUL
/// bytes and no byte-order mark is binary (or BOM-less UTF-16) and is refused with a reason.
/// </summary>
internal static class TextDecoder
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    });

    /// <summary>Reads the whole stream, honouring cancellation between chunks.</summary>
    public static byte[] ReadAll(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = content.CanSeek ? new MemoryStream((int)Math.Min(content.Length, int.MaxValue)) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> says which encoding was used.</summary>
    /// <exception cref="DocumentReadException">The bytes cannot be decoded as text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8 with byte-order mark";
            return DecodeUtf8OrFallback(bytes[3..], ref encodingName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            encodingName = "UTF-32 LE";
            return DecodeStrict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], encodingName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            encodingName = "UTF-32 BE";
            return DecodeStrict(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], encodingName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "UTF-16 LE";
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], encodingName);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "UTF-16 BE";
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], encodingName);
        }

        if (bytes.Contains((byte)0))
        {
            throw new DocumentReadException("the file contains NUL bytes: it is binary, or UTF-16/UTF-32 text without a byte-order mark; save it as UTF-8");
        }

        encodingName = "UTF-8";
        return DecodeUtf8OrFallback(bytes, ref encodingName);
    }

    private static string DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes, ref string encodingName)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        encodingName = "Windows-1252 (not valid UTF-8)";
        return Windows1252.Value.GetString(bytes);
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException($"the file starts with a {name} byte-order mark but is not valid {name} text (byte {ex.Index} cannot be decoded)", ex);
        }
    }
}
