namespace PolicyLint.Rules.Diagnostics;

/// <summary>Where a rule comes from: a guidance document (a seed file name) and the part of it.</summary>
public sealed record Citation(string Source, string Title, string Section)
{
    /// <summary>"Title (source), section".</summary>
    public override string ToString() => $"{Title} ({Source}), {Section}";
}
