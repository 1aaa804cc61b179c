using PolicyLint.Readers;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Readers;

/// <summary>The guards every reader runs under: size, time, unsupported types, failures turned into reasons.</summary>
public sealed class DocumentLoaderTests
{
    private static string WeakSpec => TestPaths.InRepo("corpus", "weak-specification.md");

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_its_size_and_the_limit()
    {
        var result = DocumentLoader.ReadGuarded(new MarkdownDocumentReader(), WeakSpec, new ReaderLimits { MaxFileBytes = 1024, Timeout = TimeSpan.FromSeconds(30) });

        Assert.Null(result.Document);
        Assert.Contains("over the 1 KB file-size limit (raise it with --max-file-size)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_that_runs_too_long_is_stopped_with_a_reason()
    {
        var result = DocumentLoader.ReadGuarded(new NeverEndingReader(), WeakSpec, new ReaderLimits { Timeout = TimeSpan.FromMilliseconds(200) });

        Assert.Null(result.Document);
        Assert.Contains("took longer than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unexpected_exception_becomes_a_reason_naming_the_format()
    {
        var result = DocumentLoader.ReadGuarded(new ThrowingReader(), WeakSpec, new ReaderLimits { Timeout = TimeSpan.FromSeconds(5) });

        Assert.Null(result.Document);
        Assert.Equal("the file is damaged or not a valid Markdown file (InvalidDataException: bad bytes)", result.Error);
    }

    [Theory]
    [InlineData("notes.rtf", "'.rtf' files are not supported")]
    [InlineData("Makefile", "the file has no extension")]
    public void Unsupported_files_are_named_as_such(string name, string reason)
    {
        var loader = new DocumentLoader(ReaderRegistry.Default);

        var result = loader.Load(Path.Combine(Path.GetTempPath(), name), CancellationToken.None);

        Assert.StartsWith(reason, result.Error, StringComparison.Ordinal);
    }

    private sealed class NeverEndingReader : IDocumentReader
    {
        public SourceFormat Format => SourceFormat.Markdown;

        public IReadOnlyList<string> Extensions => [".md"];

        public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(10);
            }
        }
    }

    private sealed class ThrowingReader : IDocumentReader
    {
        public SourceFormat Format => SourceFormat.Markdown;

        public IReadOnlyList<string> Extensions => [".md"];

        public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken) => throw new InvalidDataException("bad bytes");
    }
}
