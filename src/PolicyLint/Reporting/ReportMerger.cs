using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyLint.Reporting;

/// <summary>A report that cannot be merged, with the file and what is wrong with it.</summary>
internal sealed class MergeException(string message) : Exception(message);

/// <summary>
/// Combines the reports of a sharded run (<c>check --shard K/N</c>) into the report one unsharded run would have
/// written: the JSON contract or SARIF, whichever the inputs are (all of one kind, written by one version of
/// PolicyLint). Documents (JSON) and artifacts with their results (SARIF) are merged in path order, the order of a
/// single run, and the totals are added up; SARIF results have their artifact index renumbered. A path that appears
/// in two inputs means the shards overlap (the same shard given twice, or shards of different splits): that is an
/// error, not something to settle silently. Each input is held parsed while merging, so memory is about the size of
/// the inputs; a very large run merges in a tree (merge groups of shards, then merge the results).
/// </summary>
internal static class ReportMerger
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What a set of inputs is.</summary>
    public enum Kind
    {
        Json,
        Sarif,
    }

    /// <summary>
    /// Reads and checks <paramref name="inputs"/> (one format, one version, no path in two of them) without writing
    /// anything, so a bad input fails before any output starts. Throws <see cref="MergeException"/> naming the file.
    /// </summary>
    public static Merge Open(IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var parsed = new List<(string Path, JsonDocument Json, Kind Kind)>();
        try
        {
            foreach (var path in inputs)
            {
                var json = Parse(path);
                parsed.Add((path, json, KindOf(path, json.RootElement)));
            }

            if (parsed.Count == 0)
            {
                throw new MergeException("no reports to merge");
            }

            var kind = parsed[0].Kind;
            if (parsed.FirstOrDefault(p => p.Kind != kind) is { Path: not null } other)
            {
                throw new MergeException($"{other.Path}: is a {Name(other.Kind)} report but {parsed[0].Path} is {Name(kind)}: merge reports of one format");
            }

            CheckOneVersion(parsed);
            var merge = new Merge(parsed, kind);
            merge.Check();
            return merge;
        }
        catch
        {
            foreach (var p in parsed)
            {
                p.Json.Dispose();
            }

            throw;
        }
    }

    /// <summary>Inputs read and checked, ready to be written as one report.</summary>
    public sealed class Merge : IDisposable
    {
        private readonly List<(string Path, JsonDocument Json, Kind Kind)> _parsed;

        internal Merge(List<(string Path, JsonDocument Json, Kind Kind)> parsed, Kind kind)
        {
            _parsed = parsed;
            Kind = kind;
        }

        public Kind Kind { get; }

        /// <summary>
        /// Finds what would stop the merge half-way (overlapping shards, a bad summary, another rule list) before any
        /// output, by walking the inputs' paths in merged order without writing anything.
        /// </summary>
        internal void Check()
        {
            if (Kind == Kind.Json)
            {
                _ = SummaryTotals(_parsed);
                foreach (var _ in InPathOrder(JsonDocuments(_parsed), d => StringOf(d, "path")))
                {
                }
            }
            else
            {
                CheckOneCatalogue(_parsed);
                var artifacts = _parsed.Select(p => (p.Path, Items: p.Json.RootElement.GetProperty("runs")[0].GetProperty("artifacts").EnumerateArray().ToList())).ToList();
                foreach (var _ in InPathOrder(artifacts, ArtifactUri))
                {
                }
            }
        }

        /// <summary>Writes the merged report.</summary>
        public void WriteTo(TextWriter writer)
        {
            ArgumentNullException.ThrowIfNull(writer);
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                var sink = new Sink(json, buffer, writer);
                if (Kind == Kind.Json)
                {
                    MergeJson(_parsed, sink);
                }
                else
                {
                    MergeSarif(_parsed, sink);
                }

                sink.Drain();
            }

            writer.WriteLine();
        }

        public void Dispose()
        {
            foreach (var p in _parsed)
            {
                p.Json.Dispose();
            }
        }
    }

    private static string Name(Kind kind) => kind == Kind.Json ? "JSON" : "SARIF";

    private static JsonDocument Parse(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            string where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            throw new MergeException($"{path}: is not valid JSON{where}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MergeException($"{path}: cannot be read: {ex.Message}");
        }
    }

    private static Kind KindOf(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MergeException($"{path}: is not a PolicyLint report (the top level is not an object)");
        }

        if (root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
        {
            if (runs.GetArrayLength() != 1 || !IsPolicyLint(runs[0].GetProperty("tool").GetProperty("driver")))
            {
                throw new MergeException($"{path}: is SARIF but not one run of PolicyLint");
            }

            Require(path, runs[0], "artifacts", JsonValueKind.Array);
            Require(path, runs[0], "results", JsonValueKind.Array);
            return Kind.Sarif;
        }

        if (root.TryGetProperty("documents", out _) && root.TryGetProperty("tool", out var tool) && IsPolicyLint(tool))
        {
            Require(path, root, "documents", JsonValueKind.Array);
            Require(path, root, "summary", JsonValueKind.Object);
            return Kind.Json;
        }

        throw new MergeException($"{path}: is neither PolicyLint's JSON report nor its SARIF (write shards with --format json or --format sarif)");
    }

    private static bool IsPolicyLint(JsonElement tool) =>
        tool.ValueKind == JsonValueKind.Object && tool.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String &&
        name.GetString() == ToolInfo.Name;

    private static void Require(string path, JsonElement parent, string property, JsonValueKind kind)
    {
        if (!parent.TryGetProperty(property, out var value) || value.ValueKind != kind)
        {
            throw new MergeException($"{path}: '{property}' is missing or not an {(kind == JsonValueKind.Array ? "array" : "object")}");
        }
    }

    private static JsonElement Tool(JsonElement root) =>
        root.TryGetProperty("runs", out var runs) ? runs[0].GetProperty("tool").GetProperty("driver") : root.GetProperty("tool");

    private static void CheckOneVersion(List<(string Path, JsonDocument Json, Kind Kind)> parsed)
    {
        static string Version(JsonElement tool) => tool.TryGetProperty("version", out var v) ? v.ToString() : "?";
        string first = Version(Tool(parsed[0].Json.RootElement));
        foreach (var (path, json, _) in parsed)
        {
            string version = Version(Tool(json.RootElement));
            if (version != first)
            {
                throw new MergeException($"{path}: was written by PolicyLint {version} but {parsed[0].Path} by {first}: merge reports of one version");
            }
        }
    }

    private static void MergeJson(List<(string Path, JsonDocument Json, Kind Kind)> parsed, Sink sink)
    {
        var json = sink.Json;
        json.WriteStartObject();
        json.WritePropertyName("tool");
        parsed[0].Json.RootElement.GetProperty("tool").WriteTo(json);
        json.WriteStartArray("documents");
        foreach (var (_, document) in InPathOrder(JsonDocuments(parsed), d => StringOf(d, "path")))
        {
            document.WriteTo(json);
            sink.DrainNowAndThen();
        }

        json.WriteEndArray();

        // Every shard reads the configuration of its own documents, so a problem in a shared file comes once from
        // each; the merged report has it once, and the summary counts it once.
        var shards = parsed.Select(p => p.Json.RootElement.TryGetProperty("configuration", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().ToList() : []).ToList();
        var configuration = MergeConfiguration(shards, JsonConfigurationKey);
        json.WriteStartArray("configuration");
        foreach (var item in configuration)
        {
            item.WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        foreach (var (name, sum) in SummaryTotals(parsed))
        {
            var severity = name switch { "errors" => "error", "warnings" => "warning", "infos" => "info", _ => null };
            long counted = severity is null ? 0 : shards.Sum(items => items.Count(i => StringOf(i, "severity") == severity));
            long once = severity is null ? 0 : configuration.Count(i => StringOf(i, "severity") == severity);
            json.WriteNumber(name, sum - counted + once);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static List<(string Path, List<JsonElement> Items)> JsonDocuments(List<(string Path, JsonDocument Json, Kind Kind)> parsed) =>
        [.. parsed.Select(p => (p.Path, p.Json.RootElement.GetProperty("documents").EnumerateArray().ToList()))];

    /// <summary>Each number of the first input's summary, added up over every input (each must have it).</summary>
    private static List<(string Name, long Sum)> SummaryTotals(List<(string Path, JsonDocument Json, Kind Kind)> parsed)
    {
        var totals = new List<(string, long)>();
        foreach (var property in parsed[0].Json.RootElement.GetProperty("summary").EnumerateObject())
        {
            long sum = 0;
            foreach (var (path, doc, _) in parsed)
            {
                if (!doc.RootElement.GetProperty("summary").TryGetProperty(property.Name, out var value) || !value.TryGetInt64(out long n))
                {
                    throw new MergeException($"{path}: summary.{property.Name} is missing or not a number");
                }

                sum += n;
            }

            totals.Add((property.Name, sum));
        }

        return totals;
    }

    private static string ArtifactUri(JsonElement artifact) => artifact.TryGetProperty("location", out var l) ? StringOf(l, "uri") : "";

    private static void CheckOneCatalogue(List<(string Path, JsonDocument Json, Kind Kind)> parsed)
    {
        var rules = RuleIds(parsed[0].Json.RootElement.GetProperty("runs")[0]);
        for (int i = 1; i < parsed.Count; i++)
        {
            if (!RuleIds(parsed[i].Json.RootElement.GetProperty("runs")[0]).SequenceEqual(rules, StringComparer.Ordinal))
            {
                throw new MergeException($"{parsed[i].Path}: lists other rules than {parsed[0].Path}: merge reports of one catalogue");
            }
        }
    }

    private static void MergeSarif(List<(string Path, JsonDocument Json, Kind Kind)> parsed, Sink sink)
    {
        CheckOneCatalogue(parsed);
        var runs = parsed.Select(p => p.Json.RootElement.GetProperty("runs")[0]).ToList();

        // Each input's results, grouped under the artifact they point at (in the order they were written).
        var sources = new List<(string Path, List<(JsonElement Artifact, List<JsonElement> Results)> Items)>();
        var unplaced = new List<JsonElement>();
        for (int i = 0; i < runs.Count; i++)
        {
            var artifacts = runs[i].GetProperty("artifacts").EnumerateArray().Select(a => (Artifact: a, Results: new List<JsonElement>())).ToList();
            foreach (var result in runs[i].GetProperty("results").EnumerateArray())
            {
                if (ArtifactIndex(result) is { } index && index >= 0 && index < artifacts.Count)
                {
                    artifacts[index].Results.Add(result);
                }
                else
                {
                    unplaced.Add(result);
                }
            }

            sources.Add((parsed[i].Path, artifacts));
        }

        var merged = InPathOrder(sources, a => ArtifactUri(a.Artifact)).ToList();
        var json = sink.Json;
        var root = parsed[0].Json.RootElement;
        json.WriteStartObject();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != "runs")
            {
                property.WriteTo(json);
            }
        }

        json.WriteStartArray("runs");
        json.WriteStartObject();
        foreach (var property in runs[0].EnumerateObject())
        {
            switch (property.Name)
            {
                case "artifacts":
                    json.WriteStartArray("artifacts");
                    foreach (var (_, item) in merged)
                    {
                        item.Artifact.WriteTo(json);
                    }

                    json.WriteEndArray();
                    break;
                case "results":
                    json.WriteStartArray("results");
                    for (int index = 0; index < merged.Count; index++)
                    {
                        foreach (var result in merged[index].Item.Results)
                        {
                            WriteRenumbered(json, result, index);
                            sink.DrainNowAndThen();
                        }
                    }

                    foreach (var result in unplaced)
                    {
                        result.WriteTo(json);
                    }

                    json.WriteEndArray();
                    break;
                case "invocations":
                    json.WriteStartArray("invocations");
                    json.WriteStartObject();
                    json.WriteBoolean("executionSuccessful", runs.All(Succeeded));
                    var notifications = MergeConfiguration([.. runs.Select(Notifications)], SarifConfigurationKey);
                    if (notifications.Count > 0)
                    {
                        json.WriteStartArray("toolConfigurationNotifications");
                        foreach (var notification in notifications)
                        {
                            notification.WriteTo(json);
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                    json.WriteEndArray();
                    break;
                default:
                    property.WriteTo(json);
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// The configuration problems of a sharded run, once each: a problem in a file as written (PL9003, PL9004) from
    /// whichever shard reported it first; a suppression that suppressed nothing (PL9005) only when every shard says
    /// so, since another shard's documents may have used it. (A shard that never read the suppressions file cannot
    /// say, so an entry no shard used may then go unreported: the merge errs toward fewer warnings, never a false one.)
    /// </summary>
    private static List<JsonElement> MergeConfiguration(List<List<JsonElement>> shards, Func<JsonElement, (string RuleId, string Path, long Line, long Column)> placeOf)
    {
        string Key(JsonElement item) => placeOf(item).ToString();
        var merged = new List<JsonElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in shards.SelectMany(s => s))
        {
            var key = Key(item);
            if (!seen.Add(key))
            {
                continue;
            }

            if (placeOf(item).RuleId == "PL9005" && !shards.All(s => s.Any(other => Key(other) == key)))
            {
                continue;
            }

            merged.Add(item);
        }

        // The order one run writes them in: by file, line, column, rule.
        return [.. merged.OrderBy(i => placeOf(i).Path, StringComparer.Ordinal).ThenBy(i => placeOf(i).Line).ThenBy(i => placeOf(i).Column).ThenBy(i => placeOf(i).RuleId, StringComparer.Ordinal)];
    }

    private static long NumberOf(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var n) && n.TryGetInt64(out long value) ? value : 0;

    private static (string RuleId, string Path, long Line, long Column) JsonConfigurationKey(JsonElement item)
    {
        var location = item.TryGetProperty("location", out var l) ? l : default;
        return (StringOf(item, "ruleId"), StringOf(item, "path"), NumberOf(location, "line"), NumberOf(location, "column"));
    }

    private static (string RuleId, string Path, long Line, long Column) SarifConfigurationKey(JsonElement item)
    {
        var ruleId = item.TryGetProperty("descriptor", out var d) ? StringOf(d, "id") : "";
        if (item.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0 &&
            locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            var uri = physical.TryGetProperty("artifactLocation", out var artifact) ? StringOf(artifact, "uri") : "";
            var region = physical.TryGetProperty("region", out var r) ? r : default;
            return (ruleId, Uri.UnescapeDataString(uri), NumberOf(region, "startLine"), NumberOf(region, "startColumn"));
        }

        return (ruleId, "", 0, 0);
    }

    private static List<JsonElement> Notifications(JsonElement run) =>
        run.TryGetProperty("invocations", out var invocations) && invocations.ValueKind == JsonValueKind.Array
            ? [.. invocations.EnumerateArray().SelectMany(i => i.TryGetProperty("toolConfigurationNotifications", out var n) && n.ValueKind == JsonValueKind.Array ? n.EnumerateArray() : Enumerable.Empty<JsonElement>())]
            : [];

    private static List<string> RuleIds(JsonElement run) =>
        run.GetProperty("tool").GetProperty("driver").TryGetProperty("rules", out var rules)
            ? [.. rules.EnumerateArray().Select(r => StringOf(r, "id"))]
            : [];

    private static bool Succeeded(JsonElement run) =>
        !run.TryGetProperty("invocations", out var invocations) ||
        invocations.EnumerateArray().All(i => !i.TryGetProperty("executionSuccessful", out var ok) || ok.ValueKind != JsonValueKind.False);

    private static int? ArtifactIndex(JsonElement result) =>
        result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0 &&
        locations[0].TryGetProperty("physicalLocation", out var physical) && physical.TryGetProperty("artifactLocation", out var artifact) &&
        artifact.TryGetProperty("index", out var index) && index.TryGetInt32(out int i)
            ? i
            : null;

    /// <summary>Copies a result, giving every artifactLocation that carries an index the artifact's merged index.</summary>
    private static void WriteRenumbered(Utf8JsonWriter json, JsonElement element, int index, bool inArtifactLocation = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    json.WritePropertyName(property.Name);
                    if (inArtifactLocation && property.Name == "index")
                    {
                        json.WriteNumberValue(index);
                    }
                    else
                    {
                        WriteRenumbered(json, property.Value, index, property.Name == "artifactLocation");
                    }
                }

                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteRenumbered(json, item, index);
                }

                json.WriteEndArray();
                break;
            default:
                element.WriteTo(json);
                break;
        }
    }

    private static string StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";

    /// <summary>
    /// A k-way merge of inputs each already in ordinal path order (as every PolicyLint report is), yielding the
    /// input each item came from. Throws when two inputs hold the same path.
    /// </summary>
    private static IEnumerable<(string Source, T Item)> InPathOrder<T>(List<(string Path, List<T> Items)> sources, Func<T, string> pathOf)
    {
        var queue = new PriorityQueue<(int Source, int Position), string>(StringComparer.Ordinal);
        for (int s = 0; s < sources.Count; s++)
        {
            if (sources[s].Items.Count > 0)
            {
                queue.Enqueue((s, 0), pathOf(sources[s].Items[0]));
            }
        }

        string? last = null;
        int lastSource = -1;
        while (queue.TryDequeue(out var at, out var path))
        {
            if (last is not null && string.Equals(last, path, StringComparison.Ordinal) && lastSource != at.Source)
            {
                throw new MergeException($"{sources[at.Source].Path}: '{path}' is also in {sources[lastSource].Path}: the shards overlap (the same shard twice, or shards of different splits)");
            }

            last = path;
            lastSource = at.Source;
            yield return (sources[at.Source].Path, sources[at.Source].Items[at.Position]);
            int next = at.Position + 1;
            if (next < sources[at.Source].Items.Count)
            {
                queue.Enqueue((at.Source, next), pathOf(sources[at.Source].Items[next]));
            }
        }
    }

    /// <summary>The JSON writer and where its bytes go: drained to the output every so often so memory stays that of the inputs.</summary>
    private sealed class Sink(Utf8JsonWriter json, MemoryStream buffer, TextWriter writer)
    {
        private int _items;

        public Utf8JsonWriter Json => json;

        public void DrainNowAndThen()
        {
            if (++_items % 256 == 0)
            {
                Drain();
            }
        }

        public void Drain()
        {
            json.Flush();
            writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            buffer.SetLength(0);
            buffer.Position = 0;
        }
    }
}
