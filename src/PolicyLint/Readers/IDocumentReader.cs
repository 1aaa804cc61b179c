using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers;

/// <summary>
/// Reads one file format into a <see cref="PolicyDocument"/>. A reader never runs rules. When the file cannot be read
/// it throws <see cref="DocumentReadException"/> with a reason a user can act on; parts it had to skip are recorded
/// with <see cref="DocumentBuilder.AddMessage"/>. Implementations must honour <paramref name="cancellationToken"/> in
/// every loop whose length the input controls (the driver cancels a reader that runs too long).
/// </summary>
internal interface IDocumentReader
{
    /// <summary>The format this reader produces.</summary>
    SourceFormat Format { get; }

    /// <summary>File extensions handled, lower case with the dot (".pdf").</summary>
    IReadOnlyList<string> Extensions { get; }

    PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken);

    /// <summary>
    /// Reads within <paramref name="limits"/>: a reader that knows them builds with <see cref="ReaderLimits.Builder"/>
    /// and bounds what it decompresses and how deep it nests. One that does not is still held to the file size, the
    /// time limit and (after it has read) the block limits by <see cref="DocumentLoader"/>.
    /// </summary>
    PolicyDocument Read(string path, Stream content, ReaderLimits limits, CancellationToken cancellationToken) => Read(path, content, cancellationToken);
}
