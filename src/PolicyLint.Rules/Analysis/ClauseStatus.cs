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
}
