using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyLint.Analysis;
using PolicyLint.Readers.Text;
using PolicyLint.Rules;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Writing;

namespace PolicyLint.Cli;

/// <summary>
/// <c>policylint fix</c>: applies the first suggestion of each language finding (or of the rules named with
/// <c>--rule</c>) to Markdown and text files. The new text is written to a temporary file in the same folder and
/// moved over the original, so a file is either wholly fixed or untouched; <c>--backup</c> keeps the original as
/// FILE.bak; <c>--dry-run</c> prints a unified diff and writes nothing. Word and PDF files are never written: Word's
/// fixes are the tracked changes of <c>policylint review</c>. Exit 0 when every file was fixed or had nothing to fix,
/// 2 when any input could not be read or written.
/// </summary>
internal static class FixCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var paths = new Argument<string[]>("paths") { Description = "Markdown and text files to fix (folders are searched).", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff and write nothing." };
        var rules = new Option<string[]>("--rule") { Description = "Fix only this rule's findings (give it more than once for several; default: every language rule).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var backup = new Option<bool>("--backup") { Description = "Keep each original as FILE.bak before replacing it." };
        var command = new Command("fix", "Apply each language finding's first suggestion to Markdown and text files (written aside, then moved into place).")
        {
            paths, dryRun, rules, backup,
        };
        var documents = new DocumentOptions(command, datesAndPasswords: false);
        var configOptions = new ConfigurationOptions(command);
        command.SetAction(parse =>
        {
            var chosen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var id in parse.GetValue(rules) ?? [])
            {
                if (RuleCatalog.Find(id) is not { } descriptor)
                {
                    stderr.WriteLine($"policylint: --rule '{id}' is not a PolicyLint rule id; 'policylint rules' lists them");
                    return PolicyLintCli.ExitUsage;
                }

                chosen.Add(descriptor.Id);
            }

            _ = documents.TryRead(parse, stderr, clock, out var document); // no --as-of here, so nothing can be wrong
            // policylint.json applies as it does to check: a rule set to none is not fixed, an organisation's term is.
            var options = new CheckOptions { Kind = document.Kind, Setting = document.Setting, SettingGiven = document.SettingGiven, AsOf = document.AsOf, Configuration = configOptions.Read(parse) };
            var request = new Request(parse.GetValue(paths)!, parse.GetValue(dryRun), parse.GetValue(backup), chosen, options);
            return Run(request, stdout, stderr);
        });
        return command;
    }

    private sealed record Request(string[] Inputs, bool DryRun, bool Backup, IReadOnlySet<string> Rules, CheckOptions Options)
    {
        public bool Wants(Finding finding) =>
            Rules.Count > 0 ? Rules.Contains(finding.RuleId) : finding.Rule.Category == RuleCategory.Language;
    }

    private static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        var engine = new PolicyLintEngine(request.Options);
        var (files, missing, unsearchable) = PathExpander.Expand(request.Inputs, engine.Supports);
        bool failed = missing.Count > 0 || unsearchable.Count > 0;
        foreach (var m in missing)
        {
            stderr.WriteLine($"policylint: '{m}' does not exist");
        }

        foreach (var (path, reason) in unsearchable)
        {
            stderr.WriteLine($"policylint: {path}: {reason}");
        }

        if (!ConfigCommands.Preload(request.Options.Configuration, files, stderr))
        {
            return PolicyLintCli.ExitUsage;
        }

        int applied = 0;
        int changedFiles = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var format = engine.FormatOf(file);
            if (format is SourceFormat.Docx or SourceFormat.Pdf)
            {
                stderr.WriteLine($"policylint: {file}: fix edits Markdown and text files only, never Word or PDF; use `policylint review` for tracked changes in Word");
                continue;
            }

            if (format is not (SourceFormat.Markdown or SourceFormat.Text))
            {
                stderr.WriteLine($"policylint: {file}: fix edits Markdown and text files only; this file was left as it is");
                continue;
            }

            var outcome = FixOne(file, engine, request, stdout, stderr);
            failed |= outcome.Failed;
            applied += outcome.Applied;
            changedFiles += outcome.Applied > 0 ? 1 : 0;
        }

        var verb = request.DryRun ? "would apply" : "applied";
        var summary = string.Create(CultureInfo.InvariantCulture, $"policylint fix: {verb} {applied} fix{(applied == 1 ? string.Empty : "es")} in {changedFiles} file{(changedFiles == 1 ? string.Empty : "s")}");
        // A dry run keeps standard output for the diff alone, so it can be piped to patch or git apply.
        (request.DryRun ? stderr : stdout).WriteLine(summary);
        return failed ? PolicyLintCli.ExitUsage : PolicyLintCli.ExitClean;
    }

    private static (int Applied, bool Failed) FixOne(string file, PolicyLintEngine engine, Request request, TextWriter stdout, TextWriter stderr)
    {
        var report = engine.CheckOne(file);
        if (report.Error is not null || report.Document is null)
        {
            stderr.WriteLine($"policylint: {file}: {report.Error ?? "could not be read"}");
            return (0, true);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policylint: {file}: {ex.Message}");
            return (0, true);
        }

        var source = TextDecoder.Decode(bytes, out var encodingName);
        bool bom = encodingName == "UTF-8 with byte-order mark";
        if (!bom && encodingName != "UTF-8")
        {
            stderr.WriteLine($"policylint: {file}: fix writes UTF-8 files only and this file is {encodingName}; it was left as it is");
            return (0, false);
        }

        var (edits, skipped) = SourceFixer.Plan(source, report.Document, report.Active.Where(request.Wants));
        foreach (var s in skipped)
        {
            stderr.WriteLine($"policylint: {file}:{SourceFixer.Where(s.Location)}: {s.RuleId} not fixed: {s.Reason}");
        }

        if (edits.Count == 0)
        {
            return (0, false);
        }

        var fixedText = SourceFixer.Apply(source, edits);
        if (request.DryRun)
        {
            stdout.Write(UnifiedDiff.Create(file.Replace('\\', '/'), source, fixedText));
            return (edits.Count, false);
        }

        if (request.Backup && !ReportFile.WriteBytes(file + ".bak", bytes, stderr))
        {
            return (0, true);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = bom ? [0xEF, 0xBB, 0xBF, .. encoding.GetBytes(fixedText)] : encoding.GetBytes(fixedText);
        UnixFileMode? mode = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(file);
        if (!ReportFile.WriteBytes(file, output, stderr))
        {
            return (0, true);
        }

        if (mode is { } keep && !OperatingSystem.IsWindows())
        {
            // The fixed file replaces the original, so it takes the original's permissions.
            File.SetUnixFileMode(file, keep);
        }

        foreach (var e in edits)
        {
            stdout.WriteLine($"{file}:{SourceFixer.Where(e.Location)}: {e.RuleId}: '{e.Original}' -> '{e.Replacement}'");
        }

        return (edits.Count, false);
    }
}
