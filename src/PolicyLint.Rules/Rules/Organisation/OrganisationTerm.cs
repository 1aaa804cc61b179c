using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Organisation;

/// <summary>
/// A term an organisation asks its own documents to avoid, from its configuration: reported under its own id
/// (PL8001–PL8999) the way the built-in language rules report theirs.
/// </summary>
/// <param name="Id">PL8001–PL8999.</param>
/// <param name="Phrase">The words to find, matched word by word like the built-in tables (case-insensitive, same stem).</param>
/// <param name="Alternatives">What to write instead, best first (may be empty).</param>
/// <param name="Reason">Why the organisation asks for the change; shown in the message.</param>
/// <param name="Severity">How serious a use is.</param>
public sealed record OrganisationTerm(string Id, string Phrase, IReadOnlyList<string> Alternatives, string Reason, Severity Severity)
{
    /// <summary>The lowest id of the reserved range.</summary>
    public const int FirstId = 8001;

    /// <summary>The highest id of the reserved range.</summary>
    public const int LastId = 8999;

    /// <summary>True when <paramref name="id"/> is PL followed by a number in the reserved range.</summary>
    public static bool InRange(string id) =>
        id.Length == 6 && id.StartsWith("PL", StringComparison.OrdinalIgnoreCase) &&
        int.TryParse(id.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) &&
        n is >= FirstId and <= LastId;
}
