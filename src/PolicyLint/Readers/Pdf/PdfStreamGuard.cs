using System.IO.Compression;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Bounds what a PDF's streams decompress to before PdfPig, which takes no such limit, inflates any of them: each
/// stream in the file (between <c>stream</c> and <c>endstream</c>) that starts like zlib data (Flate, by far the most
/// common filter, and the one a bomb uses) is inflated here into a counter, never into memory, and a stream that comes
/// out larger than <see cref="ReaderLimits.MaxPartBytes"/> refuses the file. Data that is not valid zlib is left for
/// PdfPig to judge.
/// </summary>
internal static class PdfStreamGuard
{
    public static void Check(byte[] pdf, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var span = pdf.AsSpan();
        int at = 0;
        var scratch = new byte[81920];
        while (true)
        {
            int found = span[at..].IndexOf("stream"u8);
            if (found < 0)
            {
                return;
            }

            int keyword = at + found;
            at = keyword + 6;

            // "endstream" also contains "stream"; a stream keyword is followed by an end of line.
            if (keyword >= 3 && span.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            int start = at;
            if (start < span.Length && span[start] == '\r')
            {
                start++;
            }

            if (start < span.Length && span[start] == '\n')
            {
                start++;
            }
            else if (start == at)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (start + 2 > span.Length || !LooksLikeZlib(span[start], span[start + 1]))
            {
                continue;
            }

            int end = span[start..].IndexOf("endstream"u8);
            int length = end < 0 ? span.Length - start : end;
            Inflate(pdf, start, length, limits, scratch, cancellationToken);
            at = start + length;
        }
    }

    // A zlib header: compression method 8, and the two bytes a multiple of 31.
    private static bool LooksLikeZlib(byte cmf, byte flg) => (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;

    private static void Inflate(byte[] pdf, int start, int length, ReaderLimits limits, byte[] scratch, CancellationToken cancellationToken)
    {
        long total = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += read;
                if (total > limits.MaxPartBytes)
                {
                    throw new DocumentReadException($"a stream in the PDF decompresses to more than {limits.PartSizeLimit}");
                }

                if ((total & 0xFFFFF) < read)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (InvalidDataException)
        {
            // Not zlib after all, or damaged: PdfPig decides what to make of it.
        }
    }
}
