using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PolicyLint.Web;

/// <summary>
/// An answer made ready while a request's documents exist and sent after they are deleted: content (with a file name
/// when it is a download) or a problem body.
/// </summary>
internal abstract class Reply
{
    public abstract Task SendAsync(HttpContext context);

    public static Reply Content(string contentType, byte[] body, string? fileName, string? contentSecurityPolicy = null) =>
        new ContentReply(contentType, body, fileName, contentSecurityPolicy);

    public static Reply Problem(int status, string title, string detail, IReadOnlyList<(string Path, string Error)>? documents = null) =>
        new ProblemReply(status, title, detail, documents);

    private sealed class ContentReply(string contentType, byte[] body, string? fileName, string? contentSecurityPolicy) : Reply
    {
        public override async Task SendAsync(HttpContext context)
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            if (contentSecurityPolicy is not null)
            {
                // A report carries its own inline style and script, allowed by hash.
                response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
            }

            if (fileName is not null)
            {
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(fileName);
                response.Headers.ContentDisposition = disposition.ToString();
            }

            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private sealed class ProblemReply(int status, string title, string detail, IReadOnlyList<(string Path, string Error)>? documents) : Reply
    {
        public override Task SendAsync(HttpContext context) => Web.Problem.WriteAsync(context, status, title, detail, documents);
    }
}
