using System.Globalization;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers;

/// <summary>
/// The bounds every document is read and checked within, so that no file, however damaged or hostile, can stop a run,
/// exhaust memory or hang it. Each breach becomes a PL9001 finding for that file whose message names the limit and the
/// command-line option that raises it (see docs/limits.md); the run goes on with the other files.
/// </summary>
internal sealed record ReaderLimits
{
    /// <summary>The defaults (documented in docs/limits.md and <c>policylint check --help</c>).</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest file read, in bytes (<c>--max-file-size</c>). Never more than this is read, whatever the file claims.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest decompressed size of one part of a .docx package or one PDF stream, in bytes (<c>--max-part-size</c>).
    /// All the XML parts of one .docx together may decompress to at most <see cref="PackageFactor"/> times this.
    /// </summary>
    public long MaxPartBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most blocks (headings, paragraphs, list items, table cells…) in one document (<c>--max-blocks</c>).</summary>
    public int MaxBlocks { get; init; } = 100_000;

    /// <summary>Most characters in one block (<c>--max-block-chars</c>).</summary>
    public int MaxBlockChars { get; init; } = 1_000_000;

    /// <summary>
    /// Deepest nesting read: Markdown block quotes, lists and inline markup, Word tables and text boxes (<c>--max-nesting</c>).
    /// </summary>
    public int MaxNestingDepth { get; init; } = 128;

    /// <summary>Longest time one document may take, reading and checking together (<c>--timeout</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The deepest nesting that may be asked for; beyond it recursion in the parsers could exhaust the stack.</summary>
    public const int NestingCeiling = 1_000;

    /// <summary>How many times <see cref="MaxPartBytes"/> all the XML parts of one .docx may decompress to together.</summary>
    public const int PackageFactor = 4;

    /// <summary>The decompressed budget for all the XML parts of one .docx.</summary>
    public long MaxPackageBytes => MaxPartBytes > long.MaxValue / PackageFactor ? long.MaxValue : MaxPartBytes * PackageFactor;

    /// <summary>A document builder held to the block limits.</summary>
    public DocumentBuilder Builder(string path, SourceFormat format) => new(path, format, MaxBlocks, MaxBlockChars);

    /// <summary>"the 64 MB file-size limit (raise it with --max-file-size)".</summary>
    public string FileSizeLimit => $"the {Size(MaxFileBytes)} file-size limit (raise it with --max-file-size)";

    /// <summary>The part-size limit, named for a message.</summary>
    public string PartSizeLimit => $"the {Size(MaxPartBytes)} limit on the decompressed size of one part (raise it with --max-part-size)";

    /// <summary>The package budget, named for a message.</summary>
    public string PackageSizeLimit => $"the {Size(MaxPackageBytes)} limit on the decompressed size of all parts together ({PackageFactor} × --max-part-size; raise it with --max-part-size)";

    /// <summary>The block-count limit, named for a message.</summary>
    public string BlocksLimit => $"the limit of {MaxBlocks.ToString("N0", CultureInfo.InvariantCulture)} blocks (raise it with --max-blocks)";

    /// <summary>The block-length limit, named for a message.</summary>
    public string BlockCharsLimit => $"the limit of {MaxBlockChars.ToString("N0", CultureInfo.InvariantCulture)} characters in one block (raise it with --max-block-chars)";

    /// <summary>The nesting limit, named for a message.</summary>
    public string NestingLimit => $"the nesting limit of {MaxNestingDepth.ToString(CultureInfo.InvariantCulture)} levels (raise it with --max-nesting, up to {NestingCeiling.ToString("N0", CultureInfo.InvariantCulture)})";

    /// <summary>The time limit, named for a message.</summary>
    public string TimeLimit => $"the {Seconds(Timeout)} time limit per document (raise it with --timeout)";

    /// <summary>A byte count as people read it: "64 MB", "1.5 GB", "512 KB", "300 bytes" (binary units).</summary>
    public static string Size(long bytes)
    {
        const long K = 1024, M = K * 1024, G = M * 1024;
        return bytes switch
        {
            >= G => Trim(bytes / (double)G) + " GB",
            >= M => Trim(bytes / (double)M) + " MB",
            >= K => Trim(bytes / (double)K) + " KB",
            _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
        };

        static string Trim(double v) => v.ToString(v >= 100 || v == Math.Floor(v) ? "0" : "0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>"60 s", "1.5 s".</summary>
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds >= 10 || t.TotalSeconds == Math.Floor(t.TotalSeconds) ? "0" : "0.#", CultureInfo.InvariantCulture) + " s";

    /// <summary>
    /// Parses a size given on the command line: a whole number of bytes, or a number with K, M or G (binary units,
    /// an optional trailing B or iB): "64M", "64MB", "1.5G", "500000".
    /// </summary>
    public static bool TryParseSize(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        if (s.EndsWith("IB", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.EndsWith('B') && s.Length > 1 && !char.IsDigit(s[^2]))
        {
            s = s[..^1];
        }
        else if (s.EndsWith('B'))
        {
            s = s[..^1];
        }

        long factor = 1;
        if (s.Length > 0 && s[^1] is 'K' or 'M' or 'G')
        {
            factor = s[^1] switch { 'K' => 1024L, 'M' => 1024L * 1024, _ => 1024L * 1024 * 1024 };
            s = s[..^1];
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        var total = value * factor;
        if (total > long.MaxValue || total < 1)
        {
            return false;
        }

        bytes = (long)total;
        return true;
    }
}
