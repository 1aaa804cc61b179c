using System.Net;
using System.Text;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Web;

/// <summary>Every corpus document sent to the server gets its review and its report, as on the page.</summary>
public sealed class ServeCorpusTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in CorpusNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> CorpusNames() =>
        [.. Directory.EnumerateFiles(TestPaths.InRepo("corpus"))
            .Where(f => Path.GetExtension(f) is ".md" or ".docx" or ".pdf" or ".txt" && Path.GetFileName(f) != "README.md")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_has_every_format()
    {
        var names = CorpusNames();
        Assert.True(names.Count >= 10, "the corpus should have at least ten documents");
        Assert.All(new[] { ".md", ".docx", ".pdf", ".txt" }, ext => Assert.Contains(names, n => n.EndsWith(ext, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Each_corpus_file_gets_its_review_and_its_report(string name)
    {
        await using var server = await TestServer.StartAsync();
        var path = TestPaths.InRepo("corpus", name);

        using var review = await server.Client.PostAsync("api/review", TestServer.FormOf(path));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var body = await review.Content.ReadAsByteArrayAsync();
        var stem = Path.GetFileNameWithoutExtension(name);
        switch (Path.GetExtension(name))
        {
            case ".docx":
                Assert.Equal(stem + ".reviewed.docx", review.Content.Headers.ContentDisposition?.FileNameStar);
                var copy = Path.Combine(server.TempRoot, "..", "serve-corpus-" + Guid.NewGuid().ToString("N") + ".docx");
                try
                {
                    await File.WriteAllBytesAsync(copy, body);
                    // At least the scorecard comment at the top; a strong document may have little else.
                    ServeApiTests.AssertReviewedCopy(copy, path, minComments: 1, mentions: null);
                }
                finally
                {
                    File.Delete(copy);
                }

                break;
            case ".pdf":
                // A PDF cannot be edited in place: its review is the HTML report.
                Assert.Equal(stem + ".report.html", review.Content.Headers.ContentDisposition?.FileNameStar);
                Assert.Contains($"<h2 id=\"doc-1-title\">{name}</h2>", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(stem + ".review.md", review.Content.Headers.ContentDisposition?.FileNameStar);
                Assert.Equal("text/markdown", review.Content.Headers.ContentType?.MediaType);
                Assert.Contains(name, Encoding.UTF8.GetString(body), StringComparison.Ordinal);
                break;
        }

        using var report = await server.Client.PostAsync("api/report", TestServer.FormOf(path));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var html = await report.Content.ReadAsStringAsync();
        Assert.Contains($"<h2 id=\"doc-1-title\">{name}</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"unreadable\"", html, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.TempRoot));
    }
}
