using System.Net.Http.Headers;
using PolicyLint.Tests.Support;
using PolicyLint.Web;

namespace PolicyLint.Tests.Web;

/// <summary>
/// A real <c>policylint serve</c> server on loopback (port 0) in this process, with its own folder for uploads (so a
/// test can see that each request's folder is gone), a fixed "today" and a log it can read.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly PolicyLintServer _server;
    private readonly StringWriter _log;

    private TestServer(PolicyLintServer server, ServeOptions options, string tempRoot, StringWriter log)
    {
        Options = options;
        _server = server;
        TempRoot = tempRoot;
        _log = log;
        Address = new Uri(server.Addresses[0].TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(3) };
    }

    public Uri Address { get; }

    public ServeOptions Options { get; }

    public HttpClient Client { get; }

    /// <summary>The folder under which the server makes each request's private folder.</summary>
    public string TempRoot { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<TestServer> StartAsync(Func<ServeOptions, ServeOptions>? configure = null)
    {
        var tempRoot = Path.Combine(Path.GetTempPath(), "policylint-serve-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tempRoot);
        var log = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var options = new ServeOptions { TempRoot = tempRoot, Clock = new FixedClock(CliRunner.Today), Log = TextWriter.Synchronized(log) };
        options = configure?.Invoke(options) ?? options;
        var server = await PolicyLintServer.StartAsync(options);
        return new TestServer(server, options, tempRoot, log);
    }

    /// <summary>A multipart/form-data body with <paramref name="files"/> as <c>files</c> fields and the given text fields.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Content)> files, params (string Field, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }

        return form;
    }

    /// <summary>A form holding the named files from disk.</summary>
    public static MultipartFormDataContent FormOf(params string[] paths) => Form(paths.Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(TempRoot, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
