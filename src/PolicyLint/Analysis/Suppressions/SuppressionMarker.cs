using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Suppressions;

/// <summary>What a marker does.</summary>
internal enum MarkerAction
{
    /// <summary><c>policylint-disable</c>: from here to the matching enable (or, in a Word comment, the commented range).</summary>
    Disable,

    /// <summary><c>policylint-disable-next-line</c>: the next line of text.</summary>
    DisableNextLine,

    /// <summary><c>policylint-enable</c>: ends a disable.</summary>
    Enable,
}

/// <summary>
/// A suppression marker as written: <c>policylint-disable PL2002 -- reason</c>, <c>policylint-disable-next-line
/// PL2002, PL2005 -- reason</c> or <c>policylint-enable PL2002</c>, in a Markdown or HTML comment, on a line of its own in
/// plain text, or at the start of a Word comment. The reason is everything after the first " -- ".
/// </summary>
internal sealed partial record SuppressionMarker(MarkerAction Action, IReadOnlyList<string> RuleIds, string? Justification)
{
    [GeneratedRegex(@"^policylint-(?<action>disable-next-line|disable|enable)(?=$|[\s,:-])(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"\bPL\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();

    /// <summary>Parses a marker from a comment's text (HTML comment delimiters allowed); null when it is not one.</summary>
    public static SuppressionMarker? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.StartsWith("<!--", StringComparison.Ordinal))
        {
            t = t[4..];
            if (t.EndsWith("-->", StringComparison.Ordinal))
            {
                t = t[..^3];
            }

            t = t.Trim();
        }

        var match = MarkerPattern().Match(t);
        if (!match.Success)
        {
            return null;
        }

        var action = match.Groups["action"].Value.ToLowerInvariant() switch
        {
            "disable-next-line" => MarkerAction.DisableNextLine,
            "enable" => MarkerAction.Enable,
            _ => MarkerAction.Disable,
        };
        var rest = match.Groups["rest"].Value;
        string? justification = null;
        int dashes = rest.IndexOf("--", StringComparison.Ordinal);
        var idsText = rest;
        if (dashes >= 0)
        {
            idsText = rest[..dashes];
            justification = rest[(dashes + 2)..].Trim();
            if (justification.Length == 0)
            {
                justification = null;
            }
        }

        var ids = IdPattern().Matches(idsText).Select(m => m.Value.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        // Words in the id list that are not ids (a typo such as "PL20O2") are kept so they can be reported.
        var others = idsText.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !IdPattern().IsMatch(w)).ToList();
        return new SuppressionMarker(action, [.. ids, .. others], justification);
    }

    /// <summary>The first rule id named in a text (PolicyLint's own comment names the rule it is about).</summary>
    public static string? FirstRuleId(string text) => IdPattern().Match(text) is { Success: true } m ? m.Value.ToUpperInvariant() : null;
}
