using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// A document prepared for rules: split into sentences and tokens once, with its kind, setting and the date that date
/// rules compare against. Shared by every rule; immutable.
/// </summary>
public sealed class AnalysisDocument
{
    private readonly List<Sentence>[] _sentencesByBlock;
    private readonly List<TextSpan>[] _quotedByBlock;
    private readonly Lazy<IReadOnlyList<(Sentence, Learning.ClauseScores)>> _clauseScores;

    /// <summary>Prepares <paramref name="document"/>.</summary>
    public AnalysisDocument(PolicyDocument document, DocumentKind kind, CareSetting setting, DateOnly asOf)
        : this(document, kind, setting, asOf, CancellationToken.None)
    {
    }

    /// <summary>Prepares <paramref name="document"/>, checking <paramref name="cancellationToken"/> between blocks.</summary>
    public AnalysisDocument(PolicyDocument document, DocumentKind kind, CareSetting setting, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Kind = kind;
        Setting = setting;
        AsOf = asOf;
        var sentences = new List<Sentence>();
        _sentencesByBlock = new List<Sentence>[document.Blocks.Count];
        _quotedByBlock = new List<TextSpan>[document.Blocks.Count];
        // Splitting and tokenising a block needs nothing from the others: a long document does its blocks on every
        // core, then numbers the sentences in document order (a short one, most of a batch run, stays on its thread).
        var pieces = new (List<TextSpan> Quoted, List<(TextSpan Span, IReadOnlyList<Token> Tokens)> Sentences)[document.Blocks.Count];
        void Split(Block block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block.Kind == BlockKind.Comment)
            {
                pieces[block.Index] = ([], []);
                return;
            }

            var found = new List<(TextSpan, IReadOnlyList<Token>)>();
            foreach (var span in SentenceSplitter.Split(document.Text, block.Span))
            {
                found.Add((span, Tokenizer.Tokenize(document.Text, span)));
            }

            pieces[block.Index] = (Scopes.QuotedSpans(document.Text, block.Span), found);
        }

        if (document.Text.Length >= ParallelFromChars)
        {
            Parallel.ForEach(document.Blocks, new ParallelOptions { CancellationToken = cancellationToken }, Split);
        }
        else
        {
            foreach (var block in document.Blocks)
            {
                Split(block);
            }
        }

        foreach (var block in document.Blocks)
        {
            var (quoted, found) = pieces[block.Index];
            var list = new List<Sentence>(found.Count);
            foreach (var (span, tokens) in found)
            {
                var sentence = new Sentence(sentences.Count, block, span, tokens);
                sentences.Add(sentence);
                list.Add(sentence);
            }

            _quotedByBlock[block.Index] = quoted;
            _sentencesByBlock[block.Index] = list;
        }

        Sentences = sentences;
        _clauseScores = new(ScoreClauses, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Documents at least this long (in characters of text, about 60 pages) are prepared and scored on every core.
    /// </summary>
    public const int ParallelFromChars = 200_000;

    private List<(Sentence, Learning.ClauseScores)> ScoreClauses()
    {
        var read = Sentences.Where(s => Learning.SecondOpinion.Reads(this, s));
        var classifier = Learning.ClauseClassifier.Default;
        return Text.Length >= ParallelFromChars
            ? [.. read.AsParallel().AsOrdered().Select(s => (s, classifier.Score(GetText(s.Span))))]
            : [.. read.Select(s => (s, classifier.Score(GetText(s.Span))))];
    }

    /// <summary>
    /// The learned clause scores of the sentences the second opinion reads, computed once, on first use (most
    /// documents with every clause present never need them).
    /// </summary>
    public IReadOnlyList<(Sentence Sentence, Learning.ClauseScores Scores)> ClauseScores => _clauseScores.Value;

    /// <summary>The document.</summary>
    public PolicyDocument Document { get; }

    /// <summary>The normalised text.</summary>
    public string Text => Document.Text;

    /// <summary>Specification, policy or other.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The care setting.</summary>
    public CareSetting Setting { get; }

    /// <summary>"Today" for date rules (injected, never read from the clock here).</summary>
    public DateOnly AsOf { get; }

    /// <summary>All sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The sentences of one block.</summary>
    public IReadOnlyList<Sentence> SentencesOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return _sentencesByBlock[block.Index];
    }

    /// <summary>The text of a span.</summary>
    public string GetText(TextSpan span) => Document.GetText(span);

    /// <summary>True when the span lies inside quotation marks or a block quote.</summary>
    public bool IsQuoted(Block block, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Kind == BlockKind.BlockQuote)
        {
            return true;
        }

        foreach (var q in _quotedByBlock[block.Index])
        {
            if (q.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any part of the sentence is in quotation marks, or its block is a quotation.</summary>
    public bool HasQuotation(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Block.Kind == BlockKind.BlockQuote || _quotedByBlock[sentence.Block.Index].Any(q => q.OverlapsWith(sentence.Span));
    }

    /// <summary>The role of the section a block is in (body, references, glossary).</summary>
    public static SectionRole RoleOf(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Section?.Role ?? SectionRole.Body;
    }

    /// <summary>
    /// Why a span is not the document's own voice, or null when it is: in quotation marks or a block quote, in a cited
    /// title, or in a references or glossary section.
    /// </summary>
    public string? NotOwnVoice(Sentence sentence, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (IsQuoted(sentence.Block, span))
        {
            return "quoted";
        }

        var role = RoleOf(sentence.Block);
        if (role == SectionRole.References)
        {
            return "in a references section";
        }

        if (role == SectionRole.Glossary)
        {
            return "in a glossary or definitions section";
        }

        return Scopes.InCitation(Text, sentence.Span, span) ? "in a cited title" : null;
    }
}
