using System.CommandLine;
using System.Globalization;
using PolicyLint.Readers;

namespace PolicyLint.Cli;

/// <summary>
/// The options that set <see cref="ReaderLimits"/>, shared by <c>check</c> and <c>inspect</c>. Each defaults to the
/// documented value (docs/limits.md); a value that is not a positive number is a usage error.
/// </summary>
internal sealed class LimitOptions
{
    private static readonly ReaderLimits D = ReaderLimits.Default;

    private readonly Option<string?> _fileSize = new("--max-file-size")
    {
        Description = $"Largest file read; larger files are refused (PL9001). Bytes, or with K, M or G (default {ReaderLimits.Size(D.MaxFileBytes)}: 64M).",
        HelpName = "size",
    };

    private readonly Option<string?> _partSize = new("--max-part-size")
    {
        Description = $"Largest decompressed size of one .docx part or one PDF stream; all XML parts of one .docx together may reach {ReaderLimits.PackageFactor} times it (default 64M).",
        HelpName = "size",
    };

    private readonly Option<int?> _blocks = new("--max-blocks")
    {
        Description = $"Most blocks (headings, paragraphs, list items, table cells) in one document (default {D.MaxBlocks}).",
        HelpName = "count",
    };

    private readonly Option<int?> _blockChars = new("--max-block-chars")
    {
        Description = $"Most characters in one block (default {D.MaxBlockChars}).",
        HelpName = "count",
    };

    private readonly Option<int?> _nesting = new("--max-nesting")
    {
        Description = $"Deepest nesting of Markdown quotes, lists and emphasis, and of Word tables (default {D.MaxNestingDepth}, at most {ReaderLimits.NestingCeiling}).",
        HelpName = "levels",
    };

    private readonly Option<double?> _timeout = new("--timeout")
    {
        Description = $"Seconds one document may take to read and check; a slower one is stopped and reported (PL9001) and the run goes on (default {D.Timeout.TotalSeconds:0}).",
        HelpName = "seconds",
    };

    public LimitOptions(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_fileSize);
        command.Options.Add(_partSize);
        command.Options.Add(_blocks);
        command.Options.Add(_blockChars);
        command.Options.Add(_nesting);
        command.Options.Add(_timeout);
    }

    /// <summary>The limits asked for, or false with a usage message on <paramref name="stderr"/>.</summary>
    public bool TryRead(ParseResult parse, TextWriter stderr, out ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(stderr);
        limits = D;
        if (!Size(parse, _fileSize, stderr, D.MaxFileBytes, out long fileBytes) || !Size(parse, _partSize, stderr, D.MaxPartBytes, out long partBytes))
        {
            return false;
        }

        int blocks = parse.GetValue(_blocks) ?? D.MaxBlocks;
        int blockChars = parse.GetValue(_blockChars) ?? D.MaxBlockChars;
        int nesting = parse.GetValue(_nesting) ?? D.MaxNestingDepth;
        double seconds = parse.GetValue(_timeout) ?? D.Timeout.TotalSeconds;
        if (blocks < 1 || blockChars < 1)
        {
            stderr.WriteLine("policylint: --max-blocks and --max-block-chars must be at least 1");
            return false;
        }

        if (nesting < 1 || nesting > ReaderLimits.NestingCeiling)
        {
            stderr.WriteLine($"policylint: --max-nesting must be from 1 to {ReaderLimits.NestingCeiling}");
            return false;
        }

        if (!(seconds > 0) || seconds > 86_400)
        {
            stderr.WriteLine("policylint: --timeout must be a number of seconds above 0 and at most 86400");
            return false;
        }

        limits = new ReaderLimits
        {
            MaxFileBytes = fileBytes,
            MaxPartBytes = partBytes,
            MaxBlocks = blocks,
            MaxBlockChars = blockChars,
            MaxNestingDepth = nesting,
            Timeout = TimeSpan.FromSeconds(seconds),
        };
        return true;
    }

    private static bool Size(ParseResult parse, Option<string?> option, TextWriter stderr, long fallback, out long bytes)
    {
        var text = parse.GetValue(option);
        if (text is null)
        {
            bytes = fallback;
            return true;
        }

        if (ReaderLimits.TryParseSize(text, out bytes))
        {
            return true;
        }

        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"policylint: {option.Name} '{text}' is not a size: give bytes, or a number with K, M or G (64M)"));
        return false;
    }
}
