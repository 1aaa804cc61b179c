namespace PolicyLint.Rules.Syntax;

/// <summary>What a section is for, from its heading: some sections quote or list words rather than use them.</summary>
public enum SectionRole
{
    /// <summary>The document's own voice.</summary>
    Body,

    /// <summary>References, bibliography, further reading, sources.</summary>
    References,

    /// <summary>A glossary, definitions, or a list of terms (including terms to avoid).</summary>
    Glossary,
}
