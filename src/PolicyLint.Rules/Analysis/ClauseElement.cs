using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Analysis;

/// <summary>One element a required clause asks for ("certified", "three-year retention"), and where it was found.</summary>
/// <param name="Name">What the element is, in the guidance's words.</param>
/// <param name="Evidence">The span that states it; null when the document does not.</param>
public sealed record ClauseElement(string Name, TextSpan? Evidence)
{
    /// <summary>True when the document states the element.</summary>
    public bool Found => Evidence is not null;

    /// <summary>An element the document states at <paramref name="evidence"/>.</summary>
    public static ClauseElement At(string name, TextSpan evidence) => new(name, evidence);

    /// <summary>An element the document does not state.</summary>
    public static ClauseElement Absent(string name) => new(name, null);
}
