using System.Text;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using Xunit;
using Xunit.Sdk;

namespace PolicyLint.Rules.Tests.Support;

/// <summary>
/// Runs rules over a marked-up document and checks that the rule(s) under test report exactly the marked spans, at
/// the right source locations. Unnamed spans (<c>[|…|]</c>) belong to the first rule given.
/// </summary>
internal static class RuleVerifier
{
    /// <summary>A fixed "today": tests never read the clock.</summary>
    public static readonly DateOnly AsOf = new(2025, 6, 30);

    public static AnalysisResult Verify(
        string markup,
        PolicyRule rule,
        DocumentKind kind = DocumentKind.Policy,
        CareSetting setting = CareSetting.SocialCare,
        params PolicyRule[] others)
    {
        ArgumentNullException.ThrowIfNull(rule);
        PolicyRule[] rules = [rule, .. others];
        var (text, marked) = MarkupParser.Parse(markup);
        var doc = TestDocument.Build(text);
        var result = Run(doc.Document, kind, setting, rules);
        var underTest = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

        var expected = marked
            .Select(m => (Id: m.RuleId ?? rule.Descriptor.Id, Span: doc.ToNormalised(m.Start, m.End)))
            .OrderBy(x => x.Span.Start).ThenBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Span.Length)
            .ToList();
        foreach (var e in expected.Where(e => !underTest.Contains(e.Id)))
        {
            throw new XunitException($"Markup names {e.Id}, which is not a rule under test.");
        }

        var actual = result.Findings.Where(f => underTest.Contains(f.RuleId))
            .Select(f => (Id: f.RuleId, f.Span))
            .OrderBy(x => x.Span.Start).ThenBy(x => x.Id, StringComparer.Ordinal).ThenBy(x => x.Span.Length)
            .ToList();

        if (!expected.SequenceEqual(actual))
        {
            var message = new StringBuilder();
            message.AppendLine("Reported spans differ from the marked spans.");
            message.AppendLine($"Kind: {kind}, setting: {setting}");
            message.AppendLine("Expected:");
            foreach (var e in expected)
            {
                message.AppendLine("  " + Describe(doc, e.Id, e.Span, null));
            }

            message.AppendLine("Actual:");
            foreach (var f in result.Findings.Where(f => underTest.Contains(f.RuleId)))
            {
                message.AppendLine("  " + Describe(doc, f.RuleId, f.Span, f));
            }

            message.AppendLine("Text:");
            message.AppendLine(text);
            throw new XunitException(message.ToString());
        }

        foreach (var f in result.Findings.Where(f => underTest.Contains(f.RuleId)))
        {
            var (line, column) = doc.RawPosition(f.Span.Start);
            if (f.Location.Line != line || f.Location.Column != column)
            {
                throw new XunitException($"{Describe(doc, f.RuleId, f.Span, f)} is located at {f.Location.Line}:{f.Location.Column}, expected {line}:{column}.");
            }

            Assert.False(string.IsNullOrWhiteSpace(f.Message));
        }

        return result;
    }

    /// <summary>The one finding of <paramref name="rule"/> in a document with exactly one marked span.</summary>
    public static Finding Single(string markup, PolicyRule rule, DocumentKind kind = DocumentKind.Policy, CareSetting setting = CareSetting.SocialCare)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var result = Verify(markup, rule, kind, setting);
        return Assert.Single(result.Findings, f => f.RuleId == rule.Descriptor.Id);
    }

    /// <summary>Runs a clause rule and checks its decision and the text of its evidence (white space collapsed).</summary>
    public static ClauseResult Clause(
        string markup,
        PolicyRule rule,
        ClauseStatus status,
        string? evidence,
        DocumentKind kind = DocumentKind.Policy,
        CareSetting setting = CareSetting.SocialCare)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var (text, _) = MarkupParser.Parse(markup);
        var doc = TestDocument.Build(text);
        var result = Verify(markup, rule, kind, setting);
        var clause = Assert.Single(result.Clauses, c => c.RuleId == rule.Descriptor.Id);
        var shown = clause.Evidence is { } span ? Collapse(doc.Document.GetText(span)) : null;
        if (clause.Status != status || shown != (evidence is null ? null : Collapse(evidence)))
        {
            throw new XunitException($"Expected {status} with evidence [{evidence}]\nActual   {clause.Status} with evidence [{shown}]\nExplanation: {clause.Explanation}\nText:\n{text}");
        }

        Assert.False(string.IsNullOrWhiteSpace(clause.Explanation));
        return clause;
    }

    public static AnalysisResult Run(PolicyDocument document, DocumentKind kind, CareSetting setting, params PolicyRule[] rules)
    {
        var analysis = new AnalysisDocument(document, kind, setting, AsOf);
        return new RuleDriver(rules).Analyze(analysis);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Describe(TestDocument doc, string id, TextSpan span, Finding? finding)
    {
        var (line, column) = doc.RawPosition(span.Start);
        var text = doc.Document.GetText(span).Replace("\n", "⏎", StringComparison.Ordinal);
        var extra = finding is null ? string.Empty : $" [{finding.Severity}] {finding.Message}";
        return $"{id} {line}:{column} ({span.Start}..{span.End}) '{text}'{extra}";
    }
}
