using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Similarity;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// Which concepts each sentence holds, for a required-clause rule: built from the concept matches the driver
/// collected, keeping only the document's own voice (not quoted, cited, or in references/glossary) and dropping
/// negated matches ("training is not certified" does not count as certification).
/// </summary>
public sealed class ClauseEvidence
{
    private static readonly HashSet<string> ObligationCues = new(StringComparer.Ordinal)
    {
        "shall", "must", "will", "required", "requires", "require", "requirement", "requirements", "ensure", "ensures",
        "expected", "expect", "need", "needs", "commit", "commits", "committed", "should", "mandatory", "obliged",
        "responsible", "undertake", "undertakes", "guarantee", "always",
    };

    private readonly AnalysisDocument _analysis;
    private readonly string _ruleId;
    private readonly HashSet<Block> _judged;
    private readonly List<(Sentence Sentence, HashSet<string> Concepts, List<PhraseMatch> Matches)> _sentences = [];

    /// <summary>Builds the evidence from a document-end context.</summary>
    public ClauseEvidence(DocumentEndContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _analysis = context.Analysis;
        _ruleId = context.Rule.Id;
        _judged = [.. context.ConceptMatches.Select(m => m.Sentence.Block)];
        foreach (var group in context.ConceptMatches.GroupBy(m => m.Sentence))
        {
            var sentence = group.Key;
            var kept = group.Where(m => (_analysis.NotOwnVoice(sentence, m.Match.Span) is null || IsOwnTitle(sentence, m.Match)) &&
                                        !(IsNegatable(m.Match) && Negation.IsNegated(sentence.Tokens, m.Match.FirstToken, m.Match.LastToken)))
                .Select(m => m.Match).ToList();
            if (kept.Count > 0)
            {
                _sentences.Add((sentence, [.. kept.Select(m => (string)m.Phrase.Data!)], kept));
            }
        }
    }

    /// <summary>The document.</summary>
    public AnalysisDocument Analysis => _analysis;

    private static readonly HashSet<string> PublicationWords = new(StringComparer.Ordinal)
    {
        "leaflet", "booklet", "guide", "factsheet", "poster", "card", "handbook", "pack", "sheet", "information", "called", "titled", "entitled",
    };

    // The quoted title of the organisation's own publication ("every patient is given our leaflet 'Your rights when
    // restrictions are used'") says what the publication covers; other quotations are not the document's voice.
    private bool IsOwnTitle(Sentence sentence, PhraseMatch match)
    {
        if (_analysis.NotOwnVoice(sentence, match.Span) != "quoted" || sentence.Block.Kind == BlockKind.BlockQuote)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        for (int i = match.FirstToken - 1; i >= 0 && i >= match.FirstToken - 12; i--)
        {
            if (tokens[i].Lower is "\"" or "'" || _analysis.Text[tokens[i].Span.Start] is '\u201C' or '\u2018')
            {
                return i > 0 && PublicationWords.Contains(tokens[i - 1].Lower);
            }
        }

        return false;
    }

    /// <summary>Sentences with at least one concept, in order.</summary>
    public IEnumerable<(Sentence Sentence, IReadOnlySet<string> Concepts)> Sentences =>
        _sentences.Select(s => (s.Sentence, (IReadOnlySet<string>)s.Concepts));

    private Dictionary<int, List<(Sentence Sentence, IReadOnlySet<string> Concepts)>>? _byBlock;

    /// <summary>
    /// The sentences of one block that have at least one concept, in order. A rule that judges a clause by what is
    /// near it asks block by block instead of scanning <see cref="Sentences"/> for each candidate clause, which on a
    /// long document (hundreds of candidates, tens of thousands of sentences) grew with the square of its length.
    /// </summary>
    public IReadOnlyList<(Sentence Sentence, IReadOnlySet<string> Concepts)> SentencesIn(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _byBlock ??= _sentences.GroupBy(s => s.Sentence.Block.Index)
            .ToDictionary(g => g.Key, g => g.Select(s => (s.Sentence, (IReadOnlySet<string>)s.Concepts)).ToList());
        return _byBlock.TryGetValue(block.Index, out var list) ? list : [];
    }

