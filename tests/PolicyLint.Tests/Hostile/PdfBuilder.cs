using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyLint.Tests.Hostile;

/// <summary>
/// Writes PDF files byte by byte: numbered objects, a cross-reference table whose offsets are computed from what was
/// written, and a trailer. Small enough to read in one go, so each hostile PDF below says exactly what is wrong with it.
/// </summary>
#pragma warning disable CA5351 // MD5 and RC4 are what PDF's revision-2 security handler is made of; this writes such a file.
internal sealed class PdfBuilder
{
    private readonly List<byte[]?> _objects = [null];

    /// <summary>Reserves an object number to fill in later (objects that refer to each other).</summary>
    public int Reserve()
    {
        _objects.Add(null);
        return _objects.Count - 1;
    }

    /// <summary>Adds an object whose body is <paramref name="body"/> (a dictionary, an array…).</summary>
    public int Add(string body) => Set(Reserve(), body);

    public int Set(int number, string body)
    {
        _objects[number] = Encoding.Latin1.GetBytes(body);
        return number;
    }

    /// <summary>A stream object; /Length is the data's unless <paramref name="length"/> says otherwise.</summary>
    public int AddStream(string dictionaryEntries, byte[] data, string? length = null) => SetStream(Reserve(), dictionaryEntries, data, length);

    public int SetStream(int number, string dictionaryEntries, byte[] data, string? length = null)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {length ?? data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        _objects[number] = [.. head, .. data, .. tail];
        return number;
    }

    /// <summary>The file: header, objects, xref table with their real offsets, trailer.</summary>
    public byte[] Build(int root, string extraTrailer = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var offsets = new long[_objects.Count];
        for (int n = 1; n < _objects.Count; n++)
        {
            offsets[n] = output.Position;
            Write(output, $"{n} 0 obj\n");
            output.Write(_objects[n] ?? "null"u8.ToArray());
            Write(output, "\nendobj\n");
        }

        long xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count}\n0000000000 65535 f \n");
        for (int n = 1; n < _objects.Count; n++)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count} /Root {root} 0 R {extraTrailer} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Write(Stream s, string text) => s.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>A content stream that shows <paramref name="lines"/> in Helvetica, one line each, from the top.</summary>
    public static byte[] TextContent(IEnumerable<string> lines)
    {
        var sb = new StringBuilder("BT /F1 11 Tf 72 760 Td 14 TL\n");
        foreach (var line in lines)
        {
            sb.Append('(').Append(line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)).Append(") Tj T*\n");
        }

        sb.Append("ET");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>
    /// A catalog, a page tree with one page per entry of <paramref name="pages"/> (each a content stream) and a
    /// Helvetica font: the frame most hostile PDFs below bend one part of.
    /// </summary>
    public static (PdfBuilder Builder, int Catalog, int Pages, List<int> PageObjects, int Font) Simple(IReadOnlyList<byte[]> pages, string pageExtra = "")
    {
        var b = new PdfBuilder();
        int catalog = b.Reserve();
        int tree = b.Reserve();
        int font = b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var pageObjects = new List<int>();
        foreach (var content in pages)
        {
            int stream = b.AddStream(string.Empty, content);
            pageObjects.Add(b.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R {pageExtra} >>"));
        }

        b.Set(tree, $"<< /Type /Pages /Kids [{string.Join(' ', pageObjects.Select(p => $"{p} 0 R"))}] /Count {pageObjects.Count} >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        return (b, catalog, tree, pageObjects, font);
    }

    /// <summary>
    /// A PDF encrypted with the standard security handler, revision 2 (RC4, 40-bit key), that needs the user password
    /// <paramref name="userPassword"/>: every string and stream is encrypted with its object's key (PDF 1.7, 7.6.2–7.6.3).
    /// </summary>
    public static byte[] Encrypted(IReadOnlyList<string> lines, string userPassword, string ownerPassword)
    {
        byte[] id = MD5.HashData(Encoding.ASCII.GetBytes("policylint-hostile-" + userPassword));
        const int permissions = -4; // all permissions
        byte[] o = OwnerEntry(ownerPassword, userPassword);
        byte[] key = FileKey(userPassword, o, permissions, id);
        byte[] u = Rc4(key, Padding);

        var b = new PdfBuilder();
        int catalog = b.Reserve();
        int tree = b.Reserve();
        int font = b.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        int content = b.Reserve();
        b.SetStream(content, string.Empty, Rc4(ObjectKey(key, content), TextContent(lines)));
        int page = b.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        b.Set(tree, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        b.Set(catalog, $"<< /Type /Catalog /Pages {tree} 0 R >>");
        int encrypt = b.Add($"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {permissions} /O <{Convert.ToHexString(o)}> /U <{Convert.ToHexString(u)}> >>");
        return b.Build(catalog, $"/Encrypt {encrypt} 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>]");
    }

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        var padded = new byte[32];
        int n = Math.Min(bytes.Length, 32);
        bytes.AsSpan(0, n).CopyTo(padded);
        Padding.AsSpan(0, 32 - n).CopyTo(padded.AsSpan(n));
        return padded;
    }

    // Algorithm 3 (revision 2): RC4 of the padded user password under MD5 of the padded owner password.
    private static byte[] OwnerEntry(string owner, string user) => Rc4(MD5.HashData(Pad(owner)).AsSpan(0, 5).ToArray(), Pad(user));

    // Algorithm 2: MD5 of the padded password, O, P (low byte first) and the first file identifier; 5 bytes.
    private static byte[] FileKey(string user, byte[] o, int permissions, byte[] id)
    {
        byte[] p = BitConverter.GetBytes(permissions);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(p);
        }

        return MD5.HashData([.. Pad(user), .. o, .. p, .. id]).AsSpan(0, 5).ToArray();
    }

    // Algorithm 1: the file key, the object number (3 bytes) and generation (2 bytes); n + 5 bytes of the MD5.
    private static byte[] ObjectKey(byte[] key, int number) =>
        MD5.HashData([.. key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0]).AsSpan(0, Math.Min(key.Length + 5, 16)).ToArray();

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
#pragma warning restore CA5351
