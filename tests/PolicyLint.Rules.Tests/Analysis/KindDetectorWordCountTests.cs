using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

/// <summary>The kind detector's one-pass word count counts what the pattern \w+ would match, on any text (the
/// pattern it replaced, \b\w+\b, differs only beside a zero-width joiner, which \b counts as part of a word).</summary>
public sealed class KindDetectorWordCountTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("The Provider shall ensure that restraint is used only as a last resort.")]
    [InlineData("staff_only 24/7 — it's the person's plan; (see 2.4.1)")]
    [InlineData("Café naïve résumé: coöperate — Ελληνικά 東京 ١٢٣ x\u0301y")]
    [InlineData("ﬁrst\u00A0line\u2028next\ttab—dash…ellipsis")]
    [InlineData("\uD83D\uDE00 emoji and word\uD83D\uDE00word")]
    public void CountsWhatTheWordPatternCounts(string text) =>
        Assert.Equal(Regex.Count(text, @"\w+"), KindDetector.CountWords(text));

    [Fact]
    public void CountsEveryCharacterClassBoundaryAsThePatternDoes()
    {
        // Every character of the Basic Multilingual Plane between two letters: each either joins them or splits them,
        // as the pattern would.
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string text = "a" + (char)c + "b";
            Assert.True(Regex.Count(text, @"\w+") == KindDetector.CountWords(text), $"U+{c:X4}");
        }
    }
}
