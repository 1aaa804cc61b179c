using PolicyLint.Rules.Learning;
using Xunit;

namespace PolicyLint.Rules.Tests.Learning;

public class SentenceFeaturizerTests
{
    [Fact]
    public void StemsBigramsNumbersAndCues()
    {
        var features = SentenceFeaturizer.Features("The Provider shall not use the Human Rights Act 1998 as training.");
        Assert.Contains("w:provid", features);
        Assert.Contains("w:right", features);
        Assert.Contains("b:human_right", features);
        Assert.Contains("b:right_act", features);
        Assert.Contains("n:1998", features);
        Assert.Contains("c:oblig", features);
        Assert.Contains("c:neg", features);
        Assert.Contains("c:prov", features);
        Assert.DoesNotContain("w:the", features);
        Assert.DoesNotContain("c:first", features);
        Assert.Equal(features.Order(StringComparer.Ordinal), features);
        Assert.Equal(features.Distinct(), features);
    }

    [Fact]
    public void PunctuationEndsABigramAndStopWordsAreSkipped()
    {
        var features = SentenceFeaturizer.Features("We record restraint; reviews follow. Three of the years");
        Assert.Contains("b:record_restraint", features);
        Assert.DoesNotContain("b:restraint_review", features);
        Assert.Contains("b:three_year", features);
        Assert.Contains("c:first", features);
    }

    [Fact]
    public void VectorsHaveUnitLengthOverKnownFeatures()
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal) { ["w:record"] = 0, ["w:restraint"] = 1, ["c:first"] = 2 };
        var (indices, value) = SentenceFeaturizer.Vectorize("We record every restraint.", vocabulary);
        Assert.Equal([0, 1, 2], indices);
        Assert.Equal(1 / Math.Sqrt(3), value, 6);
        Assert.Equal(0f, SentenceFeaturizer.Vectorize("Nothing here.", vocabulary).Value);
    }
}
