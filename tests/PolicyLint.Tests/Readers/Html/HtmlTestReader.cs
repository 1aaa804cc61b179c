using System.Text;
using PolicyLint.Readers.Html;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Readers.Markdown;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Readers.Html;

/// <summary>Reads HTML from a string or from Assets/html and checks that every visible character maps to itself.</summary>
internal static class HtmlTestReader
{
    public static string Asset(string name) => TestPaths.InRepo("tests", "PolicyLint.Tests", "Assets", "html", name);

    /// <summary>Reads <paramref name="html"/>; every visible character must map to its own source character (or its entity's '&amp;').</summary>
    public static PolicyDocument Read(string html, bool checkPositions = true)
    {
        var document = Read(Encoding.UTF8.GetBytes(html));
        if (checkPositions)
        {
            AssertExactPositions(document, html);
        }

        return document;
    }

    public static PolicyDocument Read(byte[] bytes, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes);
        return new HtmlDocumentReader().Read("test.html", stream, cancellationToken);
    }

    public static PolicyDocument ReadAsset(string name)
    {
        var path = Asset(name);
        var document = Read(File.ReadAllBytes(path));
        AssertExactPositions(document, File.ReadAllText(path));
        return document;
    }

    public static void AssertExactPositions(PolicyDocument document, string source)
    {
        var check = SourcePositionCheck.Check(document, source);
        Assert.True(check.Checked > 0, "nothing was checked");
        Assert.True(check.Failed == 0, $"{check.Failed} of {check.Checked} characters mapped elsewhere:\n" + string.Join('\n', check.Examples));
    }

    /// <summary>Asserts that the <paramref name="occurrence"/>-th <paramref name="text"/> in the document maps to line:column.</summary>
    public static void AssertAt(PolicyDocument document, string text, int line, int column, int occurrence = 1) =>
        MarkdownTestReader.AssertAt(document, text, line, column, occurrence);

    public static string TextOf(PolicyDocument document, Block block) => document.GetText(block.Span);

    public static IEnumerable<string> Texts(PolicyDocument document, BlockKind kind) =>
        document.Blocks.Where(b => b.Kind == kind).Select(b => document.GetText(b.Span));
}
