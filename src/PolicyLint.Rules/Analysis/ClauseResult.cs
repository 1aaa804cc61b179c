using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// A required-clause decision with its evidence: the sentence that satisfies it (or the nearest paragraph), and, where
/// the rule has several elements, each element with the sentence that states it or none.
/// </summary>
/// <param name="RuleId">The clause rule.</param>
/// <param name="Status">Present, partial, missing or uncertain.</param>
/// <param name="Explanation">What was looked for and what was found or is missing.</param>
/// <param name="Evidence">The principal evidence span (the sentence a reviewer should read first), if any.</param>
public sealed record ClauseResult(string RuleId, ClauseStatus Status, string Explanation, TextSpan? Evidence)
{
    /// <summary>The clause's elements, found and missing, in the rule's order (empty for single-element rules).</summary>
    public IReadOnlyList<ClauseElement> Elements { get; init; } = [];

    /// <summary>
    /// Every evidence span: the principal one first, then the other elements' spans in document order, without
    /// repeats.
    /// </summary>
    public IReadOnlyList<TextSpan> AllEvidence
    {
        get
        {
            var spans = new List<TextSpan>();
            if (Evidence is { } e)
            {
                spans.Add(e);
            }

            foreach (var span in Elements.Where(x => x.Evidence is not null).Select(x => x.Evidence!.Value).OrderBy(s => s.Start))
            {
                if (!spans.Contains(span))
                {
                    spans.Add(span);
                }
            }

            return spans;
        }
    }

    /// <summary>The rule's decision before a second opinion changed it (set only for <see cref="ClauseStatus.Uncertain"/>).</summary>
    public ClauseStatus? RuleStatus { get; init; }
}
