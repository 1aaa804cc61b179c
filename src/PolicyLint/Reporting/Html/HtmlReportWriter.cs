using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// Renders document reports as one self-contained HTML page: inline stylesheet and script, an inline SVG chart,
/// nothing fetched (a Content-Security-Policy says so to the browser). Used by <c>check --format html</c> through
/// <see cref="HtmlReporter"/>, and by anything else that has reports to show (<see cref="Render"/>).
/// </summary>
/// <remarks>
/// The page streams: <see cref="WriteStart"/> writes the head and the list of documents, <see cref="WriteDocument"/>
/// one document's section as soon as it is ready (then the document is let go), <see cref="WriteEnd"/> the filters and
/// the summary, counted on the way. The summary is therefore last in the file, reached by a skip link at the top; the
/// script moves it and the filters to the top of the page. Without script the page is complete, summary last.
/// Every piece of text from a document, a path or a message is HTML-encoded by <see cref="HtmlText"/>.
/// </remarks>
internal sealed class HtmlReportWriter
{
    private const int MaxEvidence = 600;

    private readonly HtmlReportOptions _options;
    private readonly HtmlRunTally _tally = new();

    public HtmlReportWriter(HtmlReportOptions? options = null) => _options = options ?? new HtmlReportOptions();

    /// <summary>Renders <paramref name="reports"/> to a whole page.</summary>
    public static string Render(IReadOnlyList<DocumentReport> reports, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(reports, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders <paramref name="reports"/> to a whole page on <paramref name="writer"/>.</summary>
    public static void Render(IReadOnlyList<DocumentReport> reports, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var page = new HtmlReportWriter(options);
        page.WriteStart(writer, [.. reports.Select(r => r.Path)]);
        for (int i = 0; i < reports.Count; i++)
        {
            page.WriteDocument(writer, i, reports[i]);
        }

        page.WriteEnd(writer);
    }

    /// <summary>The element id of the section of the document at <paramref name="index"/>.</summary>
    public static string DocumentId(int index) => "doc-" + N(index + 1);

    /// <summary>The head, the page header with the list of documents, and the opening of the main landmark.</summary>
    public void WriteStart(TextWriter w, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(paths);
        w.Write("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlText.Encode(HtmlReportAssets.ContentSecurityPolicy)}\">\n");
        w.Write("<meta name=\"referrer\" content=\"no-referrer\">\n");
        w.Write($"<meta name=\"generator\" content=\"{HtmlText.Encode(ToolInfo.Name + " " + ToolInfo.Version)}\">\n");
        w.Write($"<title>{HtmlText.Encode(_options.Title)}</title>\n<style>");
        w.Write(HtmlReportAssets.Stylesheet);
        w.Write("</style>\n</head>\n<body>\n");
        w.Write("<a class=\"skip-link\" href=\"#summary\">Skip to the summary</a>\n");
        w.Write("<header class=\"page-header\">\n");
        w.Write($"<h1>{HtmlText.Encode(_options.Title)}</h1>\n");
        w.Write($"<p class=\"lede\">{HtmlText.Encode(Plural(paths.Count, "document"))} checked by {HtmlText.Encode(ToolInfo.Name)} {HtmlText.Encode(ToolInfo.Version)} against national guidance on restrictive practice.</p>\n");
        if (paths.Count > 1)
        {
            w.Write("<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Documents</h2>\n<ol>\n");
            for (int i = 0; i < paths.Count; i++)
            {
                w.Write($"<li><a href=\"#{DocumentId(i)}\">{HtmlText.Encode(paths[i])}</a></li>\n");
            }

            w.Write("</ol>\n</nav>\n");
        }

        w.Write("</header>\n<main id=\"main\">\n<div id=\"summary-slot\"></div>\n<div id=\"documents\">\n");
        w.Flush();
    }

    /// <summary>One document's section: what it is, its scorecard, its findings grouped by category.</summary>
    public void WriteDocument(TextWriter w, int index, DocumentReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        _tally.Add(index, report);
        var row = _tally.Documents[^1];
        var id = DocumentId(index);
        w.Write($"<section class=\"document\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n");
        w.Write($"<h2 id=\"{id}-title\">{HtmlText.Encode(report.Path)}</h2>\n");
        var kind = report.Kind is { } k ? Names.Of(k) : "not read";
        var counts = $"{HtmlNames.Count(row.Errors, Severity.Error)}, {HtmlNames.Count(row.Warnings, Severity.Warning)}, {HtmlNames.Count(row.Infos, Severity.Info)}";
        w.Write($"<p class=\"meta\">{HtmlText.Encode(HtmlNames.Format(report.Format))} · kind: {HtmlText.Encode(kind)} · setting: {HtmlText.Encode(Names.Of(report.Setting))} · {counts}</p>\n");
        if (report.Error is not null)
        {
            w.Write($"<p class=\"unreadable\"><strong>This file could not be read:</strong> {HtmlText.Encode(report.Error)}</p>\n");
        }

        WriteScorecard(w, id, report);
        WriteFindings(w, id, report);
        w.Write("</section>\n");
        w.Flush();
    }

    /// <summary>
    /// The problems in the run's configuration (when there are any), the filters and the summary, then the end of the
    /// page. The configuration's problems count in the summary's figures like findings of their severity.
    /// </summary>
    public void WriteEnd(TextWriter w, IReadOnlyList<Analysis.Configuration.ConfigWarning>? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Write("</div>\n");
        WriteConfiguration(w, configuration ?? []);
        WriteFilters(w);

        // The filters count findings, which they can hide; the summary counts the configuration's problems too.
        foreach (var c in configuration ?? [])
        {
            _tally.Totals.AddConfiguration(c, null);
        }

        WriteSummary(w);
        w.Write("</main>\n<footer class=\"page-footer\">\n");
        w.Write($"<p>Made by {HtmlText.Encode(ToolInfo.Name)} {HtmlText.Encode(ToolInfo.Version)}. Findings point to where the text is in each file; each rule's page says what it checks and the guidance it comes from.</p>\n");
        w.Write("</footer>\n<script>");
        w.Write(HtmlReportAssets.Script);
        w.Write("</script>\n</body>\n</html>\n");
        w.Flush();
    }

    private void WriteScorecard(TextWriter w, string id, DocumentReport report)
    {
        if (report.Document is null)
        {
            return;
        }

        w.Write($"<h3 id=\"{id}-clauses\">Required clauses</h3>\n");
        if (report.Clauses.Count == 0)
        {
            var why = report.Kind == DocumentKind.Other
                ? "This document was read as neither a specification nor a policy, so its required clauses were not checked; only language and practice rules ran."
                : "No required clauses were checked for this document.";
            w.Write($"<p class=\"no-findings\">{HtmlText.Encode(why)}</p>\n");
            return;
        }

        var statusCounts = string.Join(", ", report.Clauses.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{N(g.Count())} {Names.Of(g.Key)}"));
        w.Write("<table class=\"scorecard\">\n");
        w.Write($"<caption>Scorecard for {HtmlText.Encode(report.Path)} as a {HtmlText.Encode(Names.Of(report.Kind ?? DocumentKind.Other))}: {HtmlText.Encode(statusCounts)}</caption>\n");
        w.Write("<thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Requirement</th><th scope=\"col\">Status</th><th scope=\"col\">Evidence and where it is</th><th scope=\"col\">What is missing</th></tr></thead>\n<tbody>\n");
        var document = report.Document;
        foreach (var c in report.Clauses.OrderBy(c => c.RuleId, StringComparer.Ordinal))
        {
            var rule = RuleCatalog.Find(c.RuleId);
            var status = Names.Of(c.Status);
            w.Write($"<tr class=\"clause\" id=\"{ClauseRowId(id, c.RuleId)}\" data-rule=\"{HtmlText.Encode(c.RuleId)}\" data-status=\"{status}\">");
            w.Write($"<th scope=\"row\">{RuleLink(c.RuleId, rule)}</th>");
            w.Write($"<td><span class=\"requirement\">{HtmlText.Encode(rule?.Title ?? c.RuleId)}</span>");
            if (rule is not null)
            {
                w.Write($"<span class=\"rule-name\">{HtmlText.Encode(rule.Name)}</span>");
            }

            w.Write($"</td><td><span class=\"badge status-{status}\">{HtmlNames.Status(c.Status)}</span></td><td>");
            if (c.Evidence is { } span && span.End <= document.Text.Length)
            {
                var where = HtmlNames.PlaceInSection(report.Format, document.Locate(span.Start));
                var label = c.Status switch
                {
                    ClauseStatus.Missing => "Nearest passage: ",
                    ClauseStatus.Uncertain => "Possibly stated here (check it): ",
                    _ => string.Empty,
                };
                w.Write($"<blockquote class=\"evidence\"><p>{HtmlText.Encode(Shorten(document.GetText(span), MaxEvidence))}</p></blockquote>");
                w.Write($"<span class=\"where\">{HtmlText.Encode(label + where)}</span>");
            }
            else
            {
                w.Write("Not found");
            }

            w.Write("</td><td>");
            if (c.Status != ClauseStatus.Present)
            {
                w.Write($"<p class=\"explanation\">{HtmlText.Encode(c.Explanation)}</p>");
                var missing = c.Elements.Where(e => !e.Found).ToList();
                if (missing.Count > 0)
                {
                    w.Write("<ul class=\"missing-list\" aria-label=\"Missing elements\">");
                    foreach (var e in missing)
                    {
                        w.Write($"<li>{HtmlText.Encode(e.Name)}</li>");
                    }

                    w.Write("</ul>");
                }

                if (c.Status == ClauseStatus.Uncertain && c.RuleStatus is { } ruleStatus)
                {
                    w.Write($"<p class=\"explanation\">The rules found it {HtmlText.Encode(Names.Of(ruleStatus))}; a sentence reads very much like it in other words.</p>");
                }
            }
            else
            {
                w.Write("Nothing");
            }

            w.Write("</td></tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
    }

    private void WriteFindings(TextWriter w, string id, DocumentReport report)
    {
        w.Write($"<h3 id=\"{id}-findings\">Findings</h3>\n");
        var findings = report.Active.Where(f => f.Severity != Severity.None).ToList();
        if (findings.Count == 0)
        {
            w.Write("<p class=\"no-findings\">No findings.</p>\n");
            return;
        }

        int n = 0;
        foreach (var group in findings.GroupBy(f => f.Rule.Category).OrderBy(g => g.Key))
        {
            var category = HtmlNames.Category(group.Key);
            var groupId = $"{id}-{Names.Of(group.Key).ToLowerInvariant()}";
            w.Write($"<section class=\"finding-group\" aria-labelledby=\"{groupId}\">\n");
            w.Write($"<h4 id=\"{groupId}\">{HtmlText.Encode(category)} ({N(group.Count())})</h4>\n<ol class=\"findings\">\n");
            foreach (var f in group)
            {
                WriteFinding(w, id, $"{id}-f{N(++n)}", report, f);
            }

            w.Write("</ol>\n</section>\n");
        }
    }

    private void WriteFinding(TextWriter w, string documentId, string id, DocumentReport report, Finding f)
    {
        var severity = Names.Of(f.Severity);
        w.Write($"<li class=\"finding\" id=\"{id}\" data-severity=\"{severity}\" data-rule=\"{HtmlText.Encode(f.RuleId)}\">\n");
        w.Write($"<p class=\"finding-head\"><span class=\"badge sev-{severity}\">{HtmlNames.Severity(f.Severity)}</span> {RuleLink(f.RuleId, f.Rule)} <span class=\"rule-title\">{HtmlText.Encode(f.Rule.Title)}</span>");
        if (f.Span.Length == 0 && f.Rule.Category == RuleCategory.RequiredClause && report.Clauses.Any(c => c.RuleId == f.RuleId))
        {
            // A clause the document lacks has no place of its own: point at its row of the scorecard instead.
            w.Write($"<span class=\"where\">The whole document: see <a href=\"#{ClauseRowId(documentId, f.RuleId)}\">its row of the scorecard</a></span></p>\n");
        }
        else
        {
            w.Write($"<span class=\"where\">{HtmlText.Encode(HtmlNames.PlaceInSection(report.Format, f.Location))}</span></p>\n");
        }

        w.Write($"<p class=\"message\">{HtmlText.Encode(f.Message)}</p>\n");
        if (FindingContext.Of(report.Document, f.Span) is { } context)
        {
            w.Write("<blockquote class=\"context\"><p>");
            HtmlText.Write(w, context.Before);
            w.Write("<mark>");
            HtmlText.Write(w, context.Marked);
            w.Write("</mark>");
            HtmlText.Write(w, context.After);
            w.Write("</p></blockquote>\n");
        }

        var alternatives = f.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        if (alternatives.Count > 0)
        {
            w.Write("<p class=\"alternatives\"><strong>Instead, consider:</strong> ");
            for (int i = 0; i < alternatives.Count; i++)
            {
                if (i > 0)
                {
                    w.Write(i == alternatives.Count - 1 ? " or " : ", ");
                }

                w.Write($"<q>{HtmlText.Encode(alternatives[i])}</q>");
            }

            w.Write("</p>\n");
        }

        w.Write("</li>\n");
    }

    private void WriteFilters(TextWriter w)
    {
        // Hidden until the script shows it: without script the controls would do nothing.
        w.Write("<form id=\"filters\" class=\"filters\" hidden aria-labelledby=\"filters-title\">\n<h2 id=\"filters-title\">Filter the findings</h2>\n");
        w.Write("<fieldset>\n<legend>Severity</legend>\n");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            var name = Names.Of(severity);
            int count = severity switch { Severity.Error => _tally.Totals.Errors, Severity.Warning => _tally.Totals.Warnings, _ => _tally.Totals.Infos };
            w.Write($"<label><input type=\"checkbox\" name=\"severity\" value=\"{name}\" checked> {HtmlNames.Severities(severity)} ({N(count)})</label>\n");
        }

        w.Write("</fieldset>\n");
        var rules = _tally.Rules.ToList();
        if (rules.Count > 0)
        {
            w.Write("<fieldset>\n<legend>Rules</legend>\n");
            w.Write("<button type=\"button\" id=\"rules-all\">Show every rule</button><button type=\"button\" id=\"rules-none\">Hide every rule</button>\n");
            w.Write($"<details>\n<summary>Choose rules ({N(rules.Count)})</summary>\n<div class=\"rule-choices\">\n");
            foreach (var (rule, count) in rules)
            {
                var ruleId = HtmlText.Encode(rule.Id);
                w.Write($"<label><input type=\"checkbox\" name=\"rule\" value=\"{ruleId}\" checked> {ruleId} {HtmlText.Encode(rule.Title)} ({N(count)})</label>\n");
            }

            w.Write("</div>\n</details>\n</fieldset>\n");
        }

        w.Write("<p id=\"filter-status\" class=\"filter-status\" role=\"status\" aria-live=\"polite\"></p>\n</form>\n");
    }

    /// <summary>
    /// Problems in policylint.json and suppressions files, each with its file, line and column: they are about how the
    /// run was configured, not about a document, so they have a section of their own (which the filters leave alone).
    /// </summary>
    private void WriteConfiguration(TextWriter w, IReadOnlyList<Analysis.Configuration.ConfigWarning> configuration)
    {
        if (configuration.Count == 0)
        {
            return;
        }

        w.Write("<section id=\"configuration\" class=\"configuration\" aria-labelledby=\"configuration-title\">\n<h2 id=\"configuration-title\">Configuration</h2>\n");
        w.Write("<p>Problems in the configuration and suppressions files this run read. Each counts in the summary like a finding of its severity.</p>\n<ul class=\"configuration-problems\">\n");
        foreach (var c in configuration)
        {
            var severity = Names.Of(c.Severity);
            var where = string.Create(CultureInfo.InvariantCulture, $"{c.Path}, line {c.Line}, column {c.Column}");
            w.Write($"<li class=\"configuration-problem\" data-severity=\"{severity}\" data-rule=\"{HtmlText.Encode(c.RuleId)}\">\n");
            w.Write($"<p class=\"finding-head\"><span class=\"badge sev-{severity}\">{HtmlNames.Severity(c.Severity)}</span> {RuleLink(c.RuleId, c.Descriptor)} <span class=\"rule-title\">{HtmlText.Encode(c.Descriptor.Title)}</span><span class=\"where\">{HtmlText.Encode(where)}</span></p>\n");
            w.Write($"<p class=\"message\">{HtmlText.Encode(c.Message)}</p>\n</li>\n");
        }

        w.Write("</ul>\n</section>\n");
    }

    private void WriteSummary(TextWriter w)
    {
        var totals = _tally.Totals;
        w.Write("<section id=\"summary\" class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n");
        w.Write("<ul class=\"summary-figures\">\n");
        Figure(w, "summary-documents", totals.Documents, totals.Documents == 1 ? "document checked" : "documents checked");
        Figure(w, "summary-errors", totals.Errors, totals.Errors == 1 ? "error" : "errors");
        Figure(w, "summary-warnings", totals.Warnings, totals.Warnings == 1 ? "warning" : "warnings");
        Figure(w, "summary-infos", totals.Infos, totals.Infos == 1 ? "info" : "infos");
        var withErrors = _tally.Documents.Where(d => d.Errors > 0).ToList();
        Figure(w, "summary-documents-with-errors", withErrors.Count, withErrors.Count == 1 ? "document with errors" : "documents with errors");
        if (totals.AnyUnreadable)
        {
            Figure(w, "summary-unreadable", totals.Unreadable.Count, totals.Unreadable.Count == 1 ? "file could not be read" : "files could not be read");
        }

        w.Write("</ul>\n");
        var kinds = string.Join(", ", totals.Kinds.Select(k => $"{N(k.Count)} {Names.Of(k.Kind)}"));
        if (kinds.Length > 0)
        {
            w.Write($"<p>By kind: {HtmlText.Encode(kinds)}.</p>\n");
        }

        w.Write("<h3>Documents with errors</h3>\n");
        if (withErrors.Count == 0)
        {
            w.Write("<p>None.</p>\n");
        }
        else
        {
            w.Write("<ul class=\"documents-with-errors\">\n");
            foreach (var d in withErrors)
            {
                w.Write($"<li><a href=\"#{DocumentId(d.Index)}\">{HtmlText.Encode(d.Path)}</a>: {HtmlNames.Count(d.Errors, Severity.Error)}{(d.Unreadable ? " (could not be read)" : string.Empty)}</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("<h3>Findings by category and severity</h3>\n<figure>\n");
        SeverityChart.Write(w, _tally, "chart-categories");
        w.Write("\n<figcaption>Findings by category, each bar split into errors, warnings and infos; the table below gives the same numbers.</figcaption>\n</figure>\n");
        w.Write("<table class=\"by-category\">\n<caption>Findings by category and severity</caption>\n");
        w.Write("<thead><tr><th scope=\"col\">Category</th><th scope=\"col\" class=\"number\">Errors</th><th scope=\"col\" class=\"number\">Warnings</th><th scope=\"col\" class=\"number\">Infos</th><th scope=\"col\" class=\"number\">All</th></tr></thead>\n<tbody>\n");
        foreach (var (category, errors, warnings, infos) in _tally.Categories)
        {
            w.Write($"<tr><th scope=\"row\">{HtmlText.Encode(HtmlNames.Category(category))}</th><td class=\"number\">{N(errors)}</td><td class=\"number\">{N(warnings)}</td><td class=\"number\">{N(infos)}</td><td class=\"number\">{N(errors + warnings + infos)}</td></tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
        WriteDocumentTable(w);
        w.Write("</section>\n");
    }

    private void WriteDocumentTable(TextWriter w)
    {
        if (_tally.Documents.Count == 0)
        {
            w.Write("<p>No documents were checked.</p>\n");
            return;
        }

        w.Write("<h3>Every document</h3>\n<table class=\"documents-table\">\n<caption>Findings and required clauses by document</caption>\n<thead><tr>");
        w.Write("<th scope=\"col\">Document</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"number\">Errors</th><th scope=\"col\" class=\"number\">Warnings</th><th scope=\"col\" class=\"number\">Infos</th>");
        foreach (var status in Statuses)
        {
            w.Write($"<th scope=\"col\" class=\"number\">Clauses {Names.Of(status)}</th>");
        }

        w.Write("</tr></thead>\n<tbody>\n");
        foreach (var d in _tally.Documents)
        {
            w.Write($"<tr><th scope=\"row\"><a href=\"#{DocumentId(d.Index)}\">{HtmlText.Encode(d.Path)}</a></th><td>{HtmlText.Encode(d.Kind is { } k ? Names.Of(k) : "not read")}</td>");
            w.Write($"<td class=\"number\">{N(d.Errors)}</td><td class=\"number\">{N(d.Warnings)}</td><td class=\"number\">{N(d.Infos)}</td>");
            foreach (var status in Statuses)
            {
                w.Write($"<td class=\"number\">{(d.Clauses.Count == 0 ? "–" : N(d.Clauses.GetValueOrDefault(status)))}</td>");
            }

            w.Write("</tr>\n");
        }

        w.Write("</tbody>\n</table>\n");
    }

    private static readonly ClauseStatus[] Statuses = [ClauseStatus.Present, ClauseStatus.Partial, ClauseStatus.Uncertain, ClauseStatus.Missing];

    private static void Figure(TextWriter w, string id, int n, string label) =>
        w.Write($"<li id=\"{id}\"><span class=\"figure\">{N(n)}</span> {HtmlText.Encode(label)}</li>\n");

    private string RuleLink(string ruleId, RuleDescriptor? rule)
    {
        var text = HtmlText.Encode(ruleId);
        if (_options.HelpBaseUri is { } baseUri && rule is not null)
        {
            return $"<a class=\"rule-id\" href=\"{HtmlText.Encode(baseUri + rule.HelpPath)}\">{text}</a>";
        }

        return $"<span class=\"rule-id\">{text}</span>";
    }

    private static string ClauseRowId(string documentId, string ruleId) => documentId + "-" + HtmlText.Encode(ruleId);

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(text.LastIndexOf(' ', max) is > 0 and var space ? space : max)] + "…";

    private static string Plural(int n, string one) => N(n) + " " + (n == 1 ? one : one + "s");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
