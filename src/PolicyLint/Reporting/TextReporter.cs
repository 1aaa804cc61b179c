using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting;

/// <summary>
/// One finding a line, compiler style, then each document's required-clause scorecard, a summary table and the totals:
/// <c>corpus/x.md:12:5: warning PL2001: 'violence and aggression' frames … [docs/rules/PL2001.md]</c>.
/// With <see cref="TextStyle.Ansi"/> the severities and statuses are coloured; the words are the same.
/// </summary>
internal sealed class TextReporter(TextStyle? style = null) : IReporter
{
    private readonly TextStyle _style = style ?? TextStyle.Plain;

    // Scorecards follow all the findings; each is kept as its few lines of text, never as the document, and past a
    // budget in a temporary file, so memory does not grow with the number of documents.
    private SpillText _scorecards = new();
    private readonly SummaryTable _table = new();

    public void Begin(RunPlan plan, TextWriter writer)
    {
        _scorecards.Dispose();
        _scorecards = new SpillText();
        _table.Clear();
    }

    public void Dispose() => _scorecards.Dispose();

    public void Add(int index, DocumentReport report, TextWriter writer)
    {
        foreach (var f in report.Active)
        {
            var where = LocationText.Format(report.Format, f.Location);
            var section = f.Location.Section is { Length: > 0 } s ? $" (in {s})" : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Path}:{where}: {_style.Severity(f.Severity, Names.Of(f.Severity))} {f.RuleId}: {f.Message}{section}{Help(f)}"));
        }

        if (report.Clauses.Count > 0 && report.Document is not null)
        {
            using var card = new StringWriter(CultureInfo.InvariantCulture);
            WriteScorecard(report, card, _style);
            _scorecards.Append(card.ToString());
        }

        _table.Add(report);
    }

    /// <summary>The docs page in brackets; an organisation's own term (PL8xxx) has none.</summary>
    private static string Help(PolicyLint.Rules.Diagnostics.Finding f) =>
        PolicyLint.Rules.RuleCatalog.Find(f.RuleId) is null ? string.Empty : $" [{f.Rule.HelpPath}]";

    public void End(RunTotals totals, TextWriter writer)
    {
        // Problems in the configuration read like findings on its files, after the documents' findings.
        foreach (var c in totals.Configuration)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Path}:{c.Line}:{c.Column}: {_style.Severity(c.Severity, Names.Of(c.Severity))} {c.RuleId}: {c.Message} [{c.Descriptor.HelpPath}]"));
        }

        _scorecards.WriteTo(writer);
        _table.Write(writer, _style);
        _table.Clear();
        var kinds = string.Join(", ", totals.Kinds.Select(k => $"{k.Count} {Names.Of(k.Kind)}"));
        writer.WriteLine();
        var kindText = kinds.Length > 0 ? $" ({kinds})" : string.Empty;
        var suppressed = totals.Suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {totals.Suppressed} suppressed") : string.Empty;
        var unreadable = totals.AnyUnreadable ? $"; {Plural(totals.Unreadable.Count, "file")} could not be read" : string.Empty;
        var configuration = totals.Configuration.Count > 0 ? $" (of which {Plural(totals.Configuration.Count, "is", "are")} about the configuration)" : string.Empty;
        writer.WriteLine($"{Plural(totals.Documents, "document")} checked{kindText}: {Plural(totals.Errors, "error")}, {Plural(totals.Warnings, "warning")}, {Plural(totals.Infos, "info", "infos")}{configuration}{suppressed}{unreadable}");
    }

    /// <summary>
    /// The required-clause scorecard of one document, laid out like a tender evaluation checklist: each clause with its
    /// status, where the evidence is and, for clauses of several elements, which are missing.
    /// </summary>
    private static void WriteScorecard(DocumentReport doc, TextWriter writer, TextStyle style)
    {
        var document = doc.Document!;
        var counts = string.Join(", ", doc.Clauses.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Names.Of(g.Key)}"));
        writer.WriteLine();
        writer.WriteLine(style.Bold($"{doc.Path}: required clauses ({Names.Of(doc.Kind!.Value)})") + ": " + counts);
        foreach (var c in doc.Clauses.OrderBy(c => c.RuleId, StringComparer.Ordinal))
        {
            var name = PolicyLint.Rules.RuleCatalog.Find(c.RuleId)?.Name ?? string.Empty;
            var where = c.Evidence is { } span
                ? (c.Status == PolicyLint.Rules.Analysis.ClauseStatus.Missing ? "nearest " : string.Empty) + LocationText.Format(doc.Format, document.Locate(span.Start))
                : "not found";
            var missing = c.Elements.Where(e => !e.Found).Select(e => e.Name).ToList();
            var lacks = missing.Count > 0 && c.Status != PolicyLint.Rules.Analysis.ClauseStatus.Present ? $"; missing: {string.Join(", ", missing)}" : string.Empty;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {style.Status(c.Status, Names.Of(c.Status))}{new string(' ', Math.Max(0, 9 - Names.Of(c.Status).Length))} {c.RuleId} {name}: {where}{lacks}"));
        }
    }

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
