using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers;

/// <summary>A read document, or the reason it could not be read (which becomes a PL9001 finding).</summary>
internal sealed record DocumentLoadResult(string Path, SourceFormat? Format, PolicyDocument? Document, string? Error)
{
    public static DocumentLoadResult Failed(string path, SourceFormat? format, string error) => new(path, format, null, error);
}
