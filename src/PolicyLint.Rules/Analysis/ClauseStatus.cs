namespace PolicyLint.Rules.Analysis;

/// <summary>How far a document meets a required clause.</summary>
public enum ClauseStatus
{
    /// <summary>A sentence satisfies it.</summary>
    Present,

    /// <summary>Something is there, but not all of it.</summary>
    Partial,

    /// <summary>Nothing satisfies it.</summary>
    Missing,

    /// <summary>
    /// The rules found it missing or partial, but a sentence reads very much like the clause in other words: possibly
    /// stated there; a person should check. Never reported as an error.
    /// </summary>
    Uncertain,
}
