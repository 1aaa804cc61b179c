using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Analysis.Configuration;

namespace PolicyLint.Analysis.Baseline;

/// <summary>
/// Reads and writes policylint.baseline.json. Entries are sorted (path, rule, fingerprint, text) so a baseline diffs
/// cleanly in review, and paths are relative to the file so a checkout anywhere matches.
/// </summary>
internal static class BaselineFile
{
    public const string DefaultName = "policylint.baseline.json";

    public const int Version = 1;

    /// <summary>Reads a baseline; throws <see cref="ConfigurationException"/> naming file, line and column.</summary>
    public static IReadOnlyList<BaselineEntry> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: the baseline could not be read: {ex.Message}", ex);
        }

        var (document, positions) = ConfigReader.Load(path, bytes, "baseline");
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException($"{path}:1:1: a baseline is an object with an 'entries' array (write one with 'policylint baseline')");
            }

            var list = new List<BaselineEntry>();
            int i = 0;
            foreach (var e in entries.EnumerateArray())
            {
                string? Text(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                if (Text("path") is not { } p || Text("rule") is not { } rule || Text("fingerprint") is not { } fp)
                {
                    var (line, column) = positions.Of("/entries/" + i.ToString(CultureInfo.InvariantCulture));
                    throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: each baseline entry needs 'path', 'rule' and 'fingerprint'"));
                }

                list.Add(new BaselineEntry(p, rule.ToUpperInvariant(), fp.ToLowerInvariant(), Text("text") ?? string.Empty, Text("reason") ?? string.Empty));
                i++;
            }

            return list;
        }
    }

    /// <summary>Writes the entries, sorted, as the text of a baseline file.</summary>
    public static void Write(TextWriter writer, IEnumerable<BaselineEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteString("tool", Reporting.ToolInfo.Name);
            json.WriteStartArray("entries");
            foreach (var e in entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", e.Path);
                json.WriteString("rule", e.Rule);
                json.WriteString("fingerprint", e.Fingerprint);
                json.WriteString("text", e.Text);
                json.WriteString("reason", e.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    /// <summary>A document's path as a baseline in <paramref name="baselinePath"/>'s folder records it.</summary>
    public static string RelativePath(string baselinePath, string documentPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        return Path.GetRelativePath(folder, Path.GetFullPath(documentPath)).Replace('\\', '/');
    }
}
