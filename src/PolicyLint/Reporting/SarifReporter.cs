using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Analysis;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning. <c>tool.driver.rules</c> is the whole catalogue (id, name, descriptions, help,
/// default level, category and citations); results point at the file with a region. For .docx the region's line is
/// the paragraph number and for PDF the line on the page, with page and paragraph also given in the result's
/// properties, because neither format has text lines a viewer could jump to. For HTML the region is the line and
/// column in the page's source, start only: an entity makes the source longer than the text it stands for.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string? _helpBaseUri;

    /// <param name="helpBaseUri">An absolute URI ending in '/' under which docs/rules/PLxxxx.md lives; null to omit helpUri.</param>
    public SarifReporter(string? helpBaseUri) => _helpBaseUri = helpBaseUri;

    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _json;
    private Dictionary<string, int> _ruleIndex = [];

    public void Begin(RunPlan plan, TextWriter writer)
    {
        IReadOnlyList<RuleDescriptor> descriptors = [.. RuleCatalog.Descriptors, .. plan.ExtraRules.Where(r => RuleCatalog.Find(r.Id) is null).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal)];
        _ruleIndex = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var srcRoot = new Uri(Directory.GetCurrentDirectory().TrimEnd('/') + "/").AbsoluteUri;
        _buffer.SetLength(0);
        var json = _json = new Utf8JsonWriter(_buffer, Options);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var d in descriptors)
        {
            WriteRule(json, d);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("SRCROOT");
        json.WriteString("uri", srcRoot);
        json.WriteEndObject();
        json.WriteEndObject();

        // The artifacts come first in SARIF, so they are written from the plan: every path is known before any
        // document is read.
        json.WriteStartArray("artifacts");
        foreach (var (path, format) in plan.Documents)
        {
            json.WriteStartObject();
            WriteArtifactLocation(json, path);
            json.WriteString("mimeType", MimeType(format));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("results");
        Drain(writer);
    }

    public void Add(int index, DocumentReport report, TextWriter writer)
    {
        foreach (var f in report.Findings)
        {
            WriteResult(_json!, report, index, f, _ruleIndex.TryGetValue(f.RuleId, out int ruleIndex) ? ruleIndex : null);
        }

        Drain(writer);
    }

    public void End(RunTotals totals, TextWriter writer)
    {
        var json = _json!;
        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !totals.AnyUnreadable);
        WriteConfigurationNotifications(json, totals.Configuration);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        Drain(writer);
        json.Dispose();
        _json = null;
        writer.WriteLine();
    }

    /// <summary>
    /// Problems in the configuration are not results about a document but about how the tool was configured:
    /// SARIF's <c>invocations[].toolConfigurationNotifications</c>, each naming its rule in <c>descriptor.id</c> and
    /// <c>associatedRule</c>, with the configuration file and the entry's line and column as its location.
    /// </summary>
    internal void WriteConfigurationNotifications(Utf8JsonWriter json, IReadOnlyCollection<Analysis.Configuration.ConfigWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        json.WriteStartArray("toolConfigurationNotifications");
        foreach (var c in warnings)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", c.RuleId);
            json.WriteEndObject();
            json.WriteStartObject("associatedRule");
            json.WriteString("id", c.RuleId);
            if (_ruleIndex.TryGetValue(c.RuleId, out int index))
            {
                json.WriteNumber("index", index);
            }

            json.WriteEndObject();
            json.WriteString("level", Level(c.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", c.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            WriteUri(json, c.Path);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", c.Line);
            json.WriteNumber("startColumn", c.Column);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _buffer.Dispose();
    }

    private void Drain(TextWriter writer)
    {
        _json!.Flush();
        writer.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
        _buffer.Position = 0;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static string MimeType(SourceFormat? format) => format switch
    {
        SourceFormat.Markdown => "text/markdown",
        SourceFormat.Text => "text/plain",
        SourceFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat.Pdf => "application/pdf",
        SourceFormat.Html => "text/html",
        _ => "application/octet-stream",
    };

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("location");
        WriteUri(json, path);
        json.WriteEndObject();
    }

    private void WriteRule(Utf8JsonWriter json, RuleDescriptor d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("name", d.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", d.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", d.Description);
        json.WriteEndObject();
        // An organisation's own term has no page in docs/rules: its help is its description.
        if (_helpBaseUri is not null && RuleCatalog.Find(d.Id) is not null)
        {
            json.WriteString("helpUri", _helpBaseUri + d.HelpPath);
        }

        json.WriteStartObject("help");
        json.WriteString("text", d.Description + " Sources: " + string.Join("; ", d.Citations) + ".");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(d.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", Names.Of(d.Category));
        json.WriteStartArray("tags");
        json.WriteStringValue(Names.Of(d.Category));
        json.WriteEndArray();
        json.WriteStartArray("citations");
        foreach (var c in d.Citations)
        {
            json.WriteStartObject();
            json.WriteString("source", c.Source);
            json.WriteString("title", c.Title);
            json.WriteString("section", c.Section);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("kinds");
        foreach (var k in d.Kinds)
        {
            json.WriteStringValue(Names.Of(k));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, DocumentReport doc, int artifactIndex, Finding f, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        if (ruleIndex is { } i)
        {
            json.WriteNumber("ruleIndex", i);
        }

        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        WriteUri(json, doc.Path);
        json.WriteNumber("index", artifactIndex);
        json.WriteEndObject();
        WriteRegion(json, "region", doc.Format, f.Location, f.Text);
        json.WriteEndObject();
        if (f.Location.Section is { Length: > 0 } section)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", section);
            json.WriteString("kind", "section");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString("policylintFinding/v2", FindingFingerprint.Of(f, doc.Document));
        json.WriteEndObject();
        if (f.Suppression is { } suppression)
        {
            // SARIF knows two kinds: in the source, or kept outside it. A baseline entry is kept outside the source;
            // the property bag says it came from the baseline.
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", suppression.Justification);
            json.WriteStartObject("properties");
            json.WriteString("policylintKind", JsonReporter.SuppressionName(suppression.Kind));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (f.Fixes.Count > 0 && doc.Format is SourceFormat.Markdown or SourceFormat.Text)
        {
            json.WriteStartArray("fixes");
            foreach (var fix in f.Fixes)
            {
                json.WriteStartObject();
                json.WriteStartObject("description");
                json.WriteString("text", $"Replace with '{fix.Replacement}'");
                json.WriteEndObject();
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                json.WriteStartObject("artifactLocation");
                WriteUri(json, doc.Path);
                json.WriteEndObject();
                json.WriteStartArray("replacements");
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", doc.Format, f.Location, f.Text);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", fix.Replacement);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteString("format", JsonReporter.FormatName(doc.Format));
        if (doc.Kind is { } kind)
        {
            json.WriteString("kind", Names.Of(kind));
        }

        if (f.Location.Page is { } page)
        {
            json.WriteNumber("page", page);
        }

        if (f.Location.Paragraph is { } paragraph)
        {
            json.WriteNumber("paragraph", paragraph);
        }

        json.WriteStartArray("suggestions");
        foreach (var s in f.Suggestions)
        {
            json.WriteStringValue(s);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteUri(Utf8JsonWriter json, string path)
    {
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", "SRCROOT");
        }
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, SourceFormat? format, SourceLocation location, string text)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        if (format is SourceFormat.Markdown or SourceFormat.Text && text.Length > 0 && !text.Contains('\n', StringComparison.Ordinal) && !text.EndsWith("...", StringComparison.Ordinal))
        {
            json.WriteNumber("endLine", location.Line);
            json.WriteNumber("endColumn", location.Column + text.Length);
        }

        if (text.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
