namespace PolicyLint.Rules.Syntax;

/// <summary>A finding's location as a user sees it: a source position plus the heading path of its section.</summary>
public sealed record SourceLocation(int Line, int Column, int? Page, int? Paragraph, string? Section)
{
    /// <summary>Builds a location from a position and an optional section path.</summary>
    public static SourceLocation From(SourcePosition position, string? section) =>
        new(position.Line, position.Column, position.Page, position.Paragraph, section);
}
