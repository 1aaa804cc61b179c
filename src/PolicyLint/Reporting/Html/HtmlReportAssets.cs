using System.Security.Cryptography;
using System.Text;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// The report's stylesheet and script (embedded in the assembly, written inline so the file stands alone) and the
/// Content-Security-Policy that allows exactly those two and nothing from the network: if document text ever slipped
/// through as markup, the browser would still refuse to run or fetch it.
/// </summary>
internal static class HtmlReportAssets
{
    public static string Stylesheet { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    /// <summary>The policy for a page that carries <see cref="Stylesheet"/> and <see cref="Script"/> inline.</summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Stylesheet)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Load(string name)
    {
        var assembly = typeof(HtmlReportAssets).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Reporting.Html." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // One line-ending convention whatever the checkout did, so the hash matches what is written.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
