using System.Globalization;
using System.Text;
using PolicyLint.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one a finding, which the runner turns into annotations on the pull request:
/// <c>::warning file=policies/x.md,line=12,col=5,endColumn=14,title=PL2001 Person-first language::message</c>.
/// Errors are <c>::error</c>, warnings <c>::warning</c>, infos <c>::notice</c>. Markdown, text and HTML annotations
/// carry the line and column (and, for one-line Markdown and text spans, the last column: GitHub counts it as the
/// column of the last character). Word and PDF files have no text lines a reviewer could jump to, so their
/// annotations carry no line at all (a made-up line 1 would point at nothing) and the message starts with the
/// paragraph or the page and line instead. A plain summary line ends the output.
/// </summary>
internal sealed class GitHubReporter : IReporter
{
    public void Begin(RunPlan plan, TextWriter writer)
    {
        // Nothing to write before the first finding.
    }

    public void Dispose()
    {
        // Nothing held.
    }

    public void Add(int index, DocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var file = RepositoryPath(report.Path);
        foreach (var f in report.Findings)
        {
            if (f.Severity == Severity.None)
            {
                continue;
            }

            writer.WriteLine(Command(report.Format, file, f));
        }
    }

    public void End(RunTotals totals, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var c in totals.Configuration)
        {
            writer.WriteLine(ConfigurationCommand(c));
        }

        var unreadable = totals.AnyUnreadable ? $"; {Plural(totals.Unreadable.Count, "file")} could not be read" : string.Empty;
        writer.WriteLine($"PolicyLint: {Plural(totals.Documents, "document")} checked: {Plural(totals.Errors, "error")}, {Plural(totals.Warnings, "warning")}, {Plural(totals.Infos, "info", "infos")}{unreadable}");
    }

    /// <summary>The workflow command for one finding.</summary>
    internal static string Command(SourceFormat? format, string file, Finding finding)
    {
        var name = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string> { "file=" + EscapeProperty(file) };
        var location = finding.Location;
        var message = new StringBuilder();
        switch (format)
        {
            case SourceFormat.Docx:
                message.Append(CultureInfo.InvariantCulture, $"Paragraph {location.Paragraph ?? location.Line}");
                break;
            case SourceFormat.Pdf:
                message.Append(CultureInfo.InvariantCulture, $"Page {location.Page ?? 1}, line {location.Line}");
                break;
            default:
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={location.Line}"));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={location.Column}"));
                if (format is SourceFormat.Markdown or SourceFormat.Text && finding.Text.Length > 0 &&
                    !finding.Text.Contains('\n', StringComparison.Ordinal) && !finding.Text.EndsWith("...", StringComparison.Ordinal))
                {
                    properties.Add(string.Create(CultureInfo.InvariantCulture, $"endColumn={location.Column + finding.Text.Length - 1}"));
                }

                break;
        }

        if (message.Length > 0)
        {
            message.Append(": ");
        }

        message.Append(finding.Message);
        if (location.Section is { Length: > 0 } section)
        {
            message.Append(" (in ").Append(section).Append(')');
        }

        properties.Add("title=" + EscapeProperty($"{finding.RuleId} {finding.Rule.Title}"));
        return $"::{name} {string.Join(',', properties)}::{EscapeData(message.ToString())}";
    }

    /// <summary>
    /// The workflow command for a problem in a configuration or suppressions file: a JSON file has real lines, so the
    /// annotation carries the line and column of the entry.
    /// </summary>
    internal static string ConfigurationCommand(Analysis.Configuration.ConfigWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var name = warning.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var properties = string.Create(CultureInfo.InvariantCulture, $"file={EscapeProperty(RepositoryPath(warning.Path))},line={warning.Line},col={warning.Column},title={EscapeProperty($"{warning.RuleId} {warning.Descriptor.Title}")}");
        return $"::{name} {properties}::{EscapeData(warning.Message)}";
    }

    /// <summary>A command's message: '%', CR and LF are percent-encoded so the command stays on one line.</summary>
    internal static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as <see cref="EscapeData"/>, and ':' and ',' too, which would end the value.</summary>
    internal static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>The path as GitHub expects it: relative to the working folder (the checkout) where it can be, with '/'.</summary>
    private static string RepositoryPath(string path)
    {
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                path = relative;
            }
        }

        return path.Replace('\\', '/');
    }

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
