using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting.Html;

/// <summary>How the HTML report names things for people: categories, severities, statuses, formats and places.</summary>
internal static class HtmlNames
{
    public static string Category(RuleCategory category) => category switch
    {
        RuleCategory.RequiredClause => "Required clauses",
        RuleCategory.Language => "Language",
        RuleCategory.Practice => "Practice",
        RuleCategory.Upkeep => "Upkeep",
        _ => "Reading the document",
    };

    public static string Severity(Severity severity) => severity switch
    {
        Rules.Diagnostics.Severity.Error => "Error",
        Rules.Diagnostics.Severity.Warning => "Warning",
        _ => "Info",
    };

    public static string Severities(Severity severity) => severity switch
    {
        Rules.Diagnostics.Severity.Error => "Errors",
        Rules.Diagnostics.Severity.Warning => "Warnings",
        _ => "Infos",
    };

    public static string Status(ClauseStatus status) => status switch
    {
        ClauseStatus.Present => "Present",
        ClauseStatus.Partial => "Partial",
        ClauseStatus.Uncertain => "Uncertain",
        _ => "Missing",
    };

    public static string Format(SourceFormat? format) => format switch
    {
        SourceFormat.Markdown => "Markdown",
        SourceFormat.Text => "Plain text",
        SourceFormat.Docx => "Word document",
        SourceFormat.Pdf => "PDF",
        SourceFormat.Html => "Web page",
        _ => "Unknown format",
    };

    /// <summary>"paragraph 43" for Word, "page 2, line 27" for PDF, "line 54, column 74" otherwise.</summary>
    public static string Place(SourceFormat? format, SourceLocation location) => format switch
    {
        SourceFormat.Docx => $"paragraph {location.Paragraph ?? location.Line}",
        SourceFormat.Pdf => $"page {location.Page ?? 1}, line {location.Line}",
        _ => $"line {location.Line}, column {location.Column}",
    };

    /// <summary>The place with the heading path after it: "paragraph 43, in 6 Training".</summary>
    public static string PlaceInSection(SourceFormat? format, SourceLocation location) =>
        location.Section is { Length: > 0 } section ? Place(format, location) + ", in " + section : Place(format, location);

    /// <summary>"1 error", "3 warnings", "2 infos".</summary>
    public static string Count(int n, Severity severity) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (severity switch
        {
            Rules.Diagnostics.Severity.Error => n == 1 ? "error" : "errors",
            Rules.Diagnostics.Severity.Warning => n == 1 ? "warning" : "warnings",
            _ => n == 1 ? "info" : "infos",
        });
}
