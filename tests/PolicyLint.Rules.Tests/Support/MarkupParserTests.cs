using PolicyLint.Rules.Syntax;
using Xunit;

namespace PolicyLint.Rules.Tests.Support;

public class MarkupParserTests
{
    [Fact]
    public void UnnamedAndNamedSpans()
    {
        var (text, spans) = MarkupParser.Parse("a [|bc|] d {|PL2002:ef|} g[||]");
        Assert.Equal("a bc d ef g", text);
        Assert.Equal([new MarkedSpan(null, 2, 4), new MarkedSpan("PL2002", 7, 9), new MarkedSpan(null, 11, 11)], spans);
    }

    [Fact]
    public void NestedSpans()
    {
        var (text, spans) = MarkupParser.Parse("[|a {|PL1:b|} c|]");
        Assert.Equal("a b c", text);
        Assert.Equal([new MarkedSpan(null, 0, 5), new MarkedSpan("PL1", 2, 3)], spans);
    }

    [Theory]
    [InlineData("[|a")]
    [InlineData("a|]")]
    [InlineData("[|a|}")]
    [InlineData("{|:a|}")]
    public void BadMarkupThrows(string markup) => Assert.Throws<FormatException>(() => MarkupParser.Parse(markup));

    [Fact]
    public void DocumentBlocksAndAnchors()
    {
        const string raw = """
            # Title

            First line
              second line

            - item one
            > quoted
            > more
            ## Sub
            """;
        var doc = TestDocument.Build(raw);
        var blocks = doc.Document.Blocks;
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.BlockQuote, BlockKind.Heading], blocks.Select(b => b.Kind));
        Assert.Equal(1, blocks[0].HeadingLevel);
        Assert.Equal(2, blocks[4].HeadingLevel);
        Assert.Equal("First line\nsecond line", doc.Document.GetText(blocks[1].Span));
        Assert.Equal("quoted\nmore", doc.Document.GetText(blocks[3].Span));

        int second = doc.Document.Text.IndexOf("second", StringComparison.Ordinal);
        var location = doc.Document.Locate(second);
        Assert.Equal((4, 3), (location.Line, location.Column));
        Assert.Equal((4, 3), doc.RawPosition(second));
        Assert.Equal("Title", location.Section);
        int more = doc.Document.Text.IndexOf("more", StringComparison.Ordinal);
        Assert.Equal((8, 3), (doc.Document.Locate(more).Line, doc.Document.Locate(more).Column));
    }
}
