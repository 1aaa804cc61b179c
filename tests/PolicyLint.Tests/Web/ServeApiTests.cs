using System.Net;
using System.Text;
using System.Text.Json;
using PolicyLint.Tests.Support;
using PolicyLint.Tests.Writing;
using PolicyLint.Web;
using Xunit;

namespace PolicyLint.Tests.Web;

/// <summary>
/// The API of <c>policylint serve</c> over real HTTP on loopback: the JSON is the command line's, each refusal has its
/// status code, nothing is left in the upload folder, and another site cannot post to it.
/// </summary>
public sealed class ServeApiTests : IAsyncLifetime
{
    private static readonly string WeakDocx = TestPaths.InRepo("corpus", "weak-specification.docx");
    private static readonly string PolicyMd = TestPaths.InRepo("corpus", "provider-policy.md");

    private TestServer? _server;

    private TestServer Server => _server!;

    private HttpClient Client => Server.Client;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("weak-specification.docx", null, null)]
    [InlineData("provider-policy.pdf", "policy", "mental-health-unit")]
    [InlineData("provider-letter.txt", "auto", "auto")]
    public async Task Check_returns_the_json_that_check_format_json_prints_for_the_same_file(string name, string? kind, string? setting)
    {
        var path = TestPaths.InRepo("corpus", name);
        var fields = new List<(string, string)>();
        var args = new List<string> { "check", path, "--format", "json" };
        if (kind is not null)
        {
            fields.Add(("kind", kind));
            if (kind != "auto")
            {
                args.AddRange(["--kind", kind]);
            }
        }

        if (setting is not null)
        {
            fields.Add(("setting", setting));
            if (setting != "auto")
            {
                args.AddRange(["--setting", setting]);
            }
        }

        using var response = await Client.PostAsync("api/check", TestServer.Form([(name, File.ReadAllBytes(path))], [.. fields]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var served = await response.Content.ReadAsStringAsync();

        var cli = CliRunner.Run([.. args]);
        Assert.True(cli.Exit is 0 or 1, cli.Err);
        // The command line names the file by the path it was given; the server by the name it was uploaded with.
        var expected = cli.Out.Replace(JsonEncodedText.Encode(path, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), name, StringComparison.Ordinal);
        Assert.Equal(expected, served);
        Assert.Contains("\"findings\": [", served, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_files_are_checked_in_one_request_and_an_unreadable_one_is_reported_beside_the_others()
    {
        using var response = await Client.PostAsync("api/check", TestServer.Form([("broken.docx", Encoding.UTF8.GetBytes("not a zip")), ("policy.md", File.ReadAllBytes(PolicyMd))]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["broken.docx", "policy.md"], documents.Select(d => d.GetProperty("path").GetString()));
        Assert.Contains("not a valid Word document", documents[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("PL9001", documents[0].GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("error").ValueKind);
        Assert.True(documents[1].GetProperty("findings").GetArrayLength() > 0);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task A_document_that_cannot_be_read_is_422_with_its_PL9001_message_in_a_problem_body()
    {
        using var response = await Client.PostAsync("api/check", TestServer.Form([("draft.docx", Encoding.UTF8.GetBytes("PK but not really a zip"))]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("PL9001", problem.RootElement.GetProperty("ruleId").GetString());
        var document = Assert.Single(problem.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("draft.docx", document.GetProperty("path").GetString());
        Assert.Contains("not a valid Word document", document.GetProperty("error").GetString(), StringComparison.Ordinal);
        // The private folder's path never reaches the answer.
        Assert.DoesNotContain(Server.TempRoot, problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_files_a_form_that_is_not_multipart_and_an_unknown_kind_or_setting_are_400()
    {
        await AssertProblem(HttpStatusCode.BadRequest, "No files", await Client.PostAsync("api/check", TestServer.Form([], ("kind", "policy"))));
        await AssertProblem(HttpStatusCode.BadRequest, "Malformed form", await Client.PostAsync("api/check", new StringContent("{\"files\":[]}", Encoding.UTF8, "application/json")));
        await AssertProblem(HttpStatusCode.BadRequest, "Unknown kind", await Client.PostAsync("api/check", TestServer.Form([("a.md", "# A\n\nText."u8.ToArray())], ("kind", "novel"))));
        await AssertProblem(HttpStatusCode.BadRequest, "Unknown setting", await Client.PostAsync("api/report", TestServer.Form([("a.md", "# A\n\nText."u8.ToArray())], ("setting", "prison"))));
        // A multipart body cut short.
        var broken = new ByteArrayContent("--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.md\"\r\n\r\nhalf a fi"u8.ToArray());
        broken.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");
        await AssertProblem(HttpStatusCode.BadRequest, "Malformed form", await Client.PostAsync("api/check", broken));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Server.TempRoot));
    }

    [Fact]
    public async Task A_file_type_PolicyLint_does_not_read_is_415()
    {
        await AssertProblem(HttpStatusCode.UnsupportedMediaType, "Unsupported file type", await Client.PostAsync("api/check", TestServer.Form([("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF })])));
        await AssertProblem(HttpStatusCode.UnsupportedMediaType, "Unsupported file type", await Client.PostAsync("api/review", TestServer.Form([("notes", "text"u8.ToArray())])));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_too_many_files_and_a_request_over_the_size_limit_are_413()
    {
        await using var small = await TestServer.StartAsync(o => o with { MaxFiles = 2, Limits = o.Limits with { MaxFileBytes = 1024 } });
        var big = new byte[2048];
        Array.Fill(big, (byte)'a');
        await AssertProblem(HttpStatusCode.RequestEntityTooLarge, "File too large", await small.Client.PostAsync("api/check", TestServer.Form([("big.txt", big)])));
        var one = "# A\n\nText."u8.ToArray();
        await AssertProblem(HttpStatusCode.RequestEntityTooLarge, "Too many files", await small.Client.PostAsync("api/check", TestServer.Form([("a.md", one), ("b.md", one), ("c.md", one)])));
        // Past every file's allowance plus the form's room (1 MB), whatever the fields are, the server stops reading.
        // The server answers before it reads the body; a client still writing it could then meet a closed connection
        // (a broken pipe, depending on timing), so this client asks first (Expect: 100-continue) and waits for the answer.
        var padding = new string('x', (int)small.Options.MaxRequestBytes + 10);
        using var asking = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = small.Client.BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = TestServer.Form([("a.md", one)], ("notes", padding)) };
        tooLarge.Headers.ExpectContinue = true;
        await AssertProblem(HttpStatusCode.RequestEntityTooLarge, "Request too large", await asking.SendAsync(tooLarge));
        Assert.Empty(Directory.EnumerateFileSystemEntries(small.TempRoot));
    }

    [Fact]
    public async Task Each_request_folder_is_private_while_it_lives_and_gone_after_the_response()
    {
        using (var folder = UploadFolder.Create(Server.TempRoot))
        {
            Assert.False(OperatingSystem.IsWindows(), "these tests run on Linux, where the folder's mode can be read");
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder.FullPath));
            }

            File.WriteAllText(folder.NextFilePath("a.md"), "x");
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(Server.TempRoot));
        foreach (var endpoint in new[] { "api/check", "api/report", "api/review" })
        {
            using var ok = await Client.PostAsync(endpoint, TestServer.FormOf(WeakDocx));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Empty(Directory.EnumerateFileSystemEntries(Server.TempRoot));
        }

        using var unreadable = await Client.PostAsync("api/review", TestServer.Form([("x.docx", "nope"u8.ToArray())]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unreadable.StatusCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Server.TempRoot));
    }

    [Fact]
    public async Task The_log_holds_counts_and_never_a_file_name_or_its_text()
    {
        using var response = await Client.PostAsync("api/check", TestServer.Form([("Secret patient plan.md", "# Plan\n\nMr Smith may be restrained."u8.ToArray())]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = Server.Log;
        Assert.Contains("check: 1 document(s), 0 could not be read", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = TestServer.FormOf(PolicyMd) };
        request.Headers.TryAddWithoutValidation(header, value);
        await AssertProblem(HttpStatusCode.Forbidden, "Refused", await Client.SendAsync(request));
        Assert.DoesNotContain("document(s)", Server.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_from_the_page_itself_is_accepted_and_a_foreign_host_name_is_refused()
    {
        using var same = new HttpRequestMessage(HttpMethod.Post, "api/check") { Content = TestServer.FormOf(PolicyMd) };
        same.Headers.TryAddWithoutValidation("Origin", Server.Address.GetLeftPart(UriPartial.Authority));
        same.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        using var accepted = await Client.SendAsync(same);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // A name that resolves to this computer but is not its own (DNS rebinding) gets nothing, not even the page.
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/");
        rebound.Headers.Host = "attacker.example";
        await AssertProblem(HttpStatusCode.Forbidden, "Refused", await Client.SendAsync(rebound));
    }

    [Fact]
    public async Task The_page_and_its_files_come_from_the_server_with_the_security_headers()
    {
        using var page = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<input id=\"files\" name=\"files\" type=\"file\" multiple", html, StringComparison.Ordinal);
        Assert.Contains("Up to 20 files of at most 64 MB each", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        foreach (var (path, type) in new[] { ("assets/serve.js", "text/javascript"), ("assets/serve.css", "text/css"), ("assets/report.css", "text/css") })
        {
            using var file = await Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
        }

        using var missing = await Client.GetAsync("nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var wrongMethod = await Client.GetAsync("api/check");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
    }

    [Fact]
    public async Task Review_of_a_docx_is_a_valid_word_copy_with_PolicyLint_comments_and_report_is_the_html_report()
    {
        using var review = await Client.PostAsync("api/review", TestServer.FormOf(WeakDocx));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal("weak-specification.reviewed.docx", review.Content.Headers.ContentDisposition?.FileNameStar);
        var path = Path.Combine(Server.TempRoot, "..", "serve-review-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            await File.WriteAllBytesAsync(path, await review.Content.ReadAsByteArrayAsync());
            AssertReviewedCopy(path, WeakDocx);
        }
        finally
        {
            File.Delete(path);
        }

        using var report = await Client.PostAsync("api/report", TestServer.FormOf(WeakDocx, PolicyMd));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
        Assert.Contains("style-src 'sha256-", string.Join(" ", report.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains("<h2 id=\"doc-1-title\">weak-specification.docx</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"doc-2-title\">provider-policy.md</h2>", html, StringComparison.Ordinal);
        Assert.Null(report.Content.Headers.ContentDisposition);

        using var download = await Client.PostAsync("api/report?download", TestServer.FormOf(PolicyMd));
        Assert.Equal("provider-policy.report.html", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Review_takes_one_file_at_a_time()
    {
        await AssertProblem(HttpStatusCode.BadRequest, "One file at a time", await Client.PostAsync("api/review", TestServer.FormOf(WeakDocx, PolicyMd)));
    }

    /// <summary>Opens with the Open XML SDK, has no validation error the original lacks, and carries PolicyLint's comments.</summary>
    internal static void AssertReviewedCopy(string reviewed, string original, int minComments = 6, string? mentions = "PL2001")
    {
        var errors = ReviewedCopy.ValidationErrors(reviewed);
        Assert.NotNull(errors);
        var before = ReviewedCopy.ValidationErrors(original) ?? [];
        Assert.Empty(errors.Except(before));
        var copy = ReviewedCopy.Open(reviewed);
        var comments = copy.OurComments();
        Assert.True(comments.Count >= minComments, $"the reviewed copy should carry at least {minComments} of PolicyLint's comments, not {comments.Count}");
        if (mentions is not null)
        {
            Assert.Contains(comments, c => c.Text.Contains(mentions, StringComparison.Ordinal));
        }

        Assert.All(comments, c => Assert.True(copy.IsAnchored(c.Id), $"comment {c.Id} is not anchored"));
    }

    private static async Task AssertProblem(HttpStatusCode status, string title, HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(body);
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
            Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        }
    }
}
