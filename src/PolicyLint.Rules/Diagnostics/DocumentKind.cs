namespace PolicyLint.Rules.Diagnostics;

/// <summary>What a document is; decides which rules run.</summary>
public enum DocumentKind
{
    /// <summary>A commissioner's service specification, contract schedule or tender document.</summary>
    Specification,

    /// <summary>A provider's own policy or procedure.</summary>
    Policy,

    /// <summary>Guidance, letters, reports: only language and practice rules run.</summary>
    Other,
}
