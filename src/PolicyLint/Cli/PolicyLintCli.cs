using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Cli;

/// <summary>
/// The command line. Handlers stay thin: parse, call the engine, pick a reporter, map the result to an exit code
/// (0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or unreadable input).
/// </summary>
internal static class PolicyLintCli
{
    public const int ExitClean = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? clock = null, TerminalInfo? terminal = null)
    {
        var root = Build(stdout, stderr, clock ?? TimeProvider.System, terminal ?? TerminalInfo.Redirected);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine("policylint: " + error.Message);
            }

            stderr.WriteLine("Run 'policylint --help' for usage.");
            return ExitUsage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, TimeProvider clock, TerminalInfo terminal)
    {
        var root = new RootCommand("PolicyLint checks restraint and restrictive-practice policies and specifications against national guidance (CQC, LGA, NHS England, Restraint Reduction Network).");
        root.Subcommands.Add(CheckCommand(stdout, stderr, clock, terminal));
        root.Subcommands.Add(InspectCommand(stdout, stderr, clock));
        root.Subcommands.Add(ReviewCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(FixCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(MergeCommand(stdout, stderr));
        root.Subcommands.Add(RulesCommand(stdout));
        root.Subcommands.Add(ExplainCommand(stdout, stderr));
        root.Subcommands.Add(DocsCommand(stdout, stderr));
        root.Subcommands.Add(ConfigCommands.InitCommand(stdout, stderr));
        root.Subcommands.Add(ConfigCommands.ConfigCommand(stdout, stderr));
        root.Subcommands.Add(ConfigCommands.SchemaCommand(stdout, stderr));
        root.Subcommands.Add(ConfigCommands.BaselineCommand(stdout, stderr, clock));
        return root;
    }

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr, TimeProvider clock, TerminalInfo terminal)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to check (.md, .txt, .docx, .pdf, .html, .htm; folders are searched recursively).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif, html (one self-contained page) or github (workflow commands that annotate a pull request).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html", "github");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of the terminal (written aside, then moved into place)." };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when any finding is at or above this level: error, warning or info.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");

        var shard = new Option<string?>("--shard") { Description = "Check only shard K of N (e.g. 2/8): a stable split of the files by a hash of their path, for one job of a matrix; 'policylint merge' combines the shards' JSON or SARIF." };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Documents checked at once (default: one per processor)." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings not in this baseline (written by 'policylint baseline'); baselined ones are kept as suppressed." };
        var command = new Command("check", "Check documents and report findings.") { paths, format, output };
        var documents = new DocumentOptions(command);
        command.Options.Add(failOn);
        command.Options.Add(shard);
        command.Options.Add(jobs);
        command.Options.Add(baseline);
        var limits = new LimitOptions(command);
        var configOptions = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            if (!limits.TryRead(parse, stderr, out var readerLimits))
            {
                return ExitUsage;
            }

            if (!documents.TryRead(parse, stderr, clock, out var document))
            {
                return ExitUsage;
            }

            // --fail-on accepts only known names, so this parse cannot fail.
            _ = Names.TryParseSeverity(parse.GetValue(failOn)!, out var failLevel);
            var shardValue = Shard.All;
            if (parse.GetValue(shard) is { } shardText && !Shard.TryParse(shardText, out shardValue, out var shardError))
            {
                stderr.WriteLine("policylint: " + shardError);
                return ExitUsage;
            }

            int parallelism = Environment.ProcessorCount;
            if (parse.GetValue(jobs) is { } jobCount)
            {
                if (jobCount < 1)
                {
                    stderr.WriteLine($"policylint: --jobs {jobCount.ToString(CultureInfo.InvariantCulture)}: give at least 1");
                    return ExitUsage;
                }

                parallelism = jobCount;
            }

            Analysis.Baseline.BaselineMatcher? baselineMatcher = null;
            if (parse.GetValue(baseline) is { } baselinePath && (baselineMatcher = ConfigCommands.ReadBaseline(baselinePath, stderr)) is null)
            {
                return ExitUsage;
            }

            // What the command line says beats every policylint.json.
            bool failOnGiven = parse.GetResult(failOn) is { Implicit: false };
            var options = new CheckOptions
            {
                Kind = document.Kind, Setting = document.Setting, AsOf = document.AsOf, PdfPasswords = document.PdfPasswords, Limits = readerLimits, MaxParallelism = parallelism,
                Configuration = configOptions.Read(parse), SettingGiven = document.SettingGiven, FailOnGiven = failOnGiven ? failLevel : null, Baseline = baselineMatcher,
            };
            return Check(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), options, failLevel, shardValue, stdout, stderr, terminal, parse.GetValue(baseline));
        });
        return command;
    }

    private static int Check(string[] inputs, string format, string? output, CheckOptions options, Severity failLevel, Shard shard, TextWriter stdout, TextWriter stderr, TerminalInfo terminal, string? baselinePath = null)
    {
        var engine = new PolicyLintEngine(options);
        // Files named explicitly, whatever their type, go through the engine: what it cannot read becomes PL9001; so
        // does a folder that could not be searched.
        var (found, missing, unsearchableFound) = PathExpander.Expand(inputs, engine.Supports);
        // A shard keeps its part of the files; an empty part is a normal outcome for a small tree split many ways.
        var all = shard.IsAll ? found : [.. found.Where(shard.Contains)];
        var unsearchable = shard.IsAll ? unsearchableFound : [.. unsearchableFound.Where(u => shard.Contains(u.Path))];
        bool emptyShard = !shard.IsAll && found.Count + unsearchableFound.Count > 0;
        foreach (var m in missing)
        {
            stderr.WriteLine($"policylint: '{m}' does not exist");
        }

        if (found.Count == 0 && missing.Count == 0 && unsearchableFound.Count == 0)
        {
            stderr.WriteLine("policylint: no .md, .txt, .docx, .pdf or .html files found in " + string.Join(", ", inputs));
        }

        // The text report lists the configuration's problems itself; for the other formats, which a person at a
        // terminal does not read line by line, stderr says them too.
        bool printConfigurationWarnings = format != "text";
        if (!ConfigCommands.Preload(options.Configuration, all, stderr, printConfigurationWarnings))
        {
            return ExitUsage;
        }

        using IReporter reporter = format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(DocsLocator.HelpBaseUri()),
            "html" => new Reporting.Html.HtmlReporter(new Reporting.Html.HtmlReportOptions { HelpBaseUri = DocsLocator.HelpBaseUri() }),
            "github" => new GitHubReporter(),
            _ => new TextReporter(output is null && ColourChoice.ShouldColour(terminal.StdoutIsTerminal, terminal.Environment) ? TextStyle.Ansi : TextStyle.Plain),
        };

        // Each report is written as soon as it is ready and then let go: the run never holds every document.
        var plan = new RunPlan([.. all.Select(p => (p, engine.FormatOf(p))).Concat(unsearchable.Select(u => (u.Path, (PolicyLint.Rules.Syntax.SourceFormat?)null))).OrderBy(d => d.Item1, StringComparer.Ordinal)])
        {
            ExtraRules = ConfigCommands.ExtraRules(options.Configuration, all),
        };
        var totals = new RunTotals();
        // The bar shares the terminal with the report only when the report goes to standard output on a terminal.
        var progress = ColourChoice.ShouldShowProgress(plan.Documents.Count, terminal.StderrIsTerminal, terminal.Environment)
            ? new ProgressBar(stderr, plan.Documents.Count, terminal.Width)
            : null;
        bool sharesTerminal = output is null && terminal.StdoutIsTerminal;
        void Run(TextWriter writer)
        {
            reporter.Begin(plan, writer);
            int index = 0;
            foreach (var report in engine.CheckInOrder(all, unsearchable))
            {
                if (sharesTerminal)
                {
                    progress?.Clear();
                }

                reporter.Add(index++, report, writer);
                totals.Add(report);
                progress?.Update(index, report.Path);
            }

            progress?.Clear();
            var configurationWarnings = ConfigCommands.LoadWarnings(options.Configuration).Concat(ConfigCommands.UnusedSuppressions(options.Configuration))
                .OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Line).ThenBy(w => w.Column).ThenBy(w => w.RuleId, StringComparer.Ordinal);
            foreach (var warning in configurationWarnings)
            {
                totals.AddConfiguration(warning, ConfigCommands.FailLevelOf(warning, options.Configuration, options.FailOnGiven));
            }

            reporter.End(totals, writer);
        }

        if (output is null)
        {
            Run(stdout);
        }
        else if (!ReportFile.Write(output, Run, stderr))
        {
            return ExitUsage;
        }

        foreach (var (path, error) in totals.Unreadable)
        {
            stderr.WriteLine($"policylint: {path}: {error}");
        }

        ConfigCommands.AfterRun(options.Configuration, options.Baseline, baselinePath, stderr, printConfigurationWarnings);

        if (missing.Count > 0 || totals.AnyUnreadable || (all.Count == 0 && !emptyShard))
        {
            return ExitUsage;
        }

        return totals.Fails(failLevel) ? ExitFindings : ExitClean;
    }

    private static Command InspectCommand(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to show (.md, .txt, .docx, .pdf, .html, .htm).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var kind = new Option<string?>("--kind") { Description = "Treat every document as this kind instead of detecting it: specification, policy or other." };
        kind.AcceptOnlyFromAmong([.. Names.Kinds]);
        var command = new Command("inspect", "Show how PolicyLint reads documents: each block with its kind, role (body, title, contents, document control, page furniture…), location and heading path, and its sentences.") { paths, format, kind };
        var limits = new LimitOptions(command);
        var configOptions = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            if (!limits.TryRead(parse, stderr, out var readerLimits))
            {
                return ExitUsage;
            }

            DocumentKind? kindValue = parse.GetValue(kind) is { } k && Names.TryParseKind(k, out var parsedKind) ? parsedKind : null;
            // The kind and setting a policylint.json gives a document are the ones inspect shows, as check uses them.
            var configuration = configOptions.Read(parse);
            var engine = new PolicyLintEngine(new CheckOptions { Kind = kindValue, AsOf = DateOnly.FromDateTime(clock.GetLocalNow().Date), Limits = readerLimits, Configuration = configuration });
            var (files, missing, unsearchable) = PathExpander.Expand(parse.GetValue(paths)!, engine.Supports);
            if (!ConfigCommands.Preload(configuration, files, stderr))
            {
                return ExitUsage;
            }

            foreach (var m in missing)
            {
                stderr.WriteLine($"policylint: '{m}' does not exist");
            }

            foreach (var (path, reason) in unsearchable)
            {
                stderr.WriteLine($"policylint: {path}: {reason}");
            }

            var documents = new List<Rules.Analysis.AnalysisDocument>();
            bool failed = missing.Count > 0 || files.Count == 0 || unsearchable.Count > 0;
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var (analysis, error) = engine.Prepare(file);
                if (analysis is null)
                {
                    stderr.WriteLine($"policylint: {file}: {error}");
                    failed = true;
                    continue;
                }

                documents.Add(analysis);
            }

            if (parse.GetValue(format) == "json")
            {
                InspectWriter.WriteJson(documents, stdout);
            }
            else
            {
                InspectWriter.WriteText(documents, stdout);
            }

            return failed ? ExitUsage : ExitClean;
        });
        return command;
    }

    private static Command MergeCommand(TextWriter stdout, TextWriter stderr)
    {
        var reports = new Argument<string[]>("reports") { Description = "The shards' reports: all JSON (--format json) or all SARIF (--format sarif), from one version of PolicyLint.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the merged report to this file instead of the terminal (written aside, then moved into place)." };
        var command = new Command("merge", "Combine the reports of a sharded run (check --shard K/N) into the report one run would have written.") { reports, output };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(reports)!;
            var target = parse.GetValue(output);
            if (target is not null && inputs.Any(i => string.Equals(Path.GetFullPath(i), Path.GetFullPath(target), StringComparison.Ordinal)))
            {
                stderr.WriteLine($"policylint: --output '{target}' is one of the reports being merged; choose another file");
                return ExitUsage;
            }

            ReportMerger.Merge merge;
            try
            {
                merge = ReportMerger.Open(inputs);
            }
            catch (MergeException ex)
            {
                stderr.WriteLine("policylint: " + ex.Message);
                return ExitUsage;
            }

            using (merge)
            {
                if (target is null)
                {
                    merge.WriteTo(stdout);
                }
                else if (!ReportFile.Write(target, merge.WriteTo, stderr))
                {
                    return ExitUsage;
                }
            }

            return ExitClean;
        });
        return command;
    }

    private static Command ExplainCommand(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A rule id, e.g. PL2001." };
        var command = new Command("explain", "Show a rule's documentation: what it checks, its severity and its sources.") { id };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(id)!;
            if (RuleCatalog.Find(text) is not { } descriptor)
            {
                stderr.WriteLine($"policylint: '{text}' is not a PolicyLint rule id; 'policylint rules' lists them");
                return ExitUsage;
            }

            stdout.Write(Documentation.RuleDocs.Page(descriptor));
            return ExitClean;
        });
        return command;
    }

    private static Command DocsCommand(TextWriter stdout, TextWriter stderr)
    {
        var rootDir = new Option<string>("--root") { Description = "The repository root holding docs/ and README.md.", DefaultValueFactory = _ => "." };
        var command = new Command("docs", "Regenerate docs/rules/*.md and the README's rule table from the rule descriptors (for maintainers).") { rootDir };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(rootDir)!;
            Directory.CreateDirectory(Path.Combine(root, "docs", "rules"));
            foreach (var (path, content) in Documentation.RuleDocs.Files(root))
            {
                if (!ReportFile.Write(path, w => w.Write(content), stderr))
                {
                    return ExitUsage;
                }
            }

            var readme = Path.Combine(root, "README.md");
            if (File.Exists(readme) && Documentation.RuleDocs.WithReadmeTable(File.ReadAllText(readme)) is { } updated)
            {
                if (!ReportFile.Write(readme, w => w.Write(updated), stderr))
                {
                    return ExitUsage;
                }
            }

            stdout.WriteLine($"Wrote {RuleCatalog.Descriptors.Count} rule pages and the index under {Path.Combine(root, "docs", "rules")}.");
            return ExitClean;
        });
        return command;
    }

    private static Command RulesCommand(TextWriter stdout)
    {
        var command = new Command("rules", "List the rule catalogue: id, title, category and default severity.");
        command.SetAction(_ =>
        {
            var rows = RuleCatalog.Descriptors.Select(d => (d.Id, d.Name, Category: Names.Of(d.Category), Severity: Names.Of(d.DefaultSeverity), d.Title)).ToList();
            int nameWidth = Math.Max(4, rows.Max(r => r.Name.Length));
            int catWidth = Math.Max(8, rows.Max(r => r.Category.Length));
            stdout.WriteLine($"{"Id",-7} {"Name".PadRight(nameWidth)} {"Category".PadRight(catWidth)} {"Default",-8} Title");
            foreach (var r in rows)
            {
                stdout.WriteLine($"{r.Id,-7} {r.Name.PadRight(nameWidth)} {r.Category.PadRight(catWidth)} {r.Severity,-8} {r.Title}");
            }

            return ExitClean;
        });
        return command;
    }
}
