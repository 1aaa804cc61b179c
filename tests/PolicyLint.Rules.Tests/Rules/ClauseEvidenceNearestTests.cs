using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules;
using PolicyLint.Rules.Tests.Support;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

/// <summary>
/// <see cref="ClauseEvidence.Nearest"/> finds the closest pair by binary search; it must choose exactly the pair that
/// comparing every pair in order chose (the fewest sentences apart, the earliest on a tie), headings left out.
/// </summary>
public sealed class ClauseEvidenceNearestTests
{
    private static readonly IReadOnlyList<Sentence> Sentences = Build();

    private static IReadOnlyList<Sentence> Build()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 120).Select(i => i % 17 == 0 ? $"# Heading {i}" : $"Sentence {i} is here. Another {i} follows."));
        var document = TestDocument.Build(text).Document;
        return new AnalysisDocument(document, DocumentKind.Policy, CareSetting.SocialCare, RuleVerifier.AsOf).Sentences;
    }

    private static (Sentence, Sentence)? EveryPair(IEnumerable<Sentence> first, IEnumerable<Sentence> second)
    {
        var a = first.ToList();
        var b = second.ToList();
        var bodyA = a.Where(s => s.Block.Kind != PolicyLint.Rules.Syntax.BlockKind.Heading).ToList();
        var bodyB = b.Where(s => s.Block.Kind != PolicyLint.Rules.Syntax.BlockKind.Heading).ToList();
        a = bodyA.Count > 0 ? bodyA : a;
        b = bodyB.Count > 0 ? bodyB : b;
        (Sentence, Sentence)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (Math.Abs(x.Index - y.Index) < bestDistance)
                {
                    (best, bestDistance) = ((x, y), Math.Abs(x.Index - y.Index));
                }
            }
        }

        return best;
    }

    [Fact]
    public void ChoosesThePairEveryPairComparisonChose()
    {
        var random = new Random(8);
        for (int trial = 0; trial < 2_000; trial++)
        {
            var first = Sentences.Where(_ => random.NextDouble() < random.NextDouble() * 0.2).ToList();
            var second = Sentences.Where(_ => random.NextDouble() < random.NextDouble() * 0.2).ToList();
            var expected = EveryPair(first, second);
            var actual = ClauseEvidence.Nearest(first, second);
            Assert.Equal(expected?.Item1.Index, actual?.First.Index);
            Assert.Equal(expected?.Item2.Index, actual?.Second.Index);
        }
    }

    [Fact]
    public void ATieGoesToTheEarlierSentence()
    {
        var pair = ClauseEvidence.Nearest([Sentences[10]], [Sentences[8], Sentences[12]]);

        Assert.Equal(8, pair?.Second.Index);
    }
}
