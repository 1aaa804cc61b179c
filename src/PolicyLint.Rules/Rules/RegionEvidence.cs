using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// The concepts each sentence holds, as a region clause reads them: the document's own voice
/// (<see cref="ClauseEvidence"/>), or that voice with its glossary and definitions sections put back, for a clause
/// that is itself a definition.
/// </summary>
internal sealed partial class RegionEvidence
{
    private static readonly IReadOnlySet<string> NoConcepts = new HashSet<string>();

    private readonly Dictionary<int, IReadOnlySet<string>> _bySentence;

    private RegionEvidence(IReadOnlyList<(Sentence Sentence, IReadOnlySet<string> Concepts)> sentences)
    {
        Sentences = sentences;
        _bySentence = sentences.ToDictionary(s => s.Sentence.Index, s => s.Concepts);
    }

    /// <summary>Sentences holding at least one concept, in document order.</summary>
    public IReadOnlyList<(Sentence Sentence, IReadOnlySet<string> Concepts)> Sentences { get; }

    /// <summary>The concepts of a sentence (empty if none).</summary>
    public IReadOnlySet<string> ConceptsOf(Sentence sentence) =>
        _bySentence.TryGetValue(sentence.Index, out var concepts) ? concepts : NoConcepts;

    /// <summary>The document's own voice, as every clause rule reads it.</summary>
    public static RegionEvidence OwnVoice(ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new RegionEvidence([.. evidence.Sentences.OrderBy(s => s.Sentence.Index)]);
    }

    /// <summary>
    /// The own voice with glossary and definitions sections kept (a definition lives there), but not quotations
    /// (a term's own label in a glossary excepted), cited titles, references, terms-to-avoid lists or negated mentions.
    /// </summary>
    public static RegionEvidence WithDefinitions(DocumentEndContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        var result = new Dictionary<Sentence, HashSet<string>>();
        foreach (var (sentence, match) in context.ConceptMatches)
        {
            var name = (string)match.Phrase.Data!;
            var label = name.StartsWith('~');
            var role = AnalysisDocument.RoleOf(sentence.Block);
            if (role == SectionRole.References ||
                (role == SectionRole.Glossary && sentence.Block.Section is { } s && AvoidList().IsMatch(s.Title)) ||
                (analysis.IsQuoted(sentence.Block, match.Span) && !(label && role == SectionRole.Glossary && sentence.Block.Kind != BlockKind.BlockQuote)) ||
                Scopes.InCitation(analysis.Text, sentence.Span, match.Span) ||
                (!label && Negation.IsNegated(sentence.Tokens, match.FirstToken, match.LastToken)))
            {
                continue;
            }

            if (!result.TryGetValue(sentence, out var set))
            {
                result[sentence] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(name);
        }

        return new RegionEvidence([.. result.OrderBy(kv => kv.Key.Index).Select(kv => (kv.Key, (IReadOnlySet<string>)kv.Value))]);
    }

    [GeneratedRegex(@"\bavoid\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvoidList();
}
