using System.Text;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Snapshots;

/// <summary>
/// The findings on every file in corpus/ against a checked-in expected file. A change in any reader or rule that moves
/// a finding shows up here as a diff. To accept a deliberate change, run with POLICYLINT_UPDATE_SNAPSHOTS=1 and review
/// the diff of corpus/expected-findings.snapshot before committing it.
/// </summary>
public sealed class CorpusSnapshotTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    [Fact]
    public void Findings_on_the_corpus_match_the_expected_file()
    {
        var root = TestPaths.InRepo("corpus");
        var engine = new PolicyLintEngine(new CheckOptions { AsOf = AsOf });
        // corpus/eval has its own labelled test (Evaluation/); this snapshot covers the sample documents.
        var (all, _) = PathExpander.Expand([root], engine.Supports);
        var files = all.Where(f => !f.Replace('\\', '/').Contains("/eval/", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));

        var result = engine.Check(files);
        var actual = Render(result, root);
        SnapshotFile.AssertMatches(Path.Combine(root, "expected-findings.snapshot"), actual, "Corpus findings");
    }

    private static string Render(CheckResult result, string root)
    {
        var sb = new StringBuilder();
        foreach (var doc in result.Documents)
        {
            var rel = Path.GetRelativePath(root, doc.Path).Replace('\\', '/');
            sb.Append("== ").Append(rel).Append(" (").Append(doc.Kind is { } k ? Names.Of(k) : "unread").Append(")\n");
            foreach (var f in doc.Findings)
            {
                sb.Append(LocationText.Format(doc.Format, f.Location)).Append(' ').Append(Names.Of(f.Severity)).Append(' ').Append(f.RuleId)
                  .Append(" [").Append(f.Text).Append("] ").Append(f.Message).Append('\n');
            }

            foreach (var c in doc.Clauses)
            {
                sb.Append("clause ").Append(c.RuleId).Append(' ').Append(c.Status.ToString().ToLowerInvariant()).Append('\n');
            }
        }

        return sb.ToString();
    }
}
