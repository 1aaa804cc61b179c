using System.Text;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

/// <summary>
/// On a long document the kind detector counts its cues side by side, one count per core. Each count must still be
/// its own: a document that repeats one paragraph n times has n times the paragraph's cues of every kind.
/// </summary>
public sealed class KindDetectorLongDocumentTests
{
    // One paragraph with a different number of cues of each kind: specification 2 (the Provider shall, KPIs), policy 3
    // (this policy, we will, staff must), other 1 (easy read).
    private const string Paragraph =
        "This policy explains how we will support people. The Provider shall report KPIs every quarter. Staff must use " +
        "restraint only as a last resort and an easy read version is offered; seclusion is not used.";

    [Fact]
    public void EveryCueIsCountedOncePerRepeatOnTheParallelPath()
    {
        var once = KindDetector.Explain(TestDocument.Build(Paragraph).Document);
        var builder = new StringBuilder();
        const int Repeats = 1500;
        for (int i = 0; i < Repeats; i++)
        {
            builder.Append(Paragraph).Append("\n\n");
        }

        var document = TestDocument.Build(builder.ToString()).Document;
        Assert.True(document.Text.Length >= AnalysisDocument.ParallelFromChars, "the document must take the parallel path");
        var many = KindDetector.Explain(document);

        // The title bonus (+5 for each kind the first blocks name: "policy" and "easy read") is the same for both.
        Assert.Equal((2, 3 + 5, 1 + 5), (once.Specification, once.Policy, once.Other));
        Assert.Equal(Repeats * 2, many.Specification);
        Assert.Equal((Repeats * 3) + 5, many.Policy);
        Assert.Equal(Repeats + 5, many.Other);
        Assert.Equal(DocumentKind.Policy, many.Kind);
    }
}
