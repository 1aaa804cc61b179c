using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Organisation;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// Reads and validates a policylint.json against the shape schemas/policylint.schema.json describes, by hand rather
/// than with a schema library: it needs no reflection (the tool is published Native AOT) and every error names the
/// file, line and column of the value at fault. Comments and trailing commas are allowed. A rule id of the right form
/// that is not in the catalogue is not an error but a PL9004 warning, so a configuration written for a newer
/// PolicyLint still works.
/// </summary>
internal static partial class ConfigReader
{
    private static readonly string[] TopKeys = ["$schema", "root", "failOn", "kind", "setting", "rules", "categories", "maxSentenceWords", "terms", "overrides", "suppressionsFile"];
    private static readonly string[] OverrideKeys = ["files", "failOn", "kind", "setting", "rules", "categories", "maxSentenceWords"];
    private static readonly string[] TermKeys = ["id", "phrase", "alternatives", "reason", "severity"];
    private static readonly string[] SeverityNames = ["none", "info", "warning", "error"];

    [GeneratedRegex("^PL[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();

    /// <summary>Reads <paramref name="path"/>; throws <see cref="ConfigurationException"/> naming file, line and column.</summary>
    public static ConfigFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: the configuration could not be read: {ex.Message}", ex);
        }

        return Parse(path, bytes);
    }

    /// <summary>Parses configuration text read from <paramref name="path"/>.</summary>
    public static ConfigFile Parse(string path, byte[] bytes)
    {
        var (document, positions) = Load(path, bytes, "configuration");
        using (document)
        {
            var file = new ConfigFile { Path = path };
            var ctx = new Context(path, positions, file.Warnings);
            var root = document.RootElement;
            ctx.Require(root.ValueKind == JsonValueKind.Object, string.Empty, "the configuration must be a JSON object");
            ctx.OnlyKeys(root, string.Empty, TopKeys);
            foreach (var p in root.EnumerateObject())
            {
                var at = "/" + JsonPositions.Escape(p.Name);
                switch (p.Name)
                {
                    case "$schema":
                        ctx.Require(p.Value.ValueKind == JsonValueKind.String, at, "'$schema' must be a string");
                        break;
                    case "root":
                        ctx.Require(p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False, at, "'root' must be true or false");
                        file.Root = p.Value.ValueKind == JsonValueKind.True;
                        break;
                    case "suppressionsFile":
                        ctx.Require(p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Trim().Length > 0, at, "'suppressionsFile' must be a file name");
                        file.SuppressionsFile = Path.GetFullPath(Path.Combine(file.Folder, p.Value.GetString()!));
                        break;
                    case "terms":
                        ReadTerms(ctx, p.Value, at, file.Base);
                        break;
                    case "overrides":
                        ctx.Require(p.Value.ValueKind == JsonValueKind.Array, at, "'overrides' must be an array of objects with 'files'");
                        int i = 0;
                        foreach (var o in p.Value.EnumerateArray())
                        {
                            var oat = at + "/" + i.ToString(CultureInfo.InvariantCulture);
                            i++;
                            ctx.Require(o.ValueKind == JsonValueKind.Object, oat, "each override must be an object with 'files'");
                            ctx.OnlyKeys(o, oat, OverrideKeys);
                            ctx.Require(o.TryGetProperty("files", out var files), oat, "an override needs 'files': a glob or a list of globs");
                            var globs = ReadGlobs(ctx, files, oat + "/files");
                            var layer = new ConfigLayer();
                            foreach (var op in o.EnumerateObject().Where(op => op.Name != "files"))
                            {
                                ReadCommon(ctx, op, oat + "/" + JsonPositions.Escape(op.Name), layer, $"override {i} (files {string.Join(", ", globs.Select(g => g.Pattern))})");
                            }

                            file.Overrides.Add((globs, layer));
                        }

                        break;
                    default:
                        ReadCommon(ctx, p, at, file.Base, null);
                        break;
                }
            }

            // Ids of terms are rules too: severities may name them without a PL9004.
            var termIds = file.Base.Terms.Select(t => t.Value.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (pointer, id) in ctx.RuleIdsSeen)
            {
                if (RuleCatalog.Find(id) is null && !termIds.Contains(id) && !OrganisationTerm.InRange(id))
                {
                    var (line, column) = positions.NameOf(pointer);
                    file.Warnings.Add(new ConfigWarning(PolicyLint.Rules.Rules.Tool.ToolRules.UnknownRuleId.Id, path, line, column, $"'{id}' is not a PolicyLint rule id; 'policylint rules' lists them"));
                }
            }

            return file;
        }
    }

