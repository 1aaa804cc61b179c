using System.Text;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules.Syntax;
using Xunit;

namespace PolicyLint.Tests.Readers.Markdown;

/// <summary>Reads Markdown from a string and asserts where text landed.</summary>
internal static class MarkdownTestReader
{
    public static PolicyDocument Read(string markdown)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(markdown));
        var document = new MarkdownDocumentReader().Read("test.md", stream, CancellationToken.None);
        var check = SourcePositionCheck.Check(document, markdown);
        Assert.True(check.Failed == 0, string.Join('\n', check.Examples));
        return document;
    }

    /// <summary>Asserts that the <paramref name="occurrence"/>-th <paramref name="text"/> in the document maps to line:column.</summary>
    public static void AssertAt(PolicyDocument document, string text, int line, int column, int occurrence = 1)
    {
        int offset = -1;
        for (int n = 0; n < occurrence; n++)
        {
            offset = document.Text.IndexOf(text, offset + 1, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{text}' (occurrence {occurrence}) not in the document text:\n{document.Text}");
        }

        var position = document.SourceMap.Map(offset);
        Assert.True(position == SourcePosition.AtLine(line, column), $"'{text}' mapped to {position.Line}:{position.Column}, expected {line}:{column}");
    }

    public static string TextOf(PolicyDocument document, int block) => document.GetText(document.Blocks[block].Span);
}
