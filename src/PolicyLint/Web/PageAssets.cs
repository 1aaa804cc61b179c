using System.Globalization;
using System.Text;
using PolicyLint.Readers;

namespace PolicyLint.Web;

/// <summary>The page's files, embedded in the tool: nothing comes from a CDN or the network.</summary>
internal static class PageAssets
{
    private static readonly string Index = Encoding.UTF8.GetString(Load("Web.Page.index.html"));

    private static readonly (string Path, string ContentType, byte[] Content)[] Static =
    [
        ("/assets/serve.css", "text/css; charset=utf-8", Load("Web.Page.serve.css")),
        ("/assets/serve.js", "text/javascript; charset=utf-8", Load("Web.Page.serve.js")),
        // The HTML report's own stylesheet, so results on the page look as they do in the report.
        ("/assets/report.css", "text/css; charset=utf-8", Encoding.UTF8.GetBytes(Reporting.Html.HtmlReportAssets.Stylesheet)),
    ];

    /// <summary>The path, content type and bytes of each file a server with <paramref name="options"/> sends.</summary>
    public static IReadOnlyDictionary<string, (string ContentType, byte[] Content)> For(ServeOptions options)
    {
        var page = Index
            .Replace("{{MAX_FILES}}", options.MaxFiles.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{MAX_FILE_SIZE}}", ReaderLimits.Size(options.Limits.MaxFileBytes), StringComparison.Ordinal);
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal) { ["/"] = ("text/html; charset=utf-8", Encoding.UTF8.GetBytes(page)) };
        foreach (var (path, type, content) in Static)
        {
            files[path] = (type, content);
        }

        return files;
    }

    private static byte[] Load(string suffix)
    {
        var assembly = typeof(PageAssets).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
