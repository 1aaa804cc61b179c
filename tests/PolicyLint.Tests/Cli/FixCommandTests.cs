using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Cli;

/// <summary><c>policylint fix</c>: the round trip on the corpus, the dry-run diff, backups, capitalisation, refusals.</summary>
public sealed class FixCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylint-fix-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] CopyCorpusText()
    {
        var names = Directory.GetFiles(TestPaths.InRepo("corpus"))
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.Ordinal))
            .ToList();
        Assert.True(names.Count >= 3, "the corpus should have Markdown and text documents");
        return [.. names.Select(p =>
        {
            var target = Path.Combine(_dir, Path.GetFileName(p));
            File.Copy(p, target);
            return target;
        })];
    }

    private string Write(string name, string text, bool bom = false)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, [.. (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []), .. Encoding.UTF8.GetBytes(text)]);
        return path;
    }

    /// <summary>Language findings that carry a fix, by file name, from check --format json.</summary>
    private static Dictionary<string, int> FixableLanguageFindings(string folder)
    {
        var (_, output, _) = CliRunner.Run("check", folder, "--format", "json");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => Path.GetFileName(d.GetProperty("path").GetString()!),
            d => d.GetProperty("findings").EnumerateArray().Count(f =>
                f.GetProperty("ruleId").GetString()!.StartsWith("PL20", StringComparison.Ordinal) &&
                f.TryGetProperty("suggestions", out var s) && s.GetArrayLength() > 0));
    }

    [Fact]
    public void Fixing_the_corpus_leaves_nothing_to_fix_on_a_second_run_and_the_dry_run_diff_patches_to_the_same_files()
    {
        var files = CopyCorpusText();
        var originals = files.ToDictionary(f => f, File.ReadAllBytes);
        Assert.True(FixableLanguageFindings(_dir).Values.Sum() > 10);

        var (dryExit, diff, dryError) = CliRunner.Run(["fix", .. files, "--dry-run"]);
        Assert.Equal(0, dryExit);
        Assert.Contains("would apply", dryError, StringComparison.Ordinal);
        Assert.StartsWith("--- ", diff, StringComparison.Ordinal);
        Assert.All(files, f => Assert.Equal(originals[f], File.ReadAllBytes(f))); // a dry run writes nothing
        Assert.Empty(Directory.GetFiles(_dir, "*.bak"));

        var (exit, output, error) = CliRunner.Run(["fix", .. files]);
        Assert.Equal(0, exit);
        Assert.Matches(@"applied \d+ fixes in \d+ files", output);
        Assert.Contains("provider-policy.md:9:", output, StringComparison.Ordinal);
        Assert.Contains("'service users' -> 'people'", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir, "*.bak")); // no backup unless asked
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
        var fixedText = files.ToDictionary(f => f, File.ReadAllBytes);
        Assert.Contains(files, f => !fixedText[f].AsSpan().SequenceEqual(originals[f]));

        // The second run changes nothing; whatever language finding with a fix is left is one it says it could not fix.
        var (secondExit, secondOutput, secondError) = CliRunner.Run(["fix", .. files]);
        Assert.Equal(0, secondExit);
        Assert.Contains("applied 0 fixes in 0 files", secondOutput, StringComparison.Ordinal);
        Assert.All(files, f => Assert.Equal(fixedText[f], File.ReadAllBytes(f)));
        int notFixed = secondError.Split('\n').Count(l => l.Contains(" not fixed: ", StringComparison.Ordinal));
        Assert.Equal(FixableLanguageFindings(_dir).Values.Sum(), notFixed);

        // The dry run's diff, applied with patch to the originals, gives exactly the fixed files.
        var patched = Path.Combine(_dir, "patched");
        Directory.CreateDirectory(patched);
        foreach (var f in files)
        {
            File.WriteAllBytes(Path.Combine(patched, Path.GetFileName(f)), originals[f]);
        }

        var relative = diff.Replace(_dir + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        RunPatch(patched, relative);
        foreach (var f in files)
        {
            Assert.Equal(Encoding.UTF8.GetString(fixedText[f]), File.ReadAllText(Path.Combine(patched, Path.GetFileName(f))));
        }
    }

    private static void RunPatch(string folder, string diff)
    {
        var start = new ProcessStartInfo("patch", "-p0 --forward --batch")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("GNU patch is needed by this test (Debian package 'patch'; .ci/run installs it): " + ex.Message, ex);
        }

        using (process)
        {
            process.StandardInput.Write(diff);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "patch failed: " + output);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Backup_keeps_the_original_bytes_beside_the_fixed_file_and_the_fixed_file_keeps_its_permissions()
    {
        var file = Write("policy.md", "# Policy\n\nStaff support service users every day.\n");
        var original = File.ReadAllBytes(file);
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, mode);

        var (exit, _, _) = CliRunner.Run("fix", file, "--backup");

        Assert.Equal(0, exit);
        Assert.Equal(mode, File.GetUnixFileMode(file)); // the fixed file keeps the original's permissions
        Assert.Equal(original, File.ReadAllBytes(file + ".bak"));
        Assert.Equal("# Policy\n\nStaff support people every day.\n", File.ReadAllText(file));
    }

    [Fact]
    public void Replacements_keep_sentence_case_all_caps_and_lower_case_and_the_file_keeps_its_BOM_and_CRLF()
    {
        var file = Write("caps.txt", "Service users are consulted.\r\nWE ASK SERVICE USERS FIRST.\r\nWe ask service users first.\r\n", bom: true);

        var (exit, _, _) = CliRunner.Run("fix", file);

        Assert.Equal(0, exit);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("People are consulted.\r\nWE ASK PEOPLE FIRST.\r\nWe ask people first.\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Words_split_by_emphasis_or_a_line_break_are_skipped_with_a_message_and_left_as_written()
    {
        const string text = "# Policy\n\nStaff support **service** users every day.\n\nStaff support service\nusers at night.\n";
        var file = Write("split.md", text);

        var (exit, output, error) = CliRunner.Run("fix", file);

        Assert.Equal(0, exit);
        Assert.Contains("applied 0 fixes", output, StringComparison.Ordinal);
        Assert.Contains("split.md:3:", error, StringComparison.Ordinal);
        Assert.Contains("split.md:5:", error, StringComparison.Ordinal);
        Assert.Contains("PL2002 not fixed", error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void Rule_option_fixes_only_the_rules_named()
    {
        var file = Write("two.md", "# Policy\n\nService users who show challenging behaviour are supported.\n");

        var (exit, _, _) = CliRunner.Run("fix", file, "--rule", "PL2002");

        Assert.Equal(0, exit);
        Assert.Equal("# Policy\n\nPeople who show challenging behaviour are supported.\n", File.ReadAllText(file));
        var (badExit, _, badError) = CliRunner.Run("fix", file, "--rule", "PL0000");
        Assert.Equal(2, badExit);
        Assert.Contains("'PL0000' is not a PolicyLint rule id", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_and_PDF_files_are_never_written_and_the_message_points_to_review()
    {
        var docx = Path.Combine(_dir, "weak-specification.docx");
        var pdf = Path.Combine(_dir, "weak-specification.pdf");
        File.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), docx);
        File.Copy(TestPaths.InRepo("corpus", "weak-specification.pdf"), pdf);
        var before = File.ReadAllBytes(docx);
        var beforePdf = File.ReadAllBytes(pdf);

        var (exit, _, error) = CliRunner.Run("fix", docx, pdf);

        Assert.Equal(0, exit);
        Assert.Contains("weak-specification.docx: fix edits Markdown and text files only", error, StringComparison.Ordinal);
        Assert.Contains("use `policylint review` for tracked changes in Word", error, StringComparison.Ordinal);
        Assert.Contains("weak-specification.pdf:", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(docx));
        Assert.Equal(beforePdf, File.ReadAllBytes(pdf));
        Assert.Equal(2, Directory.GetFiles(_dir).Length);
    }

    [Fact]
    public void A_missing_file_is_named_and_exits_2_while_the_others_are_fixed()
    {
        var file = Write("ok.md", "# Policy\n\nWe ask service users first.\n");

        var (exit, _, error) = CliRunner.Run("fix", Path.Combine(_dir, "absent.md"), file);

        Assert.Equal(2, exit);
        Assert.Contains("absent.md' does not exist", error, StringComparison.Ordinal);
        Assert.Equal("# Policy\n\nWe ask people first.\n", File.ReadAllText(file));
    }
}
