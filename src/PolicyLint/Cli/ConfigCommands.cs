using System.CommandLine;
using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Analysis.Baseline;
using PolicyLint.Analysis.Configuration;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Rules.Organisation;

namespace PolicyLint.Cli;

/// <summary>
/// The commands and steps of configuration: <c>init</c> (a commented starter policylint.json), <c>config FILE</c> (the
/// effective settings of one document and where each came from), <c>baseline</c> (record today's findings), and what
/// <c>check</c> does before and after a run (read every configuration first, report their warnings, say how many
/// baseline entries and suppressions no longer match).
/// </summary>
internal static class ConfigCommands
{
    /// <summary>
    /// Reads every configuration and suppressions file that governs <paramref name="files"/> and, unless the run's
    /// report carries them (<paramref name="printWarnings"/> false), prints their warnings (PL9003, PL9004). False,
    /// with the error printed, when one cannot be used (the run must exit 2).
    /// </summary>
    public static bool Preload(ConfigurationSet? configuration, IEnumerable<string> files, TextWriter stderr, bool printWarnings = true)
    {
        if (configuration is null)
        {
            return true;
        }

        try
        {
            configuration.Preload(files);
        }
        catch (ConfigurationException ex)
        {
            stderr.WriteLine("policylint: " + ex.Message);
            return false;
        }

        if (printWarnings)
        {
            foreach (var warning in LoadWarnings(configuration))
            {
                stderr.WriteLine("policylint: " + warning);
            }
        }

        return true;
    }

    /// <summary>What the configuration and suppressions files read so far warn about as written (PL9003, PL9004), file by file.</summary>
    public static IEnumerable<ConfigWarning> LoadWarnings(ConfigurationSet? configuration) =>
        configuration is null
            ? []
            : configuration.Loaded.SelectMany(f => f.Warnings).Concat(configuration.LoadedSuppressions.SelectMany(s => s.Warnings));

    /// <summary>After a run: the suppressions-file entries that suppressed nothing (PL9005).</summary>
    public static IEnumerable<ConfigWarning> UnusedSuppressions(ConfigurationSet? configuration) =>
        configuration is null ? [] : configuration.LoadedSuppressions.SelectMany(s => s.Unused());

    /// <summary>
    /// The level at which a configuration warning fails the run: the command line's --fail-on, else the failOn at the
    /// top of the policylint.json it is about; null (the run's level) for a suppressions file or a file that sets none.
    /// </summary>
    public static Severity? FailLevelOf(ConfigWarning warning, ConfigurationSet? configuration, Severity? commandLine) =>
        commandLine ?? configuration?.Loaded.FirstOrDefault(f => string.Equals(f.Path, warning.Path, StringComparison.Ordinal))?.Base.FailOn?.Value;

    /// <summary>The organisation terms any of <paramref name="files"/> is checked with, as rule descriptors (for SARIF).</summary>
    public static IReadOnlyList<RuleDescriptor> ExtraRules(ConfigurationSet? configuration, IEnumerable<string> files) =>
        configuration is null
            ? []
            : [.. files.SelectMany(f => configuration.For(f).Terms.Values).Select(t => t.Value).DistinctBy(t => t.Id).Select(t => new OrganisationTermRule(t).Descriptor)];

