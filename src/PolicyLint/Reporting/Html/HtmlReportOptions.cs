namespace PolicyLint.Reporting.Html;

/// <summary>How an HTML report is titled and where its rule links point.</summary>
internal sealed record HtmlReportOptions
{
    /// <summary>The page title and main heading.</summary>
    public string Title { get; init; } = "PolicyLint report";

    /// <summary>
    /// The address that rule pages (docs/rules/PLxxxx.md) are relative to, ending in '/'; null leaves rule ids
    /// unlinked.
    /// </summary>
    public string? HelpBaseUri { get; init; }
}
