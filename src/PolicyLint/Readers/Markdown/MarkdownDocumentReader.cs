using System.Collections.Concurrent;
using Markdig;
using PolicyLint.Readers.Text;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Markdown;

/// <summary>
/// Reads Markdown (CommonMark with pipe and grid tables; YAML front matter is skipped) with Markdig, keeping the
/// exact line and column of every character. See <see cref="MarkdownBlockWalker"/> for what becomes which block.
/// Nesting is bounded by <see cref="ReaderLimits.MaxNestingDepth"/> three times over: Markdig is told the limit (it
/// refuses deeper block quotes, lists and brackets while parsing), the block walker counts its own depth, and inline
/// markup (emphasis, which Markdig nests without a limit) is written without recursion and refused past the limit.
/// </summary>
internal sealed class MarkdownDocumentReader : IDocumentReader
{
    private static readonly ConcurrentDictionary<int, MarkdownPipeline> Pipelines = new();

    public SourceFormat Format => SourceFormat.Markdown;

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken) =>
        Read(path, content, ReaderLimits.Default, cancellationToken);

    public PolicyDocument Read(string path, Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = TextDecoder.ReadAll(content, cancellationToken);
        var source = TextDecoder.Decode(bytes, out _);
        cancellationToken.ThrowIfCancellationRequested();
        if (DeepestLinePrefix(source, 2 * limits.MaxNestingDepth, cancellationToken) > 2 * limits.MaxNestingDepth)
        {
            throw TooDeep(limits);
        }

        Markdig.Syntax.MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(source, PipelineFor(limits.MaxNestingDepth));
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw TooDeep(limits, ex);
        }

        var builder = limits.Builder(path, SourceFormat.Markdown);
        new MarkdownBlockWalker(source, builder, limits, cancellationToken).Walk(markdown);
        return builder.Build();
    }

    /// <summary>The reason for Markdown nested past the limit.</summary>
    internal static DocumentReadException TooDeep(ReaderLimits limits, Exception? inner = null)
    {
        var message = $"the Markdown is nested deeper (block quotes, lists, emphasis or brackets) than {limits.NestingLimit}";
        return inner is null ? new DocumentReadException(message) : new DocumentReadException(message, inner);
    }

    /// <summary>
    /// A linear look at every line's container prefix before Markdig sees the text: block-quote markers, list markers
    /// and half the indentation, each a level it may open. The count over-estimates true nesting by at most a factor
    /// of two, so past twice the limit the file is refused at once. Markdig refuses nesting past the limit itself,
    /// but only after work that grows faster than the file (thousands of indented list levels took minutes).
    /// </summary>
    internal static int DeepestLinePrefix(string source, int stopAbove, CancellationToken cancellationToken)
    {
        int deepest = 0;
        int i = 0;
        while (i < source.Length)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int markers = 0;
            int columns = 0;
            while (i < source.Length)
            {
                char c = source[i];
                if (c == ' ')
                {
                    columns++;
                    i++;
                }
                else if (c == '\t')
                {
                    columns += 4 - (columns % 4);
                    i++;
                }
                else if (c == '>')
                {
                    markers++;
                    i++;
                }
                else if (c is '-' or '*' or '+' && (i + 1 >= source.Length || source[i + 1] is ' ' or '\t' or '\n' or '\r'))
                {
                    markers++;
                    i++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    int j = i;
                    while (j < source.Length && j - i < 9 && char.IsAsciiDigit(source[j]))
                    {
                        j++;
                    }

                    if (j < source.Length && source[j] is '.' or ')' && (j + 1 >= source.Length || source[j + 1] is ' ' or '\t' or '\n' or '\r'))
                    {
                        markers++;
                        i = j + 1;
                    }
                    else
                    {
                        break;
                    }
                }
                else
                {
                    break;
                }
            }

            deepest = Math.Max(deepest, markers + (columns / 2));
            if (deepest > stopAbove)
            {
                return deepest;
            }

            int nl = source.IndexOf('\n', i);
            i = nl < 0 ? source.Length : nl + 1;
        }

        return deepest;
    }

    private static MarkdownPipeline PipelineFor(int maxNestingDepth) => Pipelines.GetOrAdd(
        Math.Clamp(maxNestingDepth, 1, ReaderLimits.NestingCeiling),
        depth => new MarkdownPipelineBuilder
        {
            MaximumNestingDepth = depth,
        }
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables()
            .Build());
}
