using BenchmarkDotNet.Attributes;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Benchmarks;

/// <summary>
/// The text layer on the sample document: the sentence splitter over every block, the tokenizer over every sentence,
/// the phrase matcher (every rule's phrases compiled into one) over every sentence, compiling that matcher, preparing
/// the document for rules (split, tokenize, quotations) and detecting its kind.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private PolicyDocument _document = null!;
    private List<TextSpan> _sentenceSpans = [];
    private List<IReadOnlyList<Token>> _tokens = [];
    private List<(Phrase Phrase, int Owner)> _phrases = [];
    private PhraseMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Fixtures.ReadFile(BenchData.Sample("md"));
        var analysis = Fixtures.Prepare(_document);
        _sentenceSpans = [.. analysis.Sentences.Select(s => s.Span)];
        _tokens = [.. analysis.Sentences.Select(s => s.Tokens)];
        _phrases = Fixtures.CataloguePhrases();
        _matcher = new PhraseMatcher(_phrases);
    }

    [Benchmark(Description = "split sentences (all blocks)")]
    public int SplitSentences()
    {
        int n = 0;
        foreach (var block in _document.Blocks)
        {
            n += SentenceSplitter.Split(_document.Text, block.Span).Count;
        }

        return n;
    }

    [Benchmark(Description = "tokenize (all sentences)")]
    public int Tokenize()
    {
        int n = 0;
        foreach (var span in _sentenceSpans)
        {
            n += Tokenizer.Tokenize(_document.Text, span).Count;
        }

        return n;
    }

    [Benchmark(Description = "match phrases (all sentences)")]
    public int MatchPhrases()
    {
        int n = 0;
        foreach (var tokens in _tokens)
        {
            n += _matcher.Match(tokens).Count;
        }

        return n;
    }

    [Benchmark(Description = "compile the phrase matcher")]
    public PhraseMatcher CompileMatcher() => new(_phrases);

    [Benchmark(Description = "prepare (split, tokenize, quotes)")]
    public AnalysisDocument Prepare() => Fixtures.Prepare(_document);

    [Benchmark(Description = "detect kind")]
    public object DetectKind() => KindDetector.Detect(_document);
}
