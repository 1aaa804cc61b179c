using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PolicyLint.Web;

/// <summary>
/// <c>policylint serve</c>'s web server: Kestrel from the shared framework with one plain request delegate (no MVC,
/// no routing tables, no reflection-based serialisation, so it stays fit for Native AOT). It serves the page and its
/// files and the three API endpoints; every answer carries the security headers of <see cref="RequestGuard"/>.
/// ASP.NET Core's own logging is off: the only log is one line of counts per request (<see cref="ServeOptions.Log"/>).
/// </summary>
internal sealed class PolicyLintServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PolicyLintServer(WebApplication app, IReadOnlyList<string> addresses, bool loopbackOnly)
    {
        _app = app;
        Addresses = addresses;
        LoopbackOnly = loopbackOnly;
    }

    /// <summary>The addresses listened on, with the ports actually bound (e.g. http://127.0.0.1:41234).</summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>True when every address is on loopback: only this computer can reach the server.</summary>
    public bool LoopbackOnly { get; }

    /// <summary>Starts the server; it answers until disposed.</summary>
    public static async Task<PolicyLintServer> StartAsync(ServeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        bool loopbackOnly = options.Urls.All(IsLoopbackUrl);
        // The empty builder reads no appsettings.json, environment variables or command line: nothing in the folder
        // it is started from can change what it does.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        var app = builder.Build();
        var api = new ServeApi(options);
        var assets = PageAssets.For(options);
        app.Run(context => DispatchAsync(context, api, assets, loopbackOnly));
        await app.StartAsync(cancellationToken);
        return new PolicyLintServer(app, [.. app.Urls], loopbackOnly);
    }

    /// <summary>True when <paramref name="url"/> (Kestrel syntax: "http://host:port", "*" and "+" for any) is on loopback.</summary>
    public static bool IsLoopbackUrl(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = end < 0 ? rest : rest[..end];
        string host = authority.StartsWith('[')
            ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)]
            : authority.Split(':')[0];
        return RequestGuard.IsLoopbackHost(host);
    }

    /// <summary>Stops answering and waits for requests in progress (at most a few seconds).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task DispatchAsync(HttpContext context, ServeApi api, IReadOnlyDictionary<string, (string ContentType, byte[] Content)> assets, bool loopbackOnly)
    {
        var request = context.Request;
        var response = context.Response;
        RequestGuard.AddSecurityHeaders(response);
        if (RequestGuard.RefusalOf(request, loopbackOnly) is { } refusal)
        {
            await Problem.WriteAsync(context, StatusCodes.Status403Forbidden, "Refused", refusal);
            return;
        }

        var path = request.Path.Value ?? "/";
        if (HttpMethods.IsPost(request.Method))
        {
            switch (path)
            {
                case "/api/check":
                    await api.CheckAsync(context);
                    return;
                case "/api/report":
                    await api.ReportAsync(context);
                    return;
                case "/api/review":
                    await api.ReviewAsync(context);
                    return;
            }
        }
        else if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && assets.TryGetValue(path, out var file))
        {
            response.ContentType = file.ContentType;
            response.ContentLength = file.Content.Length;
            if (HttpMethods.IsGet(request.Method))
            {
                await response.Body.WriteAsync(file.Content, context.RequestAborted);
            }

            return;
        }

        if (path is "/api/check" or "/api/report" or "/api/review" || assets.ContainsKey(path))
        {
            response.Headers.Allow = path.StartsWith("/api/", StringComparison.Ordinal) ? "POST" : "GET, HEAD";
            await Problem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", string.Create(CultureInfo.InvariantCulture, $"{request.Method} is not allowed on {path}"));
            return;
        }

        await Problem.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", "there is nothing at this address; the page is at /");
    }
}
