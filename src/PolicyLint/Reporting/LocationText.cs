using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting;

/// <summary>How a location reads in one line of text: md/txt/html "12:5", docx "¶42", pdf "p3:l12".</summary>
internal static class LocationText
{
    public static string Format(SourceFormat? format, SourceLocation location) => format switch
    {
        SourceFormat.Docx => $"¶{location.Paragraph ?? location.Line}",
        SourceFormat.Pdf => $"p{location.Page ?? 1}:l{location.Line}",
        _ => $"{location.Line}:{location.Column}",
    };

    public static string Severity(Severity severity) => Names.Of(severity);
}
