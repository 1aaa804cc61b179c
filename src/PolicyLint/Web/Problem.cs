using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PolicyLint.Web;

/// <summary>
/// An RFC 9457 problem body (application/problem+json), written with <see cref="Utf8JsonWriter"/> (no reflection, so
/// it survives trimming and Native AOT). <c>documents</c> lists the files that could not be read, each with its
/// PL9001 message.
/// </summary>
internal static class Problem
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, string title, string detail, IReadOnlyList<(string Path, string Error)>? documents = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("type", "about:blank");
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            if (documents is not null)
            {
                json.WriteString("ruleId", "PL9001");
                json.WriteStartArray("documents");
                foreach (var (path, error) in documents)
                {
                    json.WriteStartObject();
                    json.WriteString("path", path);
                    json.WriteString("error", error);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        return context.Response.Body.WriteAsync(buffer.ToArray()).AsTask();
    }
}
