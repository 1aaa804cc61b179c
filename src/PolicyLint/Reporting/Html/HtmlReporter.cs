using PolicyLint.Analysis;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// <c>--format html</c>: the run as one self-contained page, written document by document as reports arrive
/// (see <see cref="HtmlReportWriter"/>).
/// </summary>
internal sealed class HtmlReporter(HtmlReportOptions? options = null) : IReporter
{
    private HtmlReportWriter? _page;

    public void Begin(RunPlan plan, TextWriter writer)
    {
        _page = new HtmlReportWriter(options);
        _page.WriteStart(writer, [.. plan.Documents.Select(d => d.Path)]);
    }

    public void Add(int index, DocumentReport report, TextWriter writer) => _page!.WriteDocument(writer, index, report);

    public void End(RunTotals totals, TextWriter writer)
    {
        _page!.WriteEnd(writer, totals.Configuration);
        _page = null;
    }

    public void Dispose()
    {
        // Nothing held: each section is written as its document arrives.
    }
}
