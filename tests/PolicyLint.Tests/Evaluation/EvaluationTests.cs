using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyLint.Analysis;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PolicyLint.Tests.Evaluation;

/// <summary>
/// Measures the rules against hand-labelled documents in corpus/eval (one &lt;name&gt;.labels.json per &lt;name&gt;.md,
/// labelled from RULES.md by what an expert reviewer expects, not from the tool's output). Prints per-rule precision
/// and recall for PL2xxx/PL3xxx/PL4xxx findings (matched by rule id and line), per-rule required-clause accuracy and
/// kind-detection accuracy, and gates on the PL2xxx/PL3xxx totals, clause accuracy and kind accuracy.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly AsOf = new(2026, 11, 21);

    // Kinds of the documents in corpus/ (see corpus/README.md); each source is checked in every format it ships in.
    private static readonly Dictionary<string, DocumentKind> CorpusKinds = new(StringComparer.Ordinal)
    {
        ["weak-specification"] = DocumentKind.Specification,
        ["strong-specification"] = DocumentKind.Specification,
        ["provider-policy"] = DocumentKind.Policy,
        ["provider-letter"] = DocumentKind.Other,
    };

    private sealed record Labels(DocumentKind Kind, CareSetting Setting, Dictionary<string, ClauseStatus> Clauses, List<(string RuleId, int Line)> Findings);

    [Fact]
    public void Rules_meet_the_precision_recall_and_clause_accuracy_gates()
    {
        var dir = TestPaths.InRepo("corpus", "eval");
        var docs = Directory.GetFiles(dir, "*.md").OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.True(docs.Count >= 12, "corpus/eval should hold at least 12 labelled documents");

        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fn = new Dictionary<string, int>(StringComparer.Ordinal);
        var clauseRight = new Dictionary<string, int>(StringComparer.Ordinal);
        var clauseAll = new Dictionary<string, int>(StringComparer.Ordinal);
        var mismatches = new StringBuilder();

        foreach (var path in docs)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var labels = ReadLabels(Path.Combine(dir, name + ".labels.json"));
            var engine = new PolicyLintEngine(new CheckOptions { AsOf = AsOf, Kind = labels.Kind, Setting = labels.Setting });
            var report = engine.CheckOne(path);
            Assert.Null(report.Error);

            // Multiset matching on (rule, line): two expected findings of one rule on one line need two reported.
            var expected = labels.Findings.Where(f => InCatalogue(f.RuleId)).ToList();
            var actual = report.Findings.Where(f => IsMeasured(f.RuleId)).Select(f => (f.RuleId, f.Location.Line)).ToList();
            foreach (var a in actual)
            {
                int i = expected.IndexOf(a);
                if (i >= 0)
                {
                    expected.RemoveAt(i);
                    Bump(tp, a.RuleId);
                }
                else
                {
                    Bump(fp, a.RuleId);
                    mismatches.Append(CultureInfo.InvariantCulture, $"FP {name}:{a.Line} {a.RuleId}\n");
                }
            }

            foreach (var e in expected)
            {
                Bump(fn, e.RuleId);
                mismatches.Append(CultureInfo.InvariantCulture, $"FN {name}:{e.Line} {e.RuleId}\n");
            }

            foreach (var (ruleId, status) in labels.Clauses.Where(c => InCatalogue(c.Key)))
            {
                var got = report.Clauses.FirstOrDefault(c => c.RuleId == ruleId);
                Bump(clauseAll, ruleId);
                if (got is not null && got.Status == status)
                {
                    Bump(clauseRight, ruleId);
                }
                else
                {
                    mismatches.Append(CultureInfo.InvariantCulture, $"CLAUSE {name} {ruleId} expected {status} got {got?.Status.ToString() ?? "none"}\n");
                }
            }
        }

        var table = new StringBuilder();
        table.Append("rule     TP  FP  FN  precision  recall\n");
        foreach (var id in tp.Keys.Concat(fp.Keys).Concat(fn.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            int t = Get(tp, id), f = Get(fp, id), n = Get(fn, id);
            table.Append(CultureInfo.InvariantCulture, $"{id}  {t,3} {f,3} {n,3}  {Ratio(t, t + f),9}  {Ratio(t, t + n),6}\n");
        }

        int gtp = Gated(tp), gfp = Gated(fp), gfn = Gated(fn);
        double precision = gtp + gfp == 0 ? 1 : (double)gtp / (gtp + gfp);
        double recall = gtp + gfn == 0 ? 1 : (double)gtp / (gtp + gfn);
        table.Append(CultureInfo.InvariantCulture, $"PL2xxx+PL3xxx  TP {gtp} FP {gfp} FN {gfn}  precision {precision:0.000}  recall {recall:0.000}\n\n");

        table.Append("clause   right/all  accuracy\n");
        foreach (var id in clauseAll.Keys.Order(StringComparer.Ordinal))
        {
            table.Append(CultureInfo.InvariantCulture, $"{id}  {Get(clauseRight, id),4}/{clauseAll[id],-4}  {Ratio(Get(clauseRight, id), clauseAll[id])}\n");
        }

        int cr = clauseRight.Values.Sum(), ca = clauseAll.Values.Sum();
        double clauseAccuracy = ca == 0 ? 1 : (double)cr / ca;
        table.Append(CultureInfo.InvariantCulture, $"clauses overall {cr}/{ca}  accuracy {clauseAccuracy:0.000}\n");
        var excluded = string.Join(", ", new[] { "PL2010", "PL3002", "PL3003", "PL3004", "PL3005", "PL3006" }.Where(id => !InCatalogue(id)));
        table.Append("not in the catalogue yet (excluded): ").Append(excluded.Length == 0 ? "none" : excluded).Append('\n');

        output.WriteLine(table.ToString());
        output.WriteLine(mismatches.ToString());

        Assert.True(precision >= 0.9, $"PL2xxx/PL3xxx precision {precision:0.000} < 0.9");
        Assert.True(recall >= 0.9, $"PL2xxx/PL3xxx recall {recall:0.000} < 0.9");
        Assert.True(clauseAccuracy >= 0.9, $"clause accuracy {clauseAccuracy:0.000} < 0.9");
    }

    [Fact]
    public void Kind_detection_is_accurate_on_the_eval_and_sample_corpora()
    {
        var cases = new List<(string Path, DocumentKind Kind)>();
        foreach (var path in Directory.GetFiles(TestPaths.InRepo("corpus", "eval"), "*.md"))
        {
            var labels = ReadLabels(Path.ChangeExtension(path, ".labels.json"));
            cases.Add((path, labels.Kind));
        }

        var engine = new PolicyLintEngine(new CheckOptions { AsOf = AsOf });
        var (corpusFiles, _) = PathExpander.Expand([TestPaths.InRepo("corpus")], engine.Supports);
        foreach (var path in corpusFiles)
        {
            if (CorpusKinds.TryGetValue(Path.GetFileNameWithoutExtension(path), out var kind) && Path.GetFileName(Path.GetDirectoryName(path)) == "corpus")
            {
                cases.Add((path, kind));
            }
        }

        int right = 0;
        var sb = new StringBuilder();
        foreach (var (path, kind) in cases.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            var report = engine.CheckOne(path);
            Assert.NotNull(report.Document);
            var detected = KindDetector.Detect(report.Document);
            if (detected == kind)
            {
                right++;
            }

            sb.Append(detected == kind ? "ok   " : "MISS ").Append(Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/'))
              .Append(": expected ").Append(Names.Of(kind)).Append(", detected ").Append(Names.Of(detected)).Append('\n');
        }

        double accuracy = (double)right / cases.Count;
        sb.Append(CultureInfo.InvariantCulture, $"kind accuracy {right}/{cases.Count} = {accuracy:0.000}\n");
        output.WriteLine(sb.ToString());
        Assert.True(accuracy >= 0.9, $"kind accuracy {accuracy:0.000} < 0.9");
    }

    // PL2010 and PL3002-PL3006 are written on another branch. While a labelled rule is absent from the catalogue it is
    // left out of every count (its labels are kept), so this test passes now and measures those rules automatically
    // once they are merged.
    private static bool InCatalogue(string ruleId) => RuleCatalog.Find(ruleId) is not null;

    private static bool IsMeasured(string ruleId) =>
        ruleId.StartsWith("PL2", StringComparison.Ordinal) || ruleId.StartsWith("PL3", StringComparison.Ordinal) || ruleId.StartsWith("PL4", StringComparison.Ordinal);

    private static bool IsGated(string ruleId) => ruleId.StartsWith("PL2", StringComparison.Ordinal) || ruleId.StartsWith("PL3", StringComparison.Ordinal);

    private static int Gated(Dictionary<string, int> counts) => counts.Where(c => IsGated(c.Key)).Sum(c => c.Value);

    private static void Bump(Dictionary<string, int> counts, string key) => counts[key] = Get(counts, key) + 1;

    private static int Get(Dictionary<string, int> counts, string key) => counts.TryGetValue(key, out var v) ? v : 0;

    private static string Ratio(int num, int den) => den == 0 ? "-" : ((double)num / den).ToString("0.00", CultureInfo.InvariantCulture);

    private static Labels ReadLabels(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.True(Names.TryParseKind(root.GetProperty("kind").GetString()!, out var kind), path);
        Assert.True(Names.TryParseSetting(root.GetProperty("setting").GetString()!, out var setting), path);
        var clauses = new Dictionary<string, ClauseStatus>(StringComparer.Ordinal);
        foreach (var c in root.GetProperty("clauses").EnumerateObject())
        {
            clauses[c.Name] = Enum.Parse<ClauseStatus>(c.Value.GetString()!, ignoreCase: true);
        }

        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32())).ToList();
        return new Labels(kind, setting, clauses, findings);
    }
}
