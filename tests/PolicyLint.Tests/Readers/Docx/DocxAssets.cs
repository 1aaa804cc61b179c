using PolicyLint.Readers.Docx;
using PolicyLint.Rules.Syntax;
using PolicyLint.Tests.Support;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>Opens the .docx test assets (copied to the output) and the shared corpus files.</summary>
internal static class DocxAssets
{
    public static string Asset(string name) => Path.Combine(AppContext.BaseDirectory, "Assets", "docx", name);

    public static string Corpus(string name) => Path.Combine(TestPaths.Corpora, "corpus", name);

    public static PolicyDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        return new DocxDocumentReader().Read(path, stream, CancellationToken.None);
    }

    public static string TextOf(PolicyDocument doc, Block block) => doc.GetText(block.Span);

    public static int OffsetOf(PolicyDocument doc, string needle)
    {
        int offset = doc.Text.IndexOf(needle, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new InvalidOperationException($"'{needle}' is not in the text: {doc.Text}");
        }

        return offset;
    }
}