    /// <summary>
    /// True when the sentence states an obligation or commitment: a cue (shall, must, will, ensure…); an item of a list
    /// or table (requirement lists often drop the verb); or a plain-English statement of what always happens, in the
    /// present tense with a universal subject ("All staff complete…", "We record every restriction…", "Every person
    /// is offered…") and no hedge (may, might, could, can, would).
    /// </summary>
    public static bool IsObligation(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = sentence.Tokens;
        return sentence.Block.Kind is BlockKind.ListItem or BlockKind.TableCell ||
               tokens.Any(t => ObligationCues.Contains(t.Lower)) ||
               (UniversalSubject(tokens) && !MainClause(tokens).Any(t => HedgeWords.Contains(t.Lower)));
    }

    /// <summary>
    /// True when the sentence commits the organisation: an obligation (<see cref="IsObligation"/>) or, in a policy,
    /// where the provider speaks for itself, any plain statement of its practice without a hedge ("Training at the
    /// Trust holds certification against…"). A specification binds the provider only with shall, must or will.
    /// </summary>
    public bool IsCommitment(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return IsObligation(sentence) ||
               (_analysis.Kind == Diagnostics.DocumentKind.Policy && sentence.Block.Kind != BlockKind.Heading &&
                !MainClause(sentence.Tokens).Any(t => HedgeWords.Contains(t.Lower)));
    }

    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "may", "might", "could", "can", "would", "if", "was", "were", "had", "previously", "sometimes", "some",
    };

    private static readonly HashSet<string> UniversalWords = new(StringComparer.Ordinal) { "all", "every", "each", "we", "our", "everyone" };

    // The opening clause, up to the first comma, colon, semicolon or bracket: a hedge there qualifies the statement; a
    // "was" in a list after a colon ("what type it was, why it was used") does not.
    private static IEnumerable<Token> MainClause(IReadOnlyList<Token> tokens) =>
        tokens.TakeWhile(t => !(t.Kind == TokenKind.Punctuation && t.Lower is "," or ":" or ";" or "("));

    // A universal subject opens the sentence (after a list number): "All staff…", "We…", "Our trainers…", "Every…".
    private static bool UniversalSubject(IReadOnlyList<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word)
            {
                return UniversalWords.Contains(t.Lower);
            }
        }

        return false;
    }

    /// <summary>The first sentence holding all of <paramref name="concepts"/> (and an obligation when asked).</summary>
    public Sentence? FirstWithAll(bool obligation, params string[] concepts) =>
        _sentences.FirstOrDefault(s => concepts.All(s.Concepts.Contains) && (!obligation || IsCommitment(s.Sentence))).Sentence;

    /// <summary>
    /// The first place where all of <paramref name="concepts"/> co-occur within one sentence or two consecutive
    /// sentences of the same block (a requirement often spans "Staff must be trained. The training must be certified…").
    /// Returns the span covering them.
    /// </summary>
    public TextSpan? FirstWithAllNear(bool obligation, params string[] concepts)
    {
        for (int i = 0; i < _sentences.Count; i++)
        {
            var (s, set, _) = _sentences[i];
            if (concepts.All(set.Contains) && (!obligation || IsCommitment(s)))
            {
                return s.Span;
            }

            if (i + 1 < _sentences.Count)
            {
                var (n, nset, _) = _sentences[i + 1];
                if (n.Block == s.Block && n.Index == s.Index + 1 && concepts.All(c => set.Contains(c) || nset.Contains(c)) &&
                    (!obligation || IsCommitment(s) || IsCommitment(n)))
                {
                    return TextSpan.FromBounds(s.Span.Start, n.Span.End);
                }
            }
        }

        return null;
    }

    /// <summary>All sentences holding all of <paramref name="concepts"/>.</summary>
    public IEnumerable<Sentence> AllWith(params string[] concepts) =>
        _sentences.Where(s => concepts.All(s.Concepts.Contains)).Select(s => s.Sentence);

    /// <summary>
    /// The pair of sentences, one from each list, that stand closest together (fewest sentences apart; the earliest on a
    /// tie), leaving headings out while a body sentence is available. Elements of one clause are usually stated
    /// together; an early stray mention ("- the outcome of the post-incident review;" in a recording list) is not the
    /// clause.
    /// </summary>
    public static (Sentence First, Sentence Second)? Nearest(IEnumerable<Sentence> first, IEnumerable<Sentence> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = ClauseSpans.WithoutHeadings(first);
        // For each sentence of the first list, the nearest of the second by binary search (the lists are in document
        // order): a long document has hundreds of each, and comparing every pair grew with the square of its length.
        var b = ClauseSpans.WithoutHeadings(second).OrderBy(s => s.Index).ToList();
        if (b.Count == 0)
        {
            return null;
        }

        (Sentence, Sentence)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var x in a)
        {
            int lo = 0, hi = b.Count; // the first of b at or after x
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (b[mid].Index < x.Index)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            // On a tie the earlier sentence wins, as it did when every pair was compared in order.
            Sentence? y = null;
            int distance = int.MaxValue;
            if (lo > 0)
            {
                int before = lo - 1;
                while (before > 0 && b[before - 1].Index == b[before].Index)
                {
                    before--;
                }

                (y, distance) = (b[before], x.Index - b[before].Index);
            }

            if (lo < b.Count && b[lo].Index - x.Index < distance)
            {
                (y, distance) = (b[lo], b[lo].Index - x.Index);
            }

            if (distance < bestDistance)
            {
                best = (x, y!);
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when some sentence holds the concept.</summary>
    public bool Has(string concept) => _sentences.Any(s => s.Concepts.Contains(concept));

    /// <summary>The concepts of a sentence (empty if none).</summary>
    public IReadOnlySet<string> ConceptsOf(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // By index, not by scanning: rules ask this of every candidate clause, and a scan made that quadratic.
        _bySentence ??= _sentences.ToDictionary(s => s.Sentence.Index, s => (IReadOnlySet<string>)s.Concepts);
        return _bySentence.TryGetValue(sentence.Index, out var concepts) ? concepts : NoConcepts;
    }

    private static readonly IReadOnlySet<string> NoConcepts = new HashSet<string>();

    private Dictionary<int, IReadOnlySet<string>>? _bySentence;

    /// <summary>
    /// The block most about a topic: the one with the most sentences holding any of <paramref name="topic"/> concepts
    /// (at least <paramref name="minimum"/>), the earliest on a tie. When no block has enough concept hits, the block
    /// the <see cref="NearMissModel"/> scores highest for the rule's topic (at or above its threshold), so a paragraph
    /// about the subject in other words is still found. Used to point a missing clause at the paragraph that discusses
    /// the subject without meeting it.
    /// </summary>
    public Block? NearMiss(int minimum, params string[] topic)
    {
        // A heading names the topic but says nothing about it: the paragraphs under it are the near miss.
        var byConcepts = _sentences
            .Where(s => s.Sentence.Block.Kind != BlockKind.Heading && topic.Any(s.Concepts.Contains))
            .GroupBy(s => s.Sentence.Block)
            .Select(g => (Block: g.Key, Score: g.Sum(s => topic.Count(s.Concepts.Contains))))
            .Where(x => x.Score >= minimum)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Block.Index)
            .Select(x => x.Block)
            .FirstOrDefault();
        return byConcepts ?? ModelNearMiss();
    }

    /// <summary>
    /// The block the similarity model finds most about this rule's topic (at or above its threshold), among the
    /// document's own-voice text blocks (not headings, comments, headers/footers, block quotes, references or glossary,
    /// nor a cover, contents page, document-control table or page furniture).
    /// Blocks holding any of the rule's concept phrases are left out: the concept evidence has already judged them
    /// (too few hits, or hits that are negated or quoted), and the model is for paragraphs about the topic in other words.
    /// Only prose counts: a block must end a sentence ('.', '!' or '?'), so titles and list fragments ("personal care and
    /// support with daily living;") are never named as discussing a topic.
    /// </summary>
    public Block? ModelNearMiss()
    {
        var candidates = _analysis.Document.Blocks.Where(b =>
            b.Kind is not (BlockKind.Heading or BlockKind.Comment or BlockKind.HeaderFooter or BlockKind.BlockQuote) &&
            b.Role is BlockRole.Body or BlockRole.ListItem or BlockRole.TableCell or BlockRole.Note &&
            AnalysisDocument.RoleOf(b) == SectionRole.Body && !_judged.Contains(b) && IsProse(_analysis.GetText(b.Span)));
        return NearMissModel.Default.Best(_ruleId, candidates, b => _analysis.GetText(b.Span))?.Block;
    }

    private static bool IsProse(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    /// <summary>Concepts whose phrases start with "~" in their label are not negatable (labels only).</summary>
    private static bool IsNegatable(PhraseMatch match) => match.Phrase.Data is string s && !s.StartsWith('~');
}
