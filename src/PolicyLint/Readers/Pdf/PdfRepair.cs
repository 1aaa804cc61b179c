using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Rebuilds the cross-reference table of a file PDFsharp cannot open (missing startxref, offsets shifted by junk,
/// a truncated xref), the way viewers recover such files: find every "N G obj" in the bytes (the last one wins, as
/// with incremental updates), find the catalog, and append a fresh xref table and trailer. Objects inside object
/// streams cannot be found this way; files that need them stay unreadable.
/// </summary>
internal static partial class PdfRepair
{
    public static byte[]? Rebuild(byte[] bytes)
    {
        string text = Encoding.Latin1.GetString(bytes);
        var offsets = new SortedDictionary<int, (int Offset, int Generation, int Body)>();
        foreach (Match m in ObjectHeader().Matches(text))
        {
            if (int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && int.TryParse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int generation)
                && number is > 0 and < 10_000_000 && generation < 65_535)
            {
                offsets[number] = (m.Groups[1].Index, generation, m.Index + m.Length);
            }
        }

        if (offsets.Count == 0)
        {
            return null;
        }

        string? root = null, info = null, encrypt = null, id = null;
        foreach (Match m in TrailerDictionary().Matches(text))
        {
            root = Reference(m.Value, "/Root") ?? root;
            info = Reference(m.Value, "/Info") ?? info;
            encrypt = Reference(m.Value, "/Encrypt") ?? encrypt;
            id = IdArray().Match(m.Value) is { Success: true } idm ? idm.Value : id;
        }

        if (root is null && Catalog().Match(text) is { Success: true } catalog)
        {
            root = catalog.Groups[1].Value + " " + catalog.Groups[2].Value + " R";
        }

        if (root is null)
        {
            return null;
        }

        // Rewrite every object (the last copy of each), fixing stream lengths on the way: damaged files often have
        // wrong /Length values too, and PDFsharp gives up on those.
        var output = new MemoryStream(bytes.Length + 4096);
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var starts = offsets.Values.Select(v => v.Offset).OrderBy(o => o).ToArray();
        var newOffsets = new Dictionary<int, (long Offset, int Generation)>();
        foreach (var (number, (offset, generation, body)) in offsets)
        {
            int next = Array.BinarySearch(starts, offset) is int k and >= 0 && k + 1 < starts.Length ? starts[k + 1] : bytes.Length;
            newOffsets[number] = (output.Position, generation);
            Write(output, number.ToString(CultureInfo.InvariantCulture) + " " + generation.ToString(CultureInfo.InvariantCulture) + " obj\n");
            WriteObject(output, bytes, text, body, next);
        }

        int size = offsets.Keys.Max() + 1;
        long xrefOffset = output.Position;
        var xref = new StringBuilder();
        xref.Append("xref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        xref.Append("0000000000 65535 f\r\n");
        for (int n = 1; n < size; n++)
        {
            if (newOffsets.TryGetValue(n, out var entry))
            {
                xref.Append(entry.Offset.ToString("D10", CultureInfo.InvariantCulture)).Append(' ')
                    .Append(entry.Generation.ToString("D5", CultureInfo.InvariantCulture)).Append(" n\r\n");
            }
            else
            {
                xref.Append("0000000000 65535 f\r\n");
            }
        }

        xref.Append("trailer\n<< /Size ").Append(size.ToString(CultureInfo.InvariantCulture)).Append(" /Root ").Append(root);
        if (info is not null)
        {
            xref.Append(" /Info ").Append(info);
        }

        if (encrypt is not null)
        {
            xref.Append(" /Encrypt ").Append(encrypt);
        }

        if (id is not null)
        {
            xref.Append(' ').Append(id);
        }

        xref.Append(" >>\nstartxref\n").Append(xrefOffset.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        Write(output, xref.ToString());
        return output.ToArray();
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));

    private static void WriteObject(MemoryStream output, byte[] bytes, string text, int start, int limit)
    {
        int streamAt = text.IndexOf("stream", start, limit - start, StringComparison.Ordinal);
        var endMatch = EndObject().Match(text, start, limit - start);
        int endObj = endMatch.Success ? endMatch.Index : -1;
        if (streamAt >= 0 && (endObj < 0 || streamAt < endObj) && !text.AsSpan(streamAt - 3, 3).SequenceEqual("end"))
        {
            int dataStart = streamAt + 6;
            if (dataStart < limit && text[dataStart] == '\r')
            {
                dataStart++;
            }

            if (dataStart < limit && text[dataStart] == '\n')
            {
                dataStart++;
            }

            int endStream = text.IndexOf("endstream", dataStart, limit - dataStart, StringComparison.Ordinal);
            int dataEnd = endStream < 0 ? limit : endStream;
            if (dataEnd > dataStart && text[dataEnd - 1] == '\n')
            {
                dataEnd--;
            }

            if (dataEnd > dataStart && text[dataEnd - 1] == '\r')
            {
                dataEnd--;
            }

            string head = FlippedSlash().Replace(text[start..streamAt], "/");
            head = LengthEntry().IsMatch(head)
                ? LengthEntry().Replace(head, "/Length " + (dataEnd - dataStart).ToString(CultureInfo.InvariantCulture), 1)
                : ReplaceFirst(head, "<<", "<< /Length " + (dataEnd - dataStart).ToString(CultureInfo.InvariantCulture) + " ");
            Write(output, head.TrimEnd() + "\nstream\n");
            output.Write(bytes, dataStart, dataEnd - dataStart);
            Write(output, "\nendstream\nendobj\n");
            return;
        }

        int end = endObj >= 0 ? endObj : limit;
        string body = TrailingJunk().Replace(text[start..end], string.Empty);
        Write(output, body.TrimEnd() + "\nendobj\n");
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        int i = text.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), with, text.AsSpan(i + what.Length));
    }

    private static string? Reference(string dict, string key)
    {
        var m = Regex.Match(dict, Regex.Escape(key) + @"\s*(\d+)\s+(\d+)\s+R", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return m.Success ? m.Groups[1].Value + " " + m.Groups[2].Value + " R" : null;
    }

    [GeneratedRegex(@"(?<![0-9])(\d{1,7})(?:[ \t\r\n\f\0]+|[(<])(\d{1,5})[ \t\r\n\f\0]+obj\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"(?:trailer\s*<<|/Type\s*/XRef)[\s\S]{0,2000}?/Root\s*\d+\s+\d+\s+R[\s\S]{0,2000}?>>", RegexOptions.CultureInvariant)]
    private static partial Regex TrailerDictionary();

    // "endobj", also with one character damaged ("enlobj"), but never "endstream".
    [GeneratedRegex(@"endobj|e[a-z]dobj|en[a-z]obj|end[a-z]bj|endo[a-z]j|endob[a-z]\b", RegexOptions.CultureInvariant)]
    private static partial Regex EndObject();

    // Damaged files (bit flips) turn a name's '/' into a quote; after "<<" or ">>" or "/Name" only a name can follow.
    [GeneratedRegex(@"'(?=[A-Z][a-zA-Z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex FlippedSlash();

    [GeneratedRegex(@"/Length\s+(?:\d+\s+\d+\s+R|\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LengthEntry();

    // A misspelt keyword where "endobj" should be, or the trailer/xref that follows the last object.
    [GeneratedRegex(@"(?:\s+(?!null\b|true\b|false\b)[a-zA-Z]{3,9})+\s*$|\s(?:xref|trailer|startxref)[\s\S]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJunk();

    [GeneratedRegex(@"/ID\s*\[[^\]]{0,600}\]", RegexOptions.CultureInvariant)]
    private static partial Regex IdArray();

    [GeneratedRegex(@"(\d{1,7})\s+(\d{1,5})\s+obj\s*<<(?:(?!endobj)[\s\S]){0,2000}?/Type\s*/Catalog", RegexOptions.CultureInvariant)]
    private static partial Regex Catalog();
}
