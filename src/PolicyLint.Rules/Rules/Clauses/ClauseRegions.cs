using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// Forwarding names kept for callers written before the region evaluator: regions themselves are now
/// <see cref="ClauseRegion"/>, read by <see cref="RegionClauseRule"/>, and the helpers live in <see cref="ClauseSpans"/>.
/// </summary>
internal static class ClauseRegions
{
    /// <inheritdoc cref="ClauseSpans.BodyOf"/>
    public static Block? BodyOf(AnalysisDocument analysis, Block? block) => ClauseSpans.BodyOf(analysis, block);

    /// <inheritdoc cref="ClauseSpans.JoinList"/>
    public static string JoinList(IReadOnlyList<string> items) => ClauseSpans.JoinList(items);

    /// <inheritdoc cref="ClauseSpans.Cover"/>
    public static TextSpan Cover(IEnumerable<Sentence> sentences) => ClauseSpans.Cover(sentences);

    /// <inheritdoc cref="ClauseSpans.WithoutHeadings"/>
    public static List<Sentence> WithoutHeadings(IEnumerable<Sentence> sentences) => ClauseSpans.WithoutHeadings(sentences);
}
