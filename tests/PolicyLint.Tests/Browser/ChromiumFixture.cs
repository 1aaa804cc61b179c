using Microsoft.Playwright;
using Xunit;

namespace PolicyLint.Tests.Browser;

/// <summary>
/// One headless Chromium for the browser tests, driven by Microsoft.Playwright. The browser is Debian's
/// (<c>/usr/bin/chromium</c>, or the path in <c>POLICYLINT_CHROMIUM</c>): Playwright's own browser downloads are not
/// possible here, so it is pointed at the installed one. A missing browser fails the tests with a message saying how
/// to install it; it never skips them. <c>.ci/run</c> installs it.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The flags Chromium needs on a closed machine as root: no sandbox, no GPU, no calls home.</summary>
    public static readonly string[] LaunchArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-default-apps", "--disable-extensions",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where Chromium is.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("POLICYLINT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. The browser tests need Debian's chromium: " +
                "'apt-get install -y chromium' (bash .ci/run does this), or set POLICYLINT_CHROMIUM to a Chromium binary.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = LaunchArgs,
            ChromiumSandbox = false,
        });
    }

    /// <summary>
    /// A fresh page in its own context. Every request it makes is recorded in <paramref name="requests"/>, so a test
    /// can assert what was (or was not) fetched.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(List<string> requests, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        return (context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
