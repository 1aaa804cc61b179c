using System.Globalization;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// A required clause whose elements must co-occur within a region, as data: a lead-in ("Restrictive practice
/// includes:", a "Contract monitoring" heading, the term in a glossary) opens a region (<see cref="ClauseRegionScope"/>),
/// the elements (<see cref="ClauseRegionElement"/>) are counted inside it, and the ladder says present when all are
/// there, partial (naming the missing ones) when some are, and missing — pointed at the near miss — when there is no
/// region. One evaluator reads every such rule.
/// </summary>
public abstract class RegionClauseRule : DataClauseRule
{
    /// <summary>How far back from a listed element its lead-in sentence is looked for.</summary>
    private const int MaxLeadInDistance = 60;

    /// <summary>Where the elements must stand together.</summary>
    protected abstract ClauseRegionScope Scope { get; }

    /// <summary>The elements, in the guidance's order (messages list the missing ones in this order).</summary>
    protected abstract IReadOnlyList<ClauseRegionElement> Elements { get; }

    /// <summary>The explanation of a present clause.</summary>
    protected abstract string PresentMessage { get; }

    /// <summary>The finding of a partial clause: <c>{missing}</c> is replaced by the missing elements, <c>{count}</c> by how many.</summary>
    protected abstract string PartialMessage { get; }

    /// <summary>The finding when a region holds none of the elements, if it differs from <see cref="PartialMessage"/>.</summary>
    protected virtual string? NoElementsMessage => null;

    /// <summary>Whether the missing elements are listed with semicolons (long names) rather than as "a, b and c".</summary>
    protected virtual bool ListsMissingWithSemicolons => false;

    /// <summary>
    /// Concepts that must stand together in one sentence to mark the near miss of a document without a region (the
    /// first such sentence); none means the near miss is found from <see cref="DataClauseRule.NearMissConcepts"/>.
    /// </summary>
    protected virtual IReadOnlyList<string> NearMissTogether => [];

    /// <summary>
    /// When set, a document without a region records the clause as missing with this explanation and reports nothing
    /// (another rule already reports the gap the region depends on).
    /// </summary>
    protected virtual string? QuietWithoutRegion => null;

    /// <summary>The data, for the catalogue's checks.</summary>
    internal RegionClauseData Data => new(Scope, Elements, ConceptNames,
        [PresentMessage, PartialMessage, NoElementsMessage ?? PartialMessage, MissingMessage, Topic, .. QuietWithoutRegion is { } quiet ? [quiet] : Array.Empty<string>()],
        [.. NearMissConcepts, .. NearMissTogether], QuietWithoutRegion is not null);

    /// <inheritdoc/>
    protected sealed override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var scope = Scope;
        var index = scope.ReadsDefinitions ? RegionEvidence.WithDefinitions(context) : RegionEvidence.OwnVoice(evidence);
        var regions = ClauseRegion.Find(context.Analysis, index, scope);
        if (regions.Count == 0)
        {
            WithoutRegion(context, evidence);
            return;
        }

        var judged = regions.Select(r => (Region: r, Found: Locate(index, r))).ToList();
        (ClauseRegion Region, Dictionary<string, Sentence> Found) principal;
        Dictionary<string, Sentence> found;
        if (scope.Combination == RegionCombination.BestRegion)
        {
            // The region covering the most elements decides, the earliest on a tie: not pieced together from scattered mentions.
            principal = judged.OrderByDescending(j => j.Found.Count).ThenByDescending(j => j.Region.IsStatement).First();
            found = principal.Found;
        }
        else
        {
            // Every region counts; the principal evidence comes from the clause's own statement before an incidental mention.
            var stating = judged.Where(j => j.Found.Count > 0).ToList();
            principal = stating.Count > 0 ? stating.OrderByDescending(j => j.Region.IsStatement).First() : judged[0];
            found = new Dictionary<string, Sentence>(StringComparer.Ordinal);
            foreach (var (concept, sentence) in judged.SelectMany(j => j.Found))
            {
                found.TryAdd(concept, sentence);
            }
        }

