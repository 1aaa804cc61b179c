using System.Text;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

/// <summary>
/// On a long document the driver matches phrases on every core and runs the rules' end-of-document work side by
/// side. The result must be the one the one-at-a-time walk gives, finding for finding and clause for clause, and a
/// rule that throws must fail the document with its own exception.
/// </summary>
public class RuleDriverParallelTests
{
    // A long policy in the team's own words, varied from section to section so that findings, clause decisions and
    // acronyms differ along the document.
    private static PolicyDocument LongPolicy(int sections)
    {
        var text = new StringBuilder("# Positive behaviour support and restrictive practice policy\n\n");
        for (int i = 0; i < sections; i++)
        {
            text.Append($"## Section {i + 1}\n\n");
            text.Append((i % 4) switch
            {
                0 => "Staff will manage service users who show challenging behaviour and violence and aggression. All staff complete training in line with the RRN Training Standards.\n\n",
                1 => "We record every restriction in the electronic record on the same shift, and the Board reviews a report on restrictive practice every quarter. The PBS lead is the responsible person.\n\n",
                2 => "- Physical restraint is used only as a last resort.\n- Prone restraint must never be used.\n- Seclusion is never used as a punishment.\n\n",
                _ => $"After an incident we check that everyone is physically and emotionally okay, and later hold a blame-free learning review (case {i}). Blanket restrictions are reviewed by the CAMHS team.\n\n",
            });
        }

        return TestDocument.Build(text.ToString()).Document;
    }

    private static string Describe(AnalysisResult result) => string.Join('\n',
        result.Findings.Select(f => $"{f.RuleId} {f.Span} {f.Severity} {f.Message}")
            .Concat(result.Clauses.Select(c => $"{c.RuleId} {c.Status} {c.Evidence} {c.Explanation} {string.Join(",", c.Elements.Select(e => e.ToString()))}")));

    [Fact]
    public void ALongDocumentGivesTheSameResultOnEveryCoreAsOneAtATime()
    {
        var document = LongPolicy(1200);
        Assert.True(document.Text.Length >= AnalysisDocument.ParallelFromChars, "the document must take the parallel path");
        var analysis = new AnalysisDocument(document, DocumentKind.Policy, CareSetting.SocialCare, RuleVerifier.AsOf);
        var parallel = new RuleDriver(RuleCatalog.Rules).Analyze(analysis);
        var sequential = new RuleDriver(RuleCatalog.Rules) { ParallelFromChars = int.MaxValue }.Analyze(analysis);
        Assert.True(parallel.Findings.Count > 1000, $"expected many findings, got {parallel.Findings.Count}");
        Assert.True(parallel.Clauses.Count >= 10, $"expected clause decisions, got {parallel.Clauses.Count}");
        Assert.Equal(Describe(sequential), Describe(parallel));
    }

    [Fact]
    public void ARuleThatThrowsAtTheEndFailsTheDocumentWithItsOwnException()
    {
        var analysis = new AnalysisDocument(LongPolicy(1200), DocumentKind.Policy, CareSetting.SocialCare, RuleVerifier.AsOf);
        var driver = new RuleDriver([.. RuleCatalog.Rules, new ThrowingRule()]);
        var error = Assert.Throws<InvalidOperationException>(() => driver.Analyze(analysis));
        Assert.Equal("PL0999 broke", error.Message);
    }

    private sealed class ThrowingRule : PolicyRule
    {
        private static readonly RuleDescriptor Rule = new(
            "PL0999", "Throws", "A rule that throws", "{0}", RuleCategory.Language, Severity.Warning, "Throws at the end of a document.",
            [], [DocumentKind.Specification, DocumentKind.Policy]);

        public override RuleDescriptor Descriptor => Rule;

        public override void Initialize(RuleRegistration registration) =>
            registration.RegisterDocumentEndAction(_ => throw new InvalidOperationException("PL0999 broke"));
    }
}
