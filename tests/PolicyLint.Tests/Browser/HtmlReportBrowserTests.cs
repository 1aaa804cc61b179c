using System.Text.Json;
using Microsoft.Playwright;
using PolicyLint.Reporting.Html;
using PolicyLint.Tests.Hostile;
using PolicyLint.Tests.Reporting;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Browser;

/// <summary>
/// The HTML report of the corpus in a real Chromium: the DOM agrees with the JSON of the same run, the filters hide
/// what they should, nothing is fetched, and the page passes the accessibility checks a script can make.
/// Screenshots go to screenshots/ under the test output; with POLICYLINT_UPDATE_DOCS_IMAGES=1 they are also copied
/// to docs/images/ for the README.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class HtmlReportBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    // One run of the corpus in each format serves every test here: they only read the outputs.
    private static readonly Lazy<(string ReportPath, JsonElement Json)> Corpus = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "browser-reports");
        Directory.CreateDirectory(folder);
        var reportPath = Path.Combine(folder, "corpus.html");
        // The real command line as a child process, from the repository root, so paths read "corpus/…" as a user sees them.
        var limit = TimeSpan.FromMinutes(3);
        var html = ChildRun.Run(TestPaths.RepoRoot, ["check", "corpus", "--format", "html", "--output", reportPath, "--as-of", "2026-11-21"], limit);
        Assert.True(html.ExitCode == 1, html.Stderr);
        var json = ChildRun.Run(TestPaths.RepoRoot, ["check", "corpus", "--format", "json", "--as-of", "2026-11-21"], limit);
        Assert.True(json.ExitCode == 1, json.Stderr);
        return (reportPath, JsonDocument.Parse(json.Stdout).RootElement.Clone());
    });

    private readonly List<string> _requests = [];
    private IBrowserContext? _context;
    private IPage? _page;

    private IPage Page => _page!;

    private static JsonElement Json => Corpus.Value.Json;

    public async Task InitializeAsync()
    {
        var reportPath = Corpus.Value.ReportPath;
        (_context, _page) = await chromium.NewPageAsync(_requests);
        await Page.GotoAsync(new Uri(reportPath).AbsoluteUri);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Scorecards_and_counts_per_document_match_the_json_of_the_same_run()
    {
        var sections = await Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll("section.document")).map(s => ({
              path: s.querySelector("h2").textContent,
              findings: Array.from(s.querySelectorAll("li.finding")).map(f => f.dataset.severity + " " + f.dataset.rule),
              clauses: Array.from(s.querySelectorAll("table.scorecard tbody tr")).map(r =>
                r.querySelector("th").textContent + " " + r.querySelector(".badge").textContent.toLowerCase()),
            }))
            """);

        var documents = Json.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(documents.Count, sections.GetArrayLength());
        Assert.True(documents.Count >= 10, "the corpus should have many documents");
        int i = 0;
        foreach (var section in sections.EnumerateArray())
        {
            var doc = documents[i++];
            Assert.Equal(doc.GetProperty("path").GetString(), section.GetProperty("path").GetString());
            var expectedFindings = doc.GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("severity").GetString() + " " + f.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal);
            Assert.Equal(expectedFindings, section.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal));
            var expectedClauses = doc.GetProperty("clauses").EnumerateArray()
                .Select(c => c.GetProperty("ruleId").GetString() + " " + c.GetProperty("status").GetString());
            Assert.Equal(expectedClauses, section.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!));
        }

        // The summary, which the script moved to the top, adds up to the JSON's summary.
        var summary = Json.GetProperty("summary");
        foreach (var name in new[] { "documents", "errors", "warnings", "infos" })
        {
            Assert.Equal(summary.GetProperty(name).GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await Page.TextContentAsync($"#summary-{name} .figure"));
        }

        Assert.True(await Page.EvaluateAsync<bool>("() => document.getElementById('summary').compareDocumentPosition(document.getElementById('documents')) === Node.DOCUMENT_POSITION_FOLLOWING"),
            "the script should move the summary above the documents");
        Assert.All(_requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
        Assert.Single(_requests);

        await Page.SetViewportSizeAsync(1280, 1500);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("html-report.png") });
        await Page.EvaluateAsync("() => document.getElementById('doc-20').scrollIntoView()");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("html-report-scorecard.png") });
        await Page.EvaluateAsync("() => document.getElementById('doc-21-language').scrollIntoView()");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("html-report-findings.png") });
        Assert.True(new FileInfo(Screenshots.PathOf("html-report.png")).Length > 10_000);
        if (Environment.GetEnvironmentVariable("POLICYLINT_UPDATE_DOCS_IMAGES") == "1")
        {
            Screenshots.PublishToDocs(Screenshots.PathOf("html-report.png"));
            Screenshots.PublishToDocs(Screenshots.PathOf("html-report-scorecard.png"));
            Screenshots.PublishToDocs(Screenshots.PathOf("html-report-findings.png"));
        }

        Assert.True(File.Exists(TestPaths.InRepo("docs", "images", "html-report.png")), "docs/images/html-report.png, shown in the README, is missing: run the browser tests with POLICYLINT_UPDATE_DOCS_IMAGES=1");
    }

    [Fact]
    public async Task Unchecking_a_severity_hides_its_findings_and_unchecking_a_rule_hides_that_rule()
    {
        var all = await Page.Locator("li.finding").CountAsync();
        var warnings = await Page.Locator("li.finding[data-severity='warning']").CountAsync();
        Assert.True(warnings > 0);

        // By keyboard: focus the box and press space, as a person without a mouse would.
        var warningBox = Page.GetByLabel("Warnings (", new PageGetByLabelOptions { Exact = false });
        await warningBox.FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        Assert.False(await warningBox.IsCheckedAsync());

        Assert.Equal(0, await VisibleCount("li.finding[data-severity='warning']"));
        Assert.Equal(all - warnings, await VisibleCount("li.finding"));
        Assert.True(await VisibleCount("li.finding[data-severity='error']") > 0);
        Assert.Equal($"Showing {all - warnings} of {all} findings.", await Page.TextContentAsync("#filter-status"));
        // A category group left with nothing to show is hidden with its heading.
        Assert.Equal(await Page.Locator(".finding-group").CountAsync(), await Page.EvaluateAsync<int>("""
            () => Array.from(document.querySelectorAll(".finding-group")).filter(g =>
              g.hidden === (g.querySelector(".finding:not([hidden])") === null)).length
            """));

        await warningBox.CheckAsync();
        Assert.Equal(all, await VisibleCount("li.finding"));

        await Page.Locator("#filters details summary").ClickAsync();
        var rule = Page.Locator("input[name='rule'][value='PL2002']");
        await rule.UncheckAsync();
        var pl2002 = await Page.Locator("li.finding[data-rule='PL2002']").CountAsync();
        Assert.True(pl2002 > 0);
        Assert.Equal(0, await VisibleCount("li.finding[data-rule='PL2002']"));
        Assert.Equal(all - pl2002, await VisibleCount("li.finding"));
    }

    [Fact]
    public async Task The_page_has_landmarks_ordered_headings_labelled_controls_a_described_chart_and_enough_contrast()
    {
        var checks = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const problems = [];
              for (const sel of ["header", "main", "footer", "nav"]) {
                if (!document.querySelector(sel)) problems.push("no <" + sel + ">");
              }
              let last = 0;
              for (const h of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
                const level = Number(h.tagName[1]);
                if (level > last + 1) problems.push("heading jumps from h" + last + " to h" + level + ": " + h.textContent);
                last = level;
              }
              if (document.querySelectorAll("h1").length !== 1) problems.push("not one h1");
              for (const input of document.querySelectorAll("input, select, textarea")) {
                if (input.labels.length === 0 || input.labels[0].textContent.trim() === "") problems.push("unlabelled control " + input.outerHTML);
              }
              for (const svg of document.querySelectorAll("svg")) {
                const ids = (svg.getAttribute("aria-labelledby") || "").split(" ").filter(x => x);
                const text = ids.map(id => (document.getElementById(id) || {}).textContent || "").join(" ").trim();
                if (svg.getAttribute("role") !== "img" || text.length < 20) problems.push("chart without a text alternative");
              }
              const rgb = c => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
              const lum = c => { const v = rgb(c).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                                 return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const background = el => { for (; el; el = el.parentElement) { const bg = getComputedStyle(el).backgroundColor;
                                         if (bg && !bg.startsWith("rgba(0, 0, 0, 0)") && bg !== "transparent") return bg; } return "rgb(255, 255, 255)"; };
              let checked = 0;
              for (const el of document.querySelectorAll(".badge, .message, .where, .meta, mark, a, .context p, th, td, legend, label")) {
                const r = ratio(getComputedStyle(el).color, background(el));
                checked++;
                if (r < 4.5) problems.push("contrast " + r.toFixed(2) + " on " + el.className + " " + el.textContent.slice(0, 40));
              }
              return { problems: problems.slice(0, 20), checked };
            }
            """);

        Assert.True(checks.GetProperty("checked").GetInt32() > 100);
        Assert.Empty(checks.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));

        // The first Tab reaches the skip link, and following it moves focus past the summary.
        await Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the findings", await Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
    }

    [Fact]
    public async Task Without_script_the_page_is_complete_with_the_summary_last_and_no_dead_controls()
    {
        var (context, page) = await chromium.NewPageAsync(_requests, javaScript: false);
        await using (context)
        {
            await page.GotoAsync(new Uri(Corpus.Value.ReportPath).AbsoluteUri);

            Assert.False(await page.Locator("#filters").IsVisibleAsync());
            Assert.Equal(await page.Locator("li.finding").CountAsync(), await page.Locator("li.finding:visible").CountAsync());
            Assert.Equal(Json.GetProperty("summary").GetProperty("errors").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await page.TextContentAsync("#summary-errors .figure"));
            Assert.Equal("#summary", await page.GetAttributeAsync(".skip-link", "href"));
            Assert.True(await page.Locator("#documents ~ #summary").CountAsync() == 1, "without script the summary stays after the documents");
        }
    }

    [Fact]
    public async Task On_paper_the_controls_and_contents_go_and_each_document_starts_a_page()
    {
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var print = await Page.EvaluateAsync<JsonElement>("""
            () => ({
              filters: getComputedStyle(document.getElementById("filters")).display,
              contents: getComputedStyle(document.querySelector("nav.contents")).display,
              breakBefore: getComputedStyle(document.querySelector("section.document")).breakBefore,
              findingsShown: Array.from(document.querySelectorAll("li.finding")).filter(e => e.checkVisibility()).length,
              findings: document.querySelectorAll("li.finding").length,
            })
            """);

        Assert.Equal("none", print.GetProperty("filters").GetString());
        Assert.Equal("none", print.GetProperty("contents").GetString());
        Assert.Equal("page", print.GetProperty("breakBefore").GetString());
        Assert.Equal(print.GetProperty("findings").GetInt32(), print.GetProperty("findingsShown").GetInt32());
        // Chromium lays the whole report out as a PDF, as "Print to PDF" would.
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 50_000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "no PDF from the print layout");
    }

    [Fact]
    public async Task Markup_in_a_document_is_shown_as_text_and_never_runs()
    {
        using var hostile = new HostileReport();
        var path = Path.Combine(Path.GetDirectoryName(Corpus.Value.ReportPath)!, "hostile.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.Render([hostile.Report]));
        var errors = new List<string>();
        Page.PageError += (_, e) => errors.Add(e);
        await Page.GotoAsync(new Uri(path).AbsoluteUri);

        Assert.True(await Page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(hostile.Report.Path, await Page.TextContentAsync("section.document h2"));
        Assert.Equal(0, await Page.Locator("section.document img, section.document b, section.document i, section.document iframe").CountAsync());
        Assert.Equal(1, await Page.Locator("script").CountAsync());
        var message = await Page.Locator("p.message").First.TextContentAsync();
        Assert.StartsWith(HostileReport.Payload, message, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.DoesNotContain(_requests, url => !url.StartsWith("file://", StringComparison.Ordinal));
    }

    private Task<int> VisibleCount(string selector) =>
        Page.EvaluateAsync<int>($"() => Array.from(document.querySelectorAll(\"{selector.Replace("\"", "\\\"", StringComparison.Ordinal)}\")).filter(e => e.checkVisibility()).length");
}
