namespace PolicyLint.Rules.Syntax;

/// <summary>Which of the <see cref="DocumentBuilder"/>'s limits a document broke.</summary>
public enum DocumentLimit
{
    /// <summary>More blocks than allowed.</summary>
    Blocks,

    /// <summary>A block longer than allowed.</summary>
    BlockChars,
}

/// <summary>
/// Thrown by <see cref="DocumentBuilder"/> when a document breaks one of its limits; the reader's caller turns it into
/// a reason that names the limit and how to raise it.
/// </summary>
public sealed class DocumentLimitException : Exception
{
    /// <summary>Creates the exception for <paramref name="limit"/>, whose value was <paramref name="value"/>.</summary>
    public DocumentLimitException(DocumentLimit limit, long value)
        : base($"the document breaks the {limit} limit of {value}")
    {
        Limit = limit;
        Value = value;
    }

    /// <summary>Creates the exception.</summary>
    public DocumentLimitException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The limit broken.</summary>
    public DocumentLimit Limit { get; }

    /// <summary>The value of the limit.</summary>
    public long Value { get; }
}
