using Markdig;
using PolicyLint.Readers.Text;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers.Markdown;

/// <summary>
/// Reads Markdown (CommonMark with pipe and grid tables; YAML front matter is skipped) with Markdig, keeping the
/// exact line and column of every character. See <see cref="MarkdownBlockWalker"/> for what becomes which block.
/// </summary>
internal sealed class MarkdownDocumentReader : IDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    public SourceFormat Format => SourceFormat.Markdown;

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken)
    {
        var bytes = TextDecoder.ReadAll(content, cancellationToken);
        var source = TextDecoder.Decode(bytes, out _);
        cancellationToken.ThrowIfCancellationRequested();
        var markdown = Markdig.Markdown.Parse(source, Pipeline);
        var builder = new DocumentBuilder(path, SourceFormat.Markdown);
        new MarkdownBlockWalker(source, builder, cancellationToken).Walk(markdown);
        return builder.Build();
    }
}
