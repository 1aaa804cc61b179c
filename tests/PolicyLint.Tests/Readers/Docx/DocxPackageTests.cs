using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Docx;
using Xunit;
using static PolicyLint.Tests.Readers.Docx.DocxAssets;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>The packaging fallback finds the same parts as the SDK, and pathological nesting fails cleanly.</summary>
public sealed class DocxPackageTests
{
    [SkippableTheory]
    [InlineData("oxsdk__Strict01.docx")]
    [InlineData("oxsdk__endnote.docx")]
    [InlineData("pydocx__doc-odd-even-hdrs.docx")]
    public void PackagingFallbackFindsTheSameParts(string file)
    {
        var bytes = File.ReadAllBytes(Corpus(file));
        using var a = new MemoryStream(bytes, writable: false);
        using var b = new MemoryStream(bytes, writable: false);
        var viaSdk = DocxPackage.Open(a);
        var viaPackaging = DocxPackage.FromPackaging(b);
        Assert.Equal(viaSdk.Main.ToString(), viaPackaging.Main.ToString());
        Assert.Equal(viaSdk.Styles?.ToString(), viaPackaging.Styles?.ToString());
        Assert.Equal(viaSdk.Numbering?.ToString(), viaPackaging.Numbering?.ToString());
        Assert.Equal(viaSdk.Footnotes?.ToString(), viaPackaging.Footnotes?.ToString());
        Assert.Equal(viaSdk.Endnotes?.ToString(), viaPackaging.Endnotes?.ToString());
        Assert.Equal(viaSdk.HeadersFooters.Keys.Order(), viaPackaging.HeadersFooters.Keys.Order());
    }

    [Fact]
    public async Task DeeplyNestedContentFailsWithAReasonNotAStackOverflow()
    {
        const int depth = 5_000;
        var xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        xml.Insert(xml.Length, "<w:hyperlink>", depth);
        xml.Append("<w:r><w:t>deep</w:t></w:r>");
        xml.Insert(xml.Length, "</w:hyperlink>", depth);
        xml.Append("</w:p></w:body></w:document>");

        var bytes = DocxFailureTests.Rewrite(File.ReadAllBytes(Asset("structure.docx")), "word/document.xml", xml.ToString());
        var result = await Task.Factory.StartNew(
            () =>
            {
                using var stream = new MemoryStream(bytes, writable: false);
                return Record.Exception(() => new DocxDocumentReader().Read("deep.docx", stream, CancellationToken.None));
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var ex = Assert.IsType<DocumentReadException>(result);
        Assert.Contains("nested deeper", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--max-nesting", ex.Message, StringComparison.Ordinal);
    }
}
