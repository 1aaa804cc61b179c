using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Learning;

/// <summary>
/// The learned second opinion on a required clause the rules found missing or partial: the document's own prose
/// sentence that <see cref="ClauseClassifier"/> reads most confidently as stating the clause in other words. It never
/// decides a clause: a hit turns the decision into <see cref="ClauseStatus.Uncertain"/> ("possibly stated here — check").
/// </summary>
public static class SecondOpinion
{
    /// <summary>
    /// The probability a sentence needs, well above the classifier's near-miss threshold: "possibly stated" is shown
    /// to a person, so it must rarely be wrong.
    /// </summary>
    public const double MinProbability = 0.8;

    /// <summary>The fewest words a sentence needs to be read: headings and fragments say too little.</summary>
    public const int MinWords = 8;

    /// <summary>The block roles the model reads: prose, list items, table cells and notes (kind detection reads the same).</summary>
    internal static readonly HashSet<BlockRole> ProseRoles = [BlockRole.Body, BlockRole.ListItem, BlockRole.TableCell, BlockRole.Note];

    /// <summary>
    /// The sentence most probably stating <paramref name="ruleId"/>'s clause, with its probability, outside
    /// <paramref name="exclude"/> (the sentences the rules already judged); null when none reaches
    /// <see cref="MinProbability"/> with the rule as its most probable label.
    /// </summary>
    public static (Sentence Sentence, double Probability)? PossiblyStated(AnalysisDocument analysis, string ruleId, IReadOnlySet<Sentence>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(ruleId);
        (Sentence, double)? best = null;
        foreach (var (sentence, scores) in analysis.ClauseScores)
        {
            if (exclude is not null && exclude.Contains(sentence))
            {
                continue;
            }

            var (top, p) = scores.Top;
            if (top == ruleId && p >= MinProbability && (best is null || p > best.Value.Item2))
            {
                best = (sentence, p);
            }
        }

        return best;
    }

    /// <summary>
    /// The sentences the second opinion reads: the document's own plain affirmative prose of at least
    /// <see cref="MinWords"/> words. A sentence with a negation or prohibition, or with anything in quotation marks, is
    /// left to the rules, which read scope; the model does not.
    /// </summary>
    internal static bool Reads(AnalysisDocument analysis, Sentence sentence) =>
        ProseRoles.Contains(sentence.Block.Role) &&
        AnalysisDocument.RoleOf(sentence.Block) == SectionRole.Body &&
        sentence.Tokens.Count(t => t.Kind == TokenKind.Word) >= MinWords &&
        !sentence.Tokens.Any(Negation.IsCue) &&
        !sentence.Tokens.Any(t => t.Lower is "no" or "without") &&
        !analysis.HasQuotation(sentence) &&
        analysis.NotOwnVoice(sentence, sentence.Span) is null;
}
