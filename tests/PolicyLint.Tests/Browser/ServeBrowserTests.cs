using System.Text.Json;
using Microsoft.Playwright;
using PolicyLint.Tests.Support;
using PolicyLint.Tests.Web;
using Xunit;

namespace PolicyLint.Tests.Browser;

/// <summary>
/// The page of <c>policylint serve</c> in a real Chromium: a corpus .docx chosen through the file input, the scorecard
/// and findings shown as the JSON of the same file says, the reviewed copy downloaded and opened with the Open XML SDK,
/// and an unreadable file named with its PL9001 message while the others are still reported. The screenshot goes to
/// screenshots/serve.png under the test output (and docs/images/ with POLICYLINT_UPDATE_DOCS_IMAGES=1).
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ServeBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly string WeakDocx = TestPaths.InRepo("corpus", "weak-specification.docx");

    private readonly List<string> _requests = [];
    private TestServer? _server;
    private IBrowserContext? _context;
    private IPage? _page;

    private IPage Page => _page!;

    private TestServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync();
        (_context, _page) = await chromium.NewPageAsync(_requests, 1280, 1100);
        await Page.GotoAsync(Server.Address.AbsoluteUri);
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_docx_chosen_on_the_page_shows_the_scorecard_and_findings_of_its_json_and_its_reviewed_copy_downloads()
    {
        var errors = new List<string>();
        Page.PageError += (_, e) => errors.Add(e);
        Page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };

        // By keyboard and the file input: no drag and drop needed.
        await Page.Locator("#files").SetInputFilesAsync(WeakDocx);
        Assert.Equal("1 document chosen.", await Page.TextContentAsync("#status"));
        await Page.GetByLabel("Kind of document").SelectOptionAsync("auto");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the documents" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Page.Locator("#report section.document table.scorecard").WaitForAsync(new() { Timeout = 120_000 });

        using var response = await Server.Client.PostAsync("api/check", TestServer.FormOf(WeakDocx));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var shown = await Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll("#report section.document")).map(s => ({
              path: s.querySelector("h2").textContent,
              findings: Array.from(s.querySelectorAll("li.finding")).map(f => f.dataset.severity + " " + f.dataset.rule),
              clauses: Array.from(s.querySelectorAll("table.scorecard tbody tr")).map(r =>
                r.querySelector("th").textContent + " " + r.querySelector(".badge").textContent.toLowerCase()),
            }))
            """);
        var section = Assert.Single(shown.EnumerateArray());
        Assert.Equal("weak-specification.docx", section.GetProperty("path").GetString());
        var expectedClauses = document.GetProperty("clauses").EnumerateArray()
            .Select(c => c.GetProperty("ruleId").GetString() + " " + c.GetProperty("status").GetString()).ToList();
        Assert.True(expectedClauses.Count >= 10, "a specification has a scorecard of required clauses");
        Assert.Equal(expectedClauses, section.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!));
        var expectedFindings = document.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("severity").GetString() + " " + f.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFindings, section.GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal));

        // The summary's counts and the status announced to screen readers agree with the JSON.
        var summary = json.RootElement.GetProperty("summary");
        int Count(string name) => summary.GetProperty(name).GetInt32();
        foreach (var name in new[] { "errors", "warnings", "infos" })
        {
            Assert.Equal(Count(name).ToString(System.Globalization.CultureInfo.InvariantCulture), await Page.TextContentAsync($"#summary-{name} .figure"));
        }

        Assert.Equal($"Checked 1 document: {Count("errors")} errors, {Count("warnings")} warnings, {Count("infos")} infos.", await Page.TextContentAsync("#status"));
        Assert.Equal("polite", await Page.GetAttributeAsync("#status", "aria-live"));
        Assert.Equal("results-title", await Page.EvaluateAsync<string>("() => document.activeElement.id"));

        // The picture: the last of the form, the announced status, the downloads and the start of the results.
        await Page.SetViewportSizeAsync(1280, 1400);
        await Page.EvaluateAsync("() => document.getElementById('check').scrollIntoView()");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathOf("serve.png") });
        Assert.True(new FileInfo(Screenshots.PathOf("serve.png")).Length > 10_000);
        if (Environment.GetEnvironmentVariable("POLICYLINT_UPDATE_DOCS_IMAGES") == "1")
        {
            Screenshots.PublishToDocs(Screenshots.PathOf("serve.png"));
        }

        // The reviewed copy, downloaded as a person would, is a valid Word file with PolicyLint's comments.
        var download = await Page.RunAndWaitForDownloadAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Download the reviewed copy of weak-specification.docx" }).ClickAsync(),
            new() { Timeout = 120_000 });
        Assert.Equal("weak-specification.reviewed.docx", download.SuggestedFilename);
        var saved = Path.Combine(Screenshots.Folder, "serve-download.reviewed.docx");
        await download.SaveAsAsync(saved);
        ServeApiTests.AssertReviewedCopy(saved, WeakDocx);
        Assert.Equal("Downloaded weak-specification.reviewed.docx.", await Page.TextContentAsync("#status"));

        var jsonDownload = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Download the JSON" }).ClickAsync(), new() { Timeout = 120_000 });
        var jsonPath = Path.Combine(Screenshots.Folder, "serve-download.json");
        await jsonDownload.SaveAsAsync(jsonPath);
        Assert.Equal(json.RootElement.GetRawText(), JsonDocument.Parse(await File.ReadAllTextAsync(jsonPath)).RootElement.GetRawText());

        var htmlDownload = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Download the HTML report" }).ClickAsync(), new() { Timeout = 120_000 });
        Assert.Equal("weak-specification.report.html", htmlDownload.SuggestedFilename);

        // Everything came from the server itself; nothing was refused by the page's policy, nothing failed.
        Assert.All(_requests, url => Assert.True(url.StartsWith(Server.Address.AbsoluteUri, StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal), url));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Server.TempRoot));
        Assert.True(File.Exists(TestPaths.InRepo("docs", "images", "serve.png")), "docs/images/serve.png, shown in the README, is missing: run the browser tests with POLICYLINT_UPDATE_DOCS_IMAGES=1");
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_named_with_its_PL9001_message_and_the_others_are_still_reported()
    {
        var broken = Path.Combine(Screenshots.Folder, "broken.docx");
        await File.WriteAllTextAsync(broken, "this is not a Word file");
        await Page.Locator("#files").SetInputFilesAsync([broken, TestPaths.InRepo("corpus", "provider-policy.md")]);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the documents" }).ClickAsync();
        await Page.Locator("#report section.document").First.WaitForAsync(new() { Timeout = 120_000 });

        Assert.Equal(2, await Page.Locator("#report section.document").CountAsync());
        var problem = await Page.Locator("#problems li.pl9001").TextContentAsync();
        Assert.StartsWith("broken.docx: PL9001 ", problem, StringComparison.Ordinal);
        Assert.Contains("not a valid Word document", problem, StringComparison.Ordinal);
        Assert.Equal("alert", await Page.GetAttributeAsync("#problems", "role"));
        Assert.EndsWith("1 file could not be read.", await Page.TextContentAsync("#status"), StringComparison.Ordinal);
        Assert.True(await Page.Locator("#report section.document").Nth(1).Locator("li.finding").CountAsync() > 0);
        // Only the readable file offers its review.
        Assert.Equal(0, await Page.GetByRole(AriaRole.Button, new() { Name = "Download the reviewed copy of broken.docx" }).CountAsync());
        Assert.Equal(1, await Page.GetByRole(AriaRole.Button, new() { Name = "Download the review of provider-policy.md" }).CountAsync());

        // Alone, it is refused with the same message and no results.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Clear the list" }).ClickAsync();
        await Page.Locator("#files").SetInputFilesAsync(broken);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check the documents" }).ClickAsync();
        await Page.Locator("#results[hidden]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        Assert.StartsWith("The document could not be read: broken.docx: PL9001", await Page.TextContentAsync("#status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_has_labelled_controls_ordered_headings_and_works_without_script()
    {
        var problems = await Page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              for (const input of document.querySelectorAll("input, select, textarea")) {
                if (input.labels.length === 0 || input.labels[0].textContent.trim() === "") problems.push("unlabelled " + input.id);
              }
              let last = 0;
              for (const h of document.querySelectorAll("h1, h2, h3, h4")) {
                if (h.closest("[hidden]")) continue;
                const level = Number(h.tagName[1]);
                if (level > last + 1) problems.push("heading jumps to " + h.textContent);
                last = level;
              }
              return problems;
            }
            """);
        Assert.Empty(problems);

        // Without script, the form posts to /api/report and the browser shows the HTML report. (The page's
        // no-referrer policy makes that post's Origin "null"; Sec-Fetch-Site tells the server it is same-origin.)
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Server.Address.AbsoluteUri);
        await page.Locator("#files").SetInputFilesAsync(TestPaths.InRepo("corpus", "provider-policy.md"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the documents" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(Server.Address, "api/report").AbsoluteUri, new() { Timeout = 120_000 });
        await page.Locator("section.document h2").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Equal("provider-policy.md", await page.TextContentAsync("section.document h2"));
        Assert.True(await page.Locator("li.finding").CountAsync() > 0);
    }
}
