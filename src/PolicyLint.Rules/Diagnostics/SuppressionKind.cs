namespace PolicyLint.Rules.Diagnostics;

/// <summary>Where a finding's suppression came from.</summary>
public enum SuppressionKind
{
    /// <summary>A marker in the document itself: a Markdown or text comment, a Word comment or reply.</summary>
    InSource,

    /// <summary>An entry of a suppressions file, keyed by the finding's fingerprint.</summary>
    External,

    /// <summary>An entry of the baseline given with <c>check --baseline</c>.</summary>
    Baseline,
}
