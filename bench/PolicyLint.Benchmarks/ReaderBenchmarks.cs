using BenchmarkDotNet.Attributes;
using PolicyLint.Readers;
using PolicyLint.Readers.Docx;
using PolicyLint.Readers.Html;
using PolicyLint.Readers.Markdown;
using PolicyLint.Readers.Pdf;
using PolicyLint.Readers.Text;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Benchmarks;

/// <summary>
/// Each reader on the same policy (the set's median document; .docx by pandoc, .pdf by LibreOffice from that .docx,
/// .txt and .html by pandoc): bytes in memory to a <see cref="PolicyDocument"/>, no rules, no file system.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _md = [];
    private byte[] _txt = [];
    private byte[] _html = [];
    private byte[] _docx = [];
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        _md = File.ReadAllBytes(BenchData.Sample("md"));
        _txt = File.ReadAllBytes(BenchData.Sample("txt"));
        _html = File.ReadAllBytes(BenchData.Sample("html"));
        _docx = File.ReadAllBytes(BenchData.Sample("docx"));
        _pdf = File.ReadAllBytes(BenchData.Sample("pdf"));
    }

    [Benchmark(Description = "read Markdown")]
    public PolicyDocument Markdown() => Read(new MarkdownDocumentReader(), "sample.md", _md);

    [Benchmark(Description = "read text")]
    public PolicyDocument Text() => Read(new PlainTextDocumentReader(), "sample.txt", _txt);

    [Benchmark(Description = "read HTML")]
    public PolicyDocument Html() => Read(new HtmlDocumentReader(), "sample.html", _html);

    [Benchmark(Description = "read docx")]
    public PolicyDocument Docx() => Read(new DocxDocumentReader(), "sample.docx", _docx);

    [Benchmark(Description = "read PDF")]
    public PolicyDocument Pdf() => Read(new PdfDocumentReader(), "sample.pdf", _pdf);

    private static PolicyDocument Read(IDocumentReader reader, string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return reader.Read(path, stream, CancellationToken.None);
    }
}
