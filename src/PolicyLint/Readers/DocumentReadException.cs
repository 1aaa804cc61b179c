namespace PolicyLint.Readers;

/// <summary>A file that cannot be read; the message is the reason shown to the user (without the path).</summary>
internal sealed class DocumentReadException : Exception
{
    public DocumentReadException(string reason)
        : base(reason)
    {
    }

    public DocumentReadException(string reason, Exception inner)
        : base(reason, inner)
    {
    }

    public DocumentReadException()
    {
    }
}
