using System.Net;
using Microsoft.AspNetCore.Http;

namespace PolicyLint.Web;

/// <summary>
/// What every request passes before it is served: the security headers on every answer; a Host that names this
/// computer when the server listens only on loopback (so a web page cannot reach it through a DNS name it controls);
/// and, for POSTs, no sign of another origin (Origin or Sec-Fetch-Site), so a page on another site cannot send
/// documents to the local server from a user's browser.
/// </summary>
internal static class RequestGuard
{
    /// <summary>The policy for the tool's own page: its script, stylesheets and requests come from itself only.</summary>
    public const string PageContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
    }

    /// <summary>Null when the request may go on, otherwise why it may not.</summary>
    public static string? RefusalOf(HttpRequest request, bool loopbackOnly)
    {
        if (loopbackOnly && !IsLoopbackHost(request.Host.Host))
        {
            return "this server answers only requests addressed to this computer (localhost, 127.0.0.1 or [::1])";
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        // A browser that sends Sec-Fetch-Site says for itself where the request comes from; it is the stronger test,
        // and the one that holds when the page's no-referrer policy makes a form post's Origin "null".
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none" ? null : "documents can be sent only from PolicyLint's own page, not from another site";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, request.Scheme + "://" + request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return "documents can be sent only from PolicyLint's own page, not from " + origin;
        }

        return null;
    }

    public static bool IsLoopbackHost(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
