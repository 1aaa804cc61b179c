using Xunit;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Cli;

public sealed class CheckCommandTests
{
    private static string Corpus => TestPaths.InRepo("corpus");

    private static string Mixed => TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "mixed");

    [Fact]
    public void Corpus_has_findings_in_every_format_and_exits_1()
    {
        var (exit, output, _) = CliRunner.Run("check", Corpus);

        Assert.Equal(1, exit);
        Assert.Matches(@"weak-specification\.md:\d+:\d+: warning PL2001: ", output);
        Assert.Matches(@"weak-specification\.docx:¶\d+: warning PL2001: ", output);
        Assert.Matches(@"weak-specification\.pdf:p\d+:l\d+: warning PL2001: ", output);
        Assert.Matches(@"provider-letter\.txt:\d+:\d+: warning PL2002: ", output);
        Assert.Contains("documents checked", output);
    }

    [Fact]
    public void Corrupt_docx_and_encrypted_pdf_among_good_files_give_PL9001_and_the_good_files_are_still_checked()
    {
        var (exit, output, error) = CliRunner.Run("check", Mixed);

        Assert.Equal(2, exit);
        Assert.Matches(@"corrupt\.docx:¶1: error PL9001: The document could not be read: .*not a valid Word document", output);
        Assert.Matches(@"encrypted\.pdf:p1:l1: error PL9001: The document could not be read: .*password", output);
        Assert.Matches(@"weak-specification\.md:\d+:\d+: warning PL2001", output);
        Assert.Matches(@"strong-specification\.docx:¶\d+: ", output);
        Assert.Contains("corrupt.docx", error);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal); // no stack trace
    }

    [Theory]
    [InlineData("truncated-half.docx")]
    [InlineData("text-renamed.docx")]
    [InlineData("zip-without-document.docx")]
    [InlineData("zero-bytes.docx")]
    [InlineData("truncated-half.pdf")]
    [InlineData("encrypted-userpw.pdf")]
    [InlineData("notes.rtf")]
    public void Each_broken_input_is_a_clean_PL9001(string file)
    {
        var path = TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "broken", file);
        var (exit, output, error) = CliRunner.Run("check", path, "--format", "json");

        Assert.Equal(2, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var reason = doc.GetProperty("error").GetString();
        Assert.False(string.IsNullOrWhiteSpace(reason));
        var finding = doc.GetProperty("findings")[0];
        Assert.Equal("PL9001", finding.GetProperty("ruleId").GetString());
        Assert.Contains(reason!, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(file, error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_scanned_pdf_with_no_text_layer_is_PL9002_not_an_error()
    {
        var scanned = Path.Combine(TestPaths.Corpora, "corpus", "pysf__grayscale-image.pdf");
        var (exit, output, _) = CliRunner.Run("check", scanned);

        Assert.Equal(0, exit); // a warning: the file was read, there was just nothing to check
        Assert.Matches(@"pysf__grayscale-image\.pdf:p1:l1: warning PL9002: The document has no extractable text", output);
    }

    [Fact]
    public void A_strong_specification_has_no_errors_so_exits_0_but_fails_on_info()
    {
        var path = Path.Combine(Corpus, "strong-specification.md");

        Assert.Equal(0, CliRunner.Run("check", path).Exit);
        Assert.Equal(1, CliRunner.Run("check", path, "--fail-on", "info").Exit);
    }

    [Fact]
    public void Kind_and_setting_options_reach_the_output()
    {
        var path = Path.Combine(Corpus, "provider-letter.txt");
        var (_, output, _) = CliRunner.Run("check", path, "--format", "json", "--kind", "policy", "--setting", "mental-health-unit");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("policy", doc.GetProperty("kind").GetString());
        Assert.Equal("mental-health-unit", doc.GetProperty("setting").GetString());

        // As a policy, required clauses run on the letter; PL1002 is an error in a mental health unit.
        var pl1002 = doc.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "PL1002").ToList();
        Assert.NotEmpty(pl1002);
        Assert.All(pl1002, f => Assert.Equal("error", f.GetProperty("severity").GetString()));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "corpus", "--format", "xml")]
    [InlineData("check", "corpus", "--as-of", "21/11/2026")]
    [InlineData("check", "corpus", "--kind", "letter")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("policylint", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2_and_names_it()
    {
        var (exit, _, error) = CliRunner.Run("check", "no/such/folder");

        Assert.Equal(2, exit);
        Assert.Contains("'no/such/folder' does not exist", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("rules", "--help")]
    public void Help_is_available_on_every_command(params string[] args)
    {
        var (exit, output, _) = CliRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.Contains("Usage", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rules_lists_the_whole_catalogue()
    {
        var (exit, output, _) = CliRunner.Run("rules");

        Assert.Equal(0, exit);
        foreach (var d in PolicyLint.Rules.RuleCatalog.Descriptors)
        {
            Assert.Matches($@"(?m)^{d.Id}\s+{d.Name}\s+{PolicyLint.Rules.Diagnostics.Names.Of(d.Category)}\s+{PolicyLint.Rules.Diagnostics.Names.Of(d.DefaultSeverity)}\s", output);
        }
    }

    [Fact]
    public void Explain_prints_the_rule_page_and_rejects_unknown_ids()
    {
        var (exit, output, _) = CliRunner.Run("explain", "pl2001");

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(TestPaths.InRepo("docs", "rules", "PL2001.md")), output);
        Assert.Equal(2, CliRunner.Run("explain", "PL0000").Exit);
    }

    [Fact]
    public void Output_file_is_written_whole_and_replaces_the_old_one()
    {
        var dir = Directory.CreateTempSubdirectory("policylint-out");
        try
        {
            var target = Path.Combine(dir.FullName, "report.json");
            File.WriteAllText(target, "old content");
            var (exit, stdout, _) = CliRunner.Run("check", Path.Combine(Corpus, "weak-specification.md"), "--format", "json", "--output", target);

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stdout);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(target));
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("documents").GetInt32());
            Assert.Single(Directory.GetFiles(dir.FullName)); // no temporary file left behind
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Text_output_prints_a_clause_scorecard_per_document()
    {
        var (_, output, _) = CliRunner.Run("check", TestPaths.InRepo("corpus", "provider-policy.md"));

        Assert.Matches(@"provider-policy\.md: required clauses \(policy\): (\d+ (present|partial|missing|uncertain)(, )?)+", output);
        Assert.Matches(@"\n  partial +PL1012 LastResort: \d+:\d+; missing: [a-z ,]+", output);
        Assert.Matches(@"\n  missing +PL1002 ResponsiblePerson: not found", output);
        Assert.Equal(18, output.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  (present|partial|missing|uncertain) +PL1\d{3} ")));
    }

    [Fact]
    public void Monitoring_measures_in_a_real_table_lead_from_the_sentence_that_introduces_them()
    {
        var dir = Directory.CreateTempSubdirectory("policylint-kpi-");
        try
        {
            var path = Path.Combine(dir.FullName, "spec.md");
            File.WriteAllText(path, """
                # Service specification

                ## Contract monitoring

                The Council will monitor the Provider through quarterly meetings and the key performance indicators below.

                | KPI | Measure |
                |---|---|
                | K1 | Number of incidents of restraint |
                | K2 | Learning from debriefs |
                | K3 | Staff holding certified training |
                """);
            var (_, output, _) = CliRunner.Run("check", path, "--format", "json", "--kind", "specification");
            using var json = System.Text.Json.JsonDocument.Parse(output);
            var clause = json.RootElement.GetProperty("documents")[0].GetProperty("clauses").EnumerateArray()
                .Single(c => c.GetProperty("ruleId").GetString() == "PL1020");
            Assert.Equal("present", clause.GetProperty("status").GetString());
            Assert.Equal("The Council will monitor the Provider through quarterly meetings and the key performance indicators below.",
                clause.GetProperty("evidence").GetProperty("text").GetString());
            Assert.Equal(3, clause.GetProperty("elements").GetArrayLength());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
