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