    /// <summary>Reads the baseline given with --baseline; null with the error printed when it cannot be used.</summary>
    public static BaselineMatcher? ReadBaseline(string path, TextWriter stderr)
    {
        try
        {
            return new BaselineMatcher(path, BaselineFile.Read(path));
        }
        catch (ConfigurationException ex)
        {
            stderr.WriteLine("policylint: " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// After a run: suppressions-file entries that suppressed nothing (PL9005; printed unless the report carried them)
    /// and how many baseline entries no longer match.
    /// </summary>
    public static void AfterRun(ConfigurationSet? configuration, BaselineMatcher? baseline, string? baselinePath, TextWriter stderr, bool printWarnings = true)
    {
        if (printWarnings)
        {
            foreach (var unused in UnusedSuppressions(configuration))
            {
                stderr.WriteLine("policylint: " + unused);
            }
        }

        if (baseline is not null)
        {
            int stale = baseline.Stale().Count;
            int matched = baseline.Matched().Count;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"policylint: baseline {baselinePath}: {matched} of {baseline.Entries.Count} {(baseline.Entries.Count == 1 ? "entry" : "entries")} matched; {stale} no longer {(stale == 1 ? "matches" : "match")}{(stale > 0 ? " (run 'policylint baseline --prune' to drop them)" : string.Empty)}"));
        }
    }

    public static Command InitCommand(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("folder") { Description = "Where to write policylint.json (default: the current folder).", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Replace an existing policylint.json." };
        var command = new Command("init", $"Write a commented starter policylint.json, and the schema beside it as {ConfigSchema.FileName} for editors.") { folder, force };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"policylint: '{dir}' is not a folder");
                return PolicyLintCli.ExitUsage;
            }

            var target = Path.Combine(dir, ConfigFile.FileName);
            if (File.Exists(target) && !parse.GetValue(force))
            {
                stderr.WriteLine($"policylint: {PathExpander.Normalise(target)} already exists; use --force to replace it");
                return PolicyLintCli.ExitUsage;
            }

            // The schema is the tool's own file: written (or brought up to date) every time, so $schema always
            // resolves, offline, to the schema of the PolicyLint that wrote it.
            var schema = Path.Combine(dir, ConfigSchema.FileName);
            if (!ReportFile.WriteBytes(schema, ConfigSchema.Bytes(), stderr) ||
                !ReportFile.Write(target, w => w.Write(StarterConfig.Text(ConfigSchema.Reference)), stderr))
            {
                return PolicyLintCli.ExitUsage;
            }

            stdout.WriteLine($"Wrote {PathExpander.Normalise(target)} and its schema {PathExpander.Normalise(schema)}. 'policylint config FILE' shows what it means for one document.");
            return PolicyLintCli.ExitClean;
        });
        return command;
    }

    /// <summary><c>policylint schema</c>: the JSON schema of policylint.json, on stdout or to a file.</summary>
    public static Command SchemaCommand(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of the terminal." };
        var command = new Command("schema", "Print the JSON schema of policylint.json (the one 'init' writes beside it).") { output };
        command.SetAction(parse =>
        {
            var bytes = ConfigSchema.Bytes();
            if (parse.GetValue(output) is { } path)
            {
                return ReportFile.WriteBytes(path, bytes, stderr) ? PolicyLintCli.ExitClean : PolicyLintCli.ExitUsage;
            }

            stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
            return PolicyLintCli.ExitClean;
        });
        return command;
    }

    public static Command ConfigCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The document whose effective settings to show." };
        var command = new Command("config", "Show the settings one document is checked with and where each came from (a policylint.json line, an override, or the default).") { file };
        var options = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"policylint: '{path}' does not exist");
                return PolicyLintCli.ExitUsage;
            }

            var configuration = options.Read(parse);
            if (!Preload(configuration, [path], stderr))
            {
                return PolicyLintCli.ExitUsage;
            }

            var settings = configuration?.For(path) ?? EffectiveSettings.Empty;
            WriteSettings(PathExpander.Normalise(path), settings, stdout);
            return PolicyLintCli.ExitClean;
        });
        return command;
    }

    private static void WriteSettings(string path, EffectiveSettings s, TextWriter w)
    {
        const string Default = "default";
        w.WriteLine($"Settings for {path}");
        w.WriteLine(s.Files.Count == 0 ? "  configuration files: none found" : "  configuration files (farthest first): " + string.Join(", ", s.Files));
        w.WriteLine($"  kind: {(s.Kind is { } k ? $"{Names.Of(k.Value)}  ({k.Origin})" : $"detected from the text  ({Default})")}");
        w.WriteLine($"  setting: {(s.Setting is { } st ? $"{Names.Of(st.Value)}  ({st.Origin})" : $"social-care  ({Default})")}");
        w.WriteLine($"  failOn: {(s.FailOn is { } f ? $"{Names.Of(f.Value)}  ({f.Origin})" : $"error  ({Default})")}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  maxSentenceWords: {(s.MaxSentenceWords is { } m ? $"{m.Value}  ({m.Origin})" : $"{PL2009LongSentence.DefaultMaxWords}  ({Default})")}"));
        w.WriteLine("  suppressions files: " + (s.SuppressionFiles.Count == 0 ? "none" : string.Join(", ", s.SuppressionFiles.Select(PathExpander.Normalise))));
        w.WriteLine("  rules (command-line --kind, --setting and --fail-on beat all of these):");
        foreach (var d in RuleCatalog.Descriptors)
        {
            string where;
            Severity severity;
            if (s.Rules.TryGetValue(d.Id, out var byId))
            {
                (severity, where) = (byId.Value, "by id, " + byId.Origin);
            }
            else if (s.Categories.TryGetValue(d.Category, out var byCategory))
            {
                (severity, where) = (byCategory.Value, $"by category {Names.Of(d.Category)}, {byCategory.Origin}");
            }
            else
            {
                var setting = s.Setting?.Value ?? CareSetting.SocialCare;
                (severity, where) = (d.SeverityIn(setting), Default);
            }

            w.WriteLine($"    {d.Id} {d.Name,-36} {Names.Of(severity),-8} ({where})");
        }

        foreach (var t in s.Terms.Values.OrderBy(t => t.Value.Id, StringComparer.Ordinal))
        {
            var severity = s.Rules.TryGetValue(t.Value.Id, out var byId) ? byId
                : s.Categories.TryGetValue(RuleCategory.Language, out var byCategory) ? byCategory
                : new Sourced<Severity>(t.Value.Severity, t.Origin);
            w.WriteLine($"    {t.Value.Id} term '{t.Value.Phrase}' → {string.Join(" or ", t.Value.Alternatives.Select(a => $"'{a}'"))}: {Names.Of(severity.Value)}  ({severity.Origin})");
        }
    }

    public static Command BaselineCommand(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders whose findings to record.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The baseline file (default policylint.baseline.json).", DefaultValueFactory = _ => BaselineFile.DefaultName };
        var prune = new Option<bool>("--prune") { Description = "Only drop entries that no longer match a finding; record nothing new." };
        var asOf = new Option<string?>("--as-of") { Description = "The date that date rules compare against, YYYY-MM-DD (default: today)." };
        var command = new Command("baseline", "Record today's findings so that 'check --baseline' reports only new ones.") { paths, output, prune, asOf };
        var configOptions = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            DateOnly date = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            if (parse.GetValue(asOf) is { } asOfText &&
                !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                stderr.WriteLine($"policylint: --as-of '{asOfText}' is not a date in the form YYYY-MM-DD");
                return PolicyLintCli.ExitUsage;
            }

            var target = parse.GetValue(output)!;
            bool pruning = parse.GetValue(prune);
            IReadOnlyList<BaselineEntry> existing = [];
            if (File.Exists(target))
            {
                try
                {
                    existing = BaselineFile.Read(target);
                }
                catch (ConfigurationException ex)
                {
                    stderr.WriteLine("policylint: " + ex.Message);
                    return PolicyLintCli.ExitUsage;
                }
            }
            else if (pruning)
            {
                stderr.WriteLine($"policylint: {target} does not exist: there is nothing to prune");
                return PolicyLintCli.ExitUsage;
            }

            var configuration = configOptions.Read(parse);
            var matcher = new BaselineMatcher(target, existing);
            var engine = new PolicyLintEngine(new CheckOptions { AsOf = date, Configuration = configuration, Baseline = matcher });
            var (found, missing, unsearchable) = PathExpander.Expand(parse.GetValue(paths)!, engine.Supports);
            foreach (var m in missing)
            {
                stderr.WriteLine($"policylint: '{m}' does not exist");
            }

            if (!Preload(configuration, found, stderr))
            {
                return PolicyLintCli.ExitUsage;
            }

            var added = new List<BaselineEntry>();
            bool unreadable = false;
            foreach (var report in engine.CheckInOrder(found, unsearchable))
            {
                if (report.Error is not null)
                {
                    stderr.WriteLine($"policylint: {report.Path}: {report.Error}");
                    unreadable = true;
                    continue;
                }

                foreach (var f in report.Active.Where(f => f.Rule.Category != RuleCategory.Tool))
                {
                    added.Add(new BaselineEntry(BaselineFile.RelativePath(target, report.Path), f.RuleId, FindingFingerprint.Of(f, report.Document), f.Text, string.Empty));
                }
            }

            var stale = new HashSet<BaselineEntry>(matcher.Stale(), ReferenceEqualityComparer.Instance);
            var kept = existing.Where(e => !stale.Contains(e)).ToList();
            var entries = pruning ? kept : [.. kept, .. added];
            if (!ReportFile.Write(target, w => BaselineFile.Write(w, entries), stderr))
            {
                return PolicyLintCli.ExitUsage;
            }

            stdout.WriteLine(pruning
                ? string.Create(CultureInfo.InvariantCulture, $"Pruned {PathExpander.Normalise(target)}: dropped {stale.Count} {(stale.Count == 1 ? "entry" : "entries")} that no longer match; {entries.Count} kept.")
                : string.Create(CultureInfo.InvariantCulture, $"Wrote {PathExpander.Normalise(target)}: {entries.Count} {(entries.Count == 1 ? "entry" : "entries")} ({added.Count} new, {kept.Count} kept with their reasons, {stale.Count} no longer matching dropped)."));
            return missing.Count > 0 || unreadable || unsearchable.Count > 0 ? PolicyLintCli.ExitUsage : PolicyLintCli.ExitClean;
        });
        return command;
    }
}
