using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2009: a sentence longer than the limit (35 words by default) is hard to read.</summary>
public sealed class PL2009LongSentence : PolicyRule
{
    /// <summary>The default limit: sentences of more words than this are reported.</summary>
    public const int DefaultMaxWords = 35;

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2009",
        "LongSentence",
        "Split long sentences",
        "This sentence has {0} words (more than {1}): split it into shorter sentences",
        RuleCategory.Language,
        Severity.Info,
        "The Restraint Reduction Network asks for plain language that people who draw on services, families and " +
        "staff can all follow; long sentences hide who must do what. Reports a sentence of more than 35 words " +
        "(configurable), counting word-like tokens: words and numbers, not punctuation (a hyphenated word such as " +
        "\"post-incident\" counts as two). Only body prose in the document's own voice is checked: titles and cover " +
        "sheets, contents pages, document-control tables, headings, table cells, page headers and footers, block quotes and references, bibliography or glossary sections are skipped, and words " +
        "inside quotation marks are not counted. A list item is checked as a sentence of its own. A run of words with " +
        "no punctuation at all is not taken for a sentence: it is a table or a list whose layout was lost (PDF and " +
        "plain-text tables), and splitting it is not the writer's problem.",
        [Sources.Rrn("§3 Language")],
        reads: RuleReads.BodyProse);

    private readonly int _maxWords;

    /// <summary>Creates the rule with the default limit of <see cref="DefaultMaxWords"/> words.</summary>
    public PL2009LongSentence()
        : this(DefaultMaxWords)
    {
    }

    /// <summary>Creates the rule with a limit of <paramref name="maxWords"/> words.</summary>
    /// <param name="maxWords">Sentences of more words than this are reported; at least 1.</param>
    public PL2009LongSentence(int maxWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        _maxWords = maxWords;
    }

    /// <summary>The limit: sentences of more words than this are reported.</summary>
    public int MaxWords => _maxWords;

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(OnSentence);
    }

    private static bool HasProsePunctuation(Text.Sentence sentence) =>
        sentence.Tokens.Any(t => t.Kind == Text.TokenKind.Punctuation && t.Lower is "," or "." or ";" or ":" or "?" or "!");

    private void OnSentence(SentenceContext context)
    {
        var sentence = context.Sentence;
        var block = sentence.Block;
        if (block.Kind is BlockKind.Heading or BlockKind.TableCell or BlockKind.HeaderFooter or BlockKind.BlockQuote or BlockKind.Comment ||
            AnalysisDocument.RoleOf(block) != SectionRole.Body ||
            context.Analysis.IsQuoted(block, sentence.Span))
        {
            return;
        }

        // Words inside quotation marks are someone else's: "The contract says '…'" is as long as its own words.
        int words = sentence.Tokens.Count(t => t.IsWordLike && !context.Analysis.IsQuoted(block, t.Span));
        if (words > _maxWords && HasProsePunctuation(sentence))
        {
            context.Report(sentence.Span, Rule.FormatMessage(words, _maxWords));
        }
    }
}