        var elements = Elements.Select(e => found.TryGetValue(e.Concept, out var at) ? ClauseElement.At(e.Name, at.Span) : ClauseElement.Absent(e.Name)).ToArray();
        var missing = Elements.Where(e => !found.ContainsKey(e.Concept)).Select(e => e.Name).ToList();
        var span = scope.Evidence switch
        {
            RegionEvidenceShown.LeadIn => principal.Region.Lead.Span,
            RegionEvidenceShown.ElementsIntroduced => Introduced(context.Analysis, index, principal.Region, scope),
            _ => ClauseSpans.Cover([principal.Region.Lead, .. principal.Region.Sentences.Where(s => States(index, s))]),
        };

        if (missing.Count == 0)
        {
            Present(context, span, PresentMessage, elements);
        }
        else if (found.Count > 0)
        {
            Partial(context, span, Format(PartialMessage, missing), elements);
        }
        else if (scope.WithoutElements == RegionWithoutElements.Partial)
        {
            Partial(context, span, Format(NoElementsMessage ?? PartialMessage, missing), elements);
        }
        else if (scope.WithoutElements == RegionWithoutElements.MissingAtRegion)
        {
            var message = Format(NoElementsMessage ?? PartialMessage, missing);
            context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, message, span) { Elements = elements });
            context.Report(span, message);
        }
        else
        {
            Missing(context, ClauseSpans.BodyOf(context.Analysis, regions[0].Lead.Block), MissingMessage, Topic);
        }
    }

    private void WithoutRegion(DocumentEndContext context, ClauseEvidence evidence)
    {
        if (QuietWithoutRegion is { } explanation)
        {
            context.ReportClause(new ClauseResult(context.Rule.Id, ClauseStatus.Missing, explanation, null));
            return;
        }

        if (NearMissTogether.Count > 0)
        {
            var nearMiss = evidence.AllWith([.. NearMissTogether]).FirstOrDefault()?.Block;
            Missing(context, ClauseSpans.BodyOf(context.Analysis, nearMiss), MissingMessage, Topic);
            return;
        }

        ReportMissing(context, evidence);
    }

    // The first sentence of the region stating each element.
    private Dictionary<string, Sentence> Locate(RegionEvidence index, ClauseRegion region)
    {
        var found = new Dictionary<string, Sentence>(StringComparer.Ordinal);
        foreach (var sentence in region.Sentences)
        {
            var concepts = index.ConceptsOf(sentence);
            foreach (var element in Elements)
            {
                if (concepts.Contains(element.Concept))
                {
                    found.TryAdd(element.Concept, sentence);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Where the elements are introduced: the first sentence of the region stating one; for elements listed as items or
    /// in a table, the sentence before the list when it ends in a colon ("The Provider shall report to the Council each
    /// quarter:"), or else the region's own statement ("The Council will monitor the Provider's performance…" above a
    /// KPI table), since a plain sentence before a table is not what the table belongs to.
    /// </summary>
    private TextSpan Introduced(AnalysisDocument analysis, RegionEvidence index, ClauseRegion region, ClauseRegionScope scope)
    {
        var first = region.Sentences.FirstOrDefault(s => States(index, s));
        if (first is null)
        {
            return region.Lead.Span;
        }

        if (first.Block.Kind is BlockKind.ListItem or BlockKind.TableCell)
        {
            for (int i = first.Index - 1; i >= 0 && i >= first.Index - MaxLeadInDistance; i--)
            {
                var s = analysis.Sentences[i];
                if (s.Block.Kind is BlockKind.ListItem or BlockKind.TableCell)
                {
                    continue;
                }

                if (s.Block.Kind == BlockKind.Heading)
                {
                    return first.Span;
                }

                return analysis.GetText(s.Span).TrimEnd().EndsWith(':')
                    ? s.Span
                    : (region.OwnStatement(index, scope) ?? s).Span;
            }
        }

        return first.Span;
    }

    private bool States(RegionEvidence index, Sentence sentence)
    {
        var concepts = index.ConceptsOf(sentence);
        return Elements.Any(e => concepts.Contains(e.Concept));
    }

    private string Format(string template, List<string> missing) => template
        .Replace("{count}", missing.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{missing}", ListsMissingWithSemicolons ? string.Join("; ", missing) : ClauseSpans.JoinList(missing), StringComparison.Ordinal);
}
