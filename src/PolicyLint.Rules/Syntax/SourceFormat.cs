namespace PolicyLint.Rules.Syntax;

/// <summary>The file format a document was read from.</summary>
public enum SourceFormat
{
    /// <summary>Markdown (.md).</summary>
    Markdown,

    /// <summary>Plain text (.txt).</summary>
    Text,

    /// <summary>Word (.docx).</summary>
    Docx,

    /// <summary>PDF (.pdf).</summary>
    Pdf,

    /// <summary>HTML (.html, .htm): a saved web page, read for its main content.</summary>
    Html,
}
