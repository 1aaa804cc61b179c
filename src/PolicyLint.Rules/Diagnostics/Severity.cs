namespace PolicyLint.Rules.Diagnostics;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>The rule is switched off.</summary>
    None = 0,

    /// <summary>Worth knowing; never fails a build by default.</summary>
    Info = 1,

    /// <summary>Should be fixed.</summary>
    Warning = 2,

    /// <summary>Must be fixed: the document falls short of the guidance.</summary>
    Error = 3,
}