    /// <summary>Parses JSON (comments and trailing commas allowed) and indexes its positions; a syntax error names line and column.</summary>
    public static (JsonDocument Document, JsonPositions Positions) Load(string path, byte[] bytes, string what)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        try
        {
            var positions = new JsonPositions(bytes);
            var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return (document, positions);
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1, column = (ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message.Split(" LineNumber:", StringSplitOptions.None)[0].Split(" Path:", StringSplitOptions.None)[0].TrimEnd('.', ' ');
            throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: the {what} is not valid JSON: {reason}"), ex);
        }
    }

    private static void ReadCommon(Context ctx, JsonProperty p, string at, ConfigLayer layer, string? where)
    {
        var origin = ctx.Origin(at, where);
        switch (p.Name)
        {
            case "failOn":
                layer.FailOn = new(ctx.Severity(p.Value, at, "'failOn' must be one of error, warning, info or none"), origin);
                break;
            case "kind":
                ctx.Require(p.Value.ValueKind == JsonValueKind.String && Names.TryParseKind(p.Value.GetString()!, out _), at, "'kind' must be one of " + string.Join(", ", Names.Kinds));
                _ = Names.TryParseKind(p.Value.GetString()!, out var kind);
                layer.Kind = new(kind, origin);
                break;
            case "setting":
                ctx.Require(p.Value.ValueKind == JsonValueKind.String && Names.TryParseSetting(p.Value.GetString()!, out _), at, "'setting' must be one of " + string.Join(", ", Names.Settings));
                _ = Names.TryParseSetting(p.Value.GetString()!, out var setting);
                layer.Setting = new(setting, origin);
                break;
            case "maxSentenceWords":
                ctx.Require(p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out int words) && words >= 1 && words <= 1000, at, "'maxSentenceWords' must be a whole number from 1 to 1000");
                layer.MaxSentenceWords = new(p.Value.GetInt32(), origin);
                break;
            case "rules":
                ctx.Require(p.Value.ValueKind == JsonValueKind.Object, at, "'rules' must be an object of rule id to severity, e.g. { \"PL2002\": \"none\" }");
                foreach (var r in p.Value.EnumerateObject())
                {
                    var rat = at + "/" + JsonPositions.Escape(r.Name);
                    ctx.RequireName(RuleIdPattern().IsMatch(r.Name), rat, $"'{r.Name}' is not a rule id: ids are PL followed by four digits");
                    layer.Rules[r.Name] = new(ctx.Severity(r.Value, rat, $"the severity of {r.Name} must be one of none, info, warning or error"), ctx.Origin(rat, where));
                    ctx.RuleIdsSeen.Add((rat, r.Name));
                }

                break;
            case "categories":
                ctx.Require(p.Value.ValueKind == JsonValueKind.Object, at, "'categories' must be an object of category to severity, e.g. { \"Language\": \"warning\" }");
                foreach (var c in p.Value.EnumerateObject())
                {
                    var cat = at + "/" + JsonPositions.Escape(c.Name);
                    var category = Enum.GetValues<RuleCategory>().Where(v => string.Equals(Names.Of(v), c.Name, StringComparison.Ordinal)).Select(v => (RuleCategory?)v).FirstOrDefault();
                    ctx.RequireName(category is not null, cat, $"'{c.Name}' is not a category: use RequiredClause, Language, Practice, Upkeep or Tool");
                    layer.Categories[category!.Value] = new(ctx.Severity(c.Value, cat, $"the severity of {c.Name} must be one of none, info, warning or error"), ctx.Origin(cat, where));
                }

                break;
            default:
                ctx.Fail(at, $"unknown setting '{p.Name}'", name: true);
                break;
        }
    }

    private static void ReadTerms(Context ctx, JsonElement terms, string at, ConfigLayer layer)
    {
        ctx.Require(terms.ValueKind == JsonValueKind.Array, at, "'terms' must be an array of { id, phrase, alternatives, reason, severity }");
        int i = 0;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in terms.EnumerateArray())
        {
            var tat = at + "/" + i.ToString(CultureInfo.InvariantCulture);
            i++;
            ctx.Require(t.ValueKind == JsonValueKind.Object, tat, "each term must be an object with id, phrase and reason");
            ctx.OnlyKeys(t, tat, TermKeys);
            ctx.Require(t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && OrganisationTerm.InRange(id.GetString()!), t.TryGetProperty("id", out _) ? tat + "/id" : tat,
                "a term's 'id' must be PL8001 to PL8999 (the range kept for an organisation's own terms)");
            ctx.Require(seen.Add(id.GetString()!), tat + "/id", $"the id {id.GetString()} is given to two terms");
            ctx.Require(t.TryGetProperty("phrase", out var phrase) && phrase.ValueKind == JsonValueKind.String && OrganisationTermRule.Pattern(phrase.GetString()!).Length > 0,
                t.TryGetProperty("phrase", out _) ? tat + "/phrase" : tat, "a term needs a 'phrase': the words to find");
            ctx.Require(t.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String && reason.GetString()!.Trim().Length > 0,
                t.TryGetProperty("reason", out _) ? tat + "/reason" : tat, "a term needs a 'reason': why the organisation asks for other words");
            var alternatives = new List<string>();
            if (t.TryGetProperty("alternatives", out var alts))
            {
                ctx.Require(alts.ValueKind == JsonValueKind.Array && alts.EnumerateArray().All(a => a.ValueKind == JsonValueKind.String && a.GetString()!.Trim().Length > 0), tat + "/alternatives", "'alternatives' must be a list of words to write instead");
                alternatives.AddRange(alts.EnumerateArray().Select(a => a.GetString()!.Trim()));
            }

            var severity = Severity.Warning;
            if (t.TryGetProperty("severity", out var sev))
            {
                severity = ctx.Severity(sev, tat + "/severity", "a term's 'severity' must be one of none, info, warning or error");
            }

            var term = new OrganisationTerm(id.GetString()!.ToUpperInvariant(), phrase.GetString()!.Trim(), alternatives, reason.GetString()!.Trim(), severity);
            layer.Terms.Add(new(term, ctx.Origin(tat, null)));
        }
    }

    private static List<Glob> ReadGlobs(Context ctx, JsonElement files, string at)
    {
        if (files.ValueKind == JsonValueKind.String && files.GetString()!.Length > 0)
        {
            return [new Glob(files.GetString()!)];
        }

        ctx.Require(files.ValueKind == JsonValueKind.Array && files.GetArrayLength() > 0 && files.EnumerateArray().All(f => f.ValueKind == JsonValueKind.String && f.GetString()!.Length > 0), at,
            "'files' must be a glob or a non-empty list of globs, e.g. \"policies/**/*.docx\"");
        return [.. files.EnumerateArray().Select(f => new Glob(f.GetString()!))];
    }

    private sealed class Context(string path, JsonPositions positions, List<ConfigWarning> warnings)
    {
        public List<(string Pointer, string Id)> RuleIdsSeen { get; } = [];

        public List<ConfigWarning> Warnings => warnings;

        public string Origin(string pointer, string? where)
        {
            var (line, column) = positions.Of(pointer);
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}");
            return where is null ? at : $"{at} ({where})";
        }

        public void Require(bool ok, string pointer, string message)
        {
            if (!ok)
            {
                Fail(pointer, message, name: false);
            }
        }

        public void RequireName(bool ok, string pointer, string message)
        {
            if (!ok)
            {
                Fail(pointer, message, name: true);
            }
        }

        public void OnlyKeys(JsonElement obj, string pointer, string[] allowed)
        {
            foreach (var p in obj.EnumerateObject())
            {
                if (!allowed.Contains(p.Name, StringComparer.Ordinal))
                {
                    Fail(pointer + "/" + JsonPositions.Escape(p.Name), $"unknown setting '{p.Name}' (allowed here: {string.Join(", ", allowed)})", name: true);
                }
            }
        }

        public Severity Severity(JsonElement value, string pointer, string message)
        {
            Require(value.ValueKind == JsonValueKind.String && SeverityNames.Contains(value.GetString(), StringComparer.Ordinal), pointer, message);
            _ = Names.TryParseSeverity(value.GetString()!, out var severity);
            return severity;
        }

        public void Fail(string pointer, string message, bool name)
        {
            var (line, column) = name ? positions.NameOf(pointer) : positions.Of(pointer);
            throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {message}"));
        }
    }
}
