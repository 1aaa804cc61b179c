using PolicyLint.Rules.Syntax;
using Xunit;

namespace PolicyLint.Rules.Tests.Syntax;

/// <summary>
/// A paragraph number typed into the text ("2.4 The Provider shall…") becomes the block's marker, as Word's own
/// numbering does, so the same clause reads the same from .md, .docx, .pdf and .txt. Its characters stay in the
/// document text (locations are unchanged); only the block's span starts after it.
/// </summary>
public sealed class NumberLabelTests
{
    private static (Block Block, PolicyDocument Doc) One(string text, BlockKind kind = BlockKind.Paragraph)
    {
        var builder = new DocumentBuilder("t.md", SourceFormat.Markdown);
        builder.BeginBlock(kind);
        builder.Append(text, new SourcePosition(1, 1));
        builder.EndBlock();
        var doc = builder.Build();
        return (Assert.Single(doc.Blocks), doc);
    }

    [Theory]
    [InlineData("2.4 The Provider shall keep a record.", "2.4", "The Provider shall keep a record.")]
    [InlineData("7.2.1. Staff must complete training.", "7.2.1.", "Staff must complete training.")]
    [InlineData("10.12 \u201CRestraint\u201D means any direct contact.", "10.12", "\u201CRestraint\u201D means any direct contact.")]
    public void AMultiLevelNumberBeforeASentenceIsTheMarker(string text, string marker, string rest)
    {
        var (block, doc) = One(text);

        Assert.Equal(marker, block.Marker);
        Assert.Equal(rest, doc.GetText(block.Span));
        Assert.Equal(text.Length - rest.Length + 1, doc.Locate(block.Span.Start).Column);
    }

    [Theory]
    [InlineData("1 December 2026")]
    [InlineData("3.5 million people live in the county.")]
    [InlineData("2.4")]
    [InlineData("1.2.3.4.5.6.7 The Provider shall comply.")]
    [InlineData("2024.10 The Provider shall comply.")]
    public void NumbersThatAreNotLabelsAreLeftInTheText(string text)
    {
        var (block, doc) = One(text);

        Assert.Null(block.Marker);
        Assert.Equal(text, doc.GetText(block.Span));
    }

    [Fact]
    public void HeadingsAndCellsKeepTheirNumbers()
    {
        var (heading, doc) = One("3.2 Certification", BlockKind.TableCell);
        Assert.Null(heading.Marker);
        Assert.Equal("3.2 Certification", doc.GetText(heading.Span));
    }
}
