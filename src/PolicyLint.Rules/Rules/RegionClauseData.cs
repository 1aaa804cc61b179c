namespace PolicyLint.Rules.Rules;

/// <summary>A region clause's data, for the catalogue's checks.</summary>
/// <param name="Scope">Where the elements must stand together.</param>
/// <param name="Elements">The elements.</param>
/// <param name="Concepts">The concepts the rule registers.</param>
/// <param name="Messages">Every message the rule can give.</param>
/// <param name="NearMissConcepts">The concepts that mark a near miss.</param>
/// <param name="QuietWithoutRegion">Whether a document without a region gets no finding (another rule reports the gap).</param>
internal sealed record RegionClauseData(
    ClauseRegionScope Scope,
    IReadOnlyList<ClauseRegionElement> Elements,
    IReadOnlySet<string> Concepts,
    IReadOnlyList<string> Messages,
    IReadOnlyList<string> NearMissConcepts,
    bool QuietWithoutRegion);
