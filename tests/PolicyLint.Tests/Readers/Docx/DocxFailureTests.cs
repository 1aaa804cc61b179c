using System.IO.Compression;
using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Docx;
using Xunit;
using static PolicyLint.Tests.Readers.Docx.DocxAssets;

namespace PolicyLint.Tests.Readers.Docx;

/// <summary>Files that are not readable Word documents fail with a plain reason, never with a stray exception.</summary>
public sealed class DocxFailureTests
{
    [Fact]
    public void PlainTextRenamedDocxIsNotAWordDocument()
    {
        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(Encoding.UTF8.GetBytes("just some text, not a zip")));
        Assert.Equal("the file is not a valid Word document (it is not a zip package)", ex.Message);
    }

    [Fact]
    public void TruncatedPackageIsNotAWordDocument()
    {
        var bytes = File.ReadAllBytes(Asset("structure.docx"));
        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(bytes[..(bytes.Length / 2)]));
        Assert.StartsWith("the file is not a valid Word document (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipWithoutAMainDocumentIsNotAWordDocument()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(buffer.ToArray()));
        Assert.StartsWith("the file is not a valid Word document (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedMainPartIsNotAWordDocument()
    {
        var bytes = Rewrite(File.ReadAllBytes(Asset("structure.docx")), "word/document.xml", "<w:document><w:body><w:p>");
        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(bytes));
        Assert.StartsWith("the file is not a valid Word document (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedPackageIsPasswordProtected()
    {
        // LibreOffice headless did not write an encrypted .docx here (its EncryptFile filter option is PDF-only), so
        // this is a synthetic OLE compound file: the signature plus a directory entry named "EncryptedPackage" in
        // UTF-16, which is what the reader looks for.
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);
        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(bytes));
        Assert.Equal("the Word document is password-protected", ex.Message);
    }

    [Fact]
    public void OtherOleFilesAreNotWordPackages()
    {
        var bytes = new byte[1024];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        var ex = Assert.Throws<DocumentReadException>(() => ReadBytes(bytes));
        Assert.StartsWith("the file is not a valid Word document (", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGuardedLoaderTurnsFailuresIntoReasons()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policylint-{Guid.NewGuid():N}.docx");
        File.WriteAllText(path, "not a zip");
        try
        {
            var result = DocumentLoader.ReadGuarded(new DocxDocumentReader(), path, 1024 * 1024, TimeSpan.FromSeconds(30));
            Assert.Null(result.Document);
            Assert.Equal("the file is not a valid Word document (it is not a zip package)", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadingHonoursCancellation()
    {
        using var stream = File.OpenRead(Asset("structure.docx"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new DocxDocumentReader().Read("structure.docx", stream, cts.Token));
    }

    private static void ReadBytes(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        new DocxDocumentReader().Read("test.docx", stream, CancellationToken.None);
    }

    internal static byte[] Rewrite(byte[] package, string entryName, string content)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
            writer.Write(content);
        }

        return buffer.ToArray();
    }
}
