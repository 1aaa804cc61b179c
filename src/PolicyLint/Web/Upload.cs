using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Web;

/// <summary>One uploaded document: the name it was sent with (cleaned), where it is saved, and its format.</summary>
internal sealed record UploadedFile(string Name, string SavedPath, SourceFormat Format);

/// <summary>A parsed upload: its files (saved in the request's private folder) and the kind and setting asked for.</summary>
internal sealed record Upload(IReadOnlyList<UploadedFile> Files, DocumentKind? Kind, CareSetting Setting);

/// <summary>Why an upload was refused: the HTTP status and a message for the person who sent it.</summary>
internal sealed class UploadException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
