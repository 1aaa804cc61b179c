namespace PolicyLint.Rules.Diagnostics;

/// <summary>Where a rule comes from: a guidance document (its public address, or PolicyLint's own docs), its publisher, title and year, and the part of it.</summary>
public sealed record Citation(string Source, string Title, string Section)
{
    /// <summary>"Title, section (address)".</summary>
    public override string ToString() => $"{Title}, {Section} ({Source})";
}
