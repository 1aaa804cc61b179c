using System.Text;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Snapshots;

/// <summary>
/// The whole rule pack on the real guidance documents in ../shared/seeds, which no one here wrote. The findings are
/// kept in tests/PolicyLint.Tests/Snapshots/seeds.snapshot (update with POLICYLINT_UPDATE_SNAPSHOTS=1 and review the
/// diff); two findings are pinned by name because the issue asks for them.
/// </summary>
public sealed class SeedSnapshotTests
{
    private static readonly Lazy<CheckResult> Result = new(() =>
    {
        var engine = new PolicyLintEngine(new CheckOptions { AsOf = new DateOnly(2026, 11, 21) });
        var (files, _) = PathExpander.Expand([TestPaths.Seeds], engine.Supports);
        return engine.Check(files);
    });

    [SkippableFact]
    public void The_Coventry_specification_that_says_the_RRN_standards_were_replaced_by_the_BILD_code_is_PL3001()
    {
        var foi = Result.Value.Documents.Single(d => d.Path.EndsWith("000_7c73c31c48497e1a.txt", StringComparison.Ordinal));
        var line = Array.FindIndex(File.ReadAllLines(Path.Combine(TestPaths.Seeds, "000_7c73c31c48497e1a.txt")), l => l.Contains("replaced by the BILD Code of Practice", StringComparison.Ordinal)) + 1;

        Assert.True(line > 0);
        Assert.Contains(foi.Findings, f => f.RuleId == "PL3001" && f.Location.Line == line && f.Severity == Severity.Error);
    }

    [SkippableFact]
    public void The_RRN_guidance_table_of_words_to_avoid_is_not_reported_as_its_own_voice()
    {
        var rrn = Result.Value.Documents.Single(d => d.Path.EndsWith("002_3e95b822675955d8.txt", StringComparison.Ordinal));
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Seeds, "002_3e95b822675955d8.txt"));
        int start = Array.FindIndex(lines, l => l.Contains("Often used words", StringComparison.Ordinal)) + 1;
        int end = Array.FindIndex(lines, start, l => l.Contains("Most beneficial", StringComparison.Ordinal)) + 1;

        Assert.True(start > 0 && end > start);
        Assert.DoesNotContain(rrn.Findings, f => f.Rule.Category == RuleCategory.Language && f.Location.Line >= start && f.Location.Line <= end);
        Assert.Equal(DocumentKind.Other, rrn.Kind);
    }

    [SkippableFact]
    public void Findings_on_the_seeds_match_the_snapshot()
    {
        var sb = new StringBuilder();
        foreach (var doc in Result.Value.Documents)
        {
            sb.Append("== ").Append(Path.GetFileName(doc.Path)).Append(" (").Append(doc.Kind is { } k ? Names.Of(k) : "unread").Append(")\n");
            foreach (var f in doc.Findings)
            {
                sb.Append(LocationText.Format(doc.Format, f.Location)).Append(' ').Append(Names.Of(f.Severity)).Append(' ').Append(f.RuleId)
                  .Append(" [").Append(f.Text.ReplaceLineEndings(" ")).Append("] ").Append(f.Message).Append('\n');
            }
        }

        SnapshotFile.AssertMatches(TestPaths.InRepo("tests", "PolicyLint.Tests", "Snapshots", "seeds.snapshot"), sb.ToString(), "Seed findings");
    }
}
