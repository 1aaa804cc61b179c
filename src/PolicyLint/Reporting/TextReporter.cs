using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting;

/// <summary>
/// One finding a line, compiler style, then a summary:
/// <c>corpus/x.md:12:5: warning PL2001: 'violence and aggression' frames … [docs/rules/PL2001.md]</c>.
/// </summary>
internal sealed class TextReporter : IReporter
{
    public void Write(CheckResult result, TextWriter writer)
    {
        foreach (var doc in result.Documents)
        {
            foreach (var f in doc.Findings)
            {
                var where = LocationText.Format(doc.Format, f.Location);
                var section = f.Location.Section is { Length: > 0 } s ? $" (in {s})" : string.Empty;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{doc.Path}:{where}: {Names.Of(f.Severity)} {f.RuleId}: {f.Message}{section} [{f.Rule.HelpPath}]"));
            }
        }

        var kinds = string.Join(", ", result.Documents.Where(d => d.Kind is not null).GroupBy(d => d.Kind!.Value).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Names.Of(g.Key)}"));
        writer.WriteLine();
        var kindText = kinds.Length > 0 ? $" ({kinds})" : string.Empty;
        var unreadable = result.AnyUnreadable ? $"; {Plural(result.Documents.Count(d => d.Error is not null), "file")} could not be read" : string.Empty;
        writer.WriteLine($"{Plural(result.Documents.Count, "document")} checked{kindText}: {Plural(result.Count(Severity.Error), "error")}, {Plural(result.Count(Severity.Warning), "warning")}, {Plural(result.Count(Severity.Info), "info", "infos")}{unreadable}");
    }

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
