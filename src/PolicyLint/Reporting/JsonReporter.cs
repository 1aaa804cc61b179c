using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Analysis;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting;

/// <summary>
/// The stable JSON contract (docs/json-output.md). Property order and names are part of the contract: other tools
/// read them. Written with a forward-only writer so large runs do not build a tree first.
/// </summary>
internal sealed class JsonReporter : IReporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly MemoryStream _buffer = new();
    private Utf8JsonWriter? _json;

    public void Begin(RunPlan plan, TextWriter writer)
    {
        _buffer.SetLength(0);
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteString("name", ToolInfo.Name);
        _json.WriteString("version", ToolInfo.Version);
        _json.WriteEndObject();
        _json.WriteStartArray("documents");
        Drain(writer);
    }

    public void Add(int index, DocumentReport report, TextWriter writer)
    {
        WriteDocument(_json!, report);
        Drain(writer);
    }

    public void End(RunTotals totals, TextWriter writer)
    {
        var json = _json!;
        json.WriteEndArray();
        WriteConfiguration(json, totals.Configuration);
        json.WriteStartObject("summary");
        json.WriteNumber("documents", totals.Documents);
        json.WriteNumber("errors", totals.Errors);
        json.WriteNumber("warnings", totals.Warnings);
        json.WriteNumber("infos", totals.Infos);
        json.WriteNumber("suppressed", totals.Suppressed);
        json.WriteEndObject();
        json.WriteEndObject();
        Drain(writer);
        json.Dispose();
        _json = null;
        writer.WriteLine();
    }

    /// <summary>
    /// The top-level "configuration" array: problems in policylint.json and suppressions files, each with its rule id,
    /// severity, message, the file and a line and column in it. Counted in the summary like findings.
    /// </summary>
    internal static void WriteConfiguration(Utf8JsonWriter json, IEnumerable<Analysis.Configuration.ConfigWarning> warnings)
    {
        json.WriteStartArray("configuration");
        foreach (var c in warnings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", c.RuleId);
            json.WriteString("severity", Names.Of(c.Severity));
            json.WriteString("message", c.Message);
            json.WriteString("path", c.Path);
            json.WriteStartObject("location");
            json.WriteNumber("line", c.Line);
            json.WriteNumber("column", c.Column);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _buffer.Dispose();
    }

    /// <summary>Moves what the JSON writer has produced so far to the output and empties the buffer.</summary>
    private void Drain(TextWriter writer)
    {
        _json!.Flush();
        writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
        _buffer.Position = 0;
    }

    public static string FormatName(SourceFormat? format) => format switch
    {
        SourceFormat.Markdown => "md",
        SourceFormat.Text => "txt",
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Html => "html",
        _ => "unknown",
    };

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport doc)
    {
        json.WriteStartObject();
        json.WriteString("path", doc.Path);
        json.WriteString("format", FormatName(doc.Format));
        if (doc.Kind is { } kind)
        {
            json.WriteString("kind", Names.Of(kind));
        }
        else
        {
            json.WriteNull("kind");
        }

        json.WriteString("setting", Names.Of(doc.Setting));
        if (doc.Error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WriteString("error", doc.Error);
        }

        json.WriteStartArray("findings");
        foreach (var f in doc.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", f.RuleId);
            json.WriteString("severity", Names.Of(f.Severity));
            json.WriteString("message", f.Message);
            json.WriteString("text", f.Text);
            WriteLocation(json, "location", f.Location);
            json.WriteStartArray("suggestions");
            foreach (var s in f.Suggestions)
            {
                json.WriteStringValue(s);
            }

            json.WriteEndArray();
            json.WriteString("fingerprint", FindingFingerprint.Of(f, doc.Document));
            if (f.Suppression is { } suppression)
            {
                json.WriteStartObject("suppression");
                json.WriteString("kind", SuppressionName(suppression.Kind));
                json.WriteString("justification", suppression.Justification);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("suppression");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("clauses");
        foreach (var c in doc.Clauses.OrderBy(c => c.RuleId, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", c.RuleId);
            json.WriteString("status", Names.Of(c.Status));
            if (c.RuleStatus is { } ruleStatus)
            {
                json.WriteString("ruleStatus", Names.Of(ruleStatus));
            }

            json.WriteString("explanation", c.Explanation);
            var document = doc.Document;
            WriteEvidence(json, "evidence", document, c.Evidence);
            json.WriteStartArray("allEvidence");
            if (document is not null)
            {
                foreach (var span in c.AllEvidence)
                {
                    WriteEvidence(json, null, document, span);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("elements");
            foreach (var e in c.Elements)
            {
                json.WriteStartObject();
                json.WriteString("name", e.Name);
                json.WriteBoolean("found", e.Found);
                WriteEvidence(json, "evidence", document, e.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>"inSource", "external" or "baseline".</summary>
    public static string SuppressionName(SuppressionKind kind) => kind switch
    {
        SuppressionKind.InSource => "inSource",
        SuppressionKind.External => "external",
        _ => "baseline",
    };

    private static void WriteEvidence(Utf8JsonWriter json, string? name, PolicyLint.Rules.Syntax.PolicyDocument? document, PolicyLint.Rules.Syntax.TextSpan? span)
    {
        if (span is not { } s || document is null)
        {
            if (name is not null)
            {
                json.WriteNull(name);
            }

            return;
        }

        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("text", document.GetText(s));
        WriteLocation(json, "location", document.Locate(s.Start));
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation location)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        WriteNullable(json, "page", location.Page);
        WriteNullable(json, "paragraph", location.Paragraph);
        if (location.Section is null)
        {
            json.WriteNull("section");
        }
        else
        {
            json.WriteString("section", location.Section);
        }

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
