using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// One region of a document in which a clause's elements are counted: its lead-in and every sentence that belongs to
/// it (<see cref="ClauseRegionScope"/> says which).
/// </summary>
/// <param name="Lead">The lead-in sentence (a heading for a section).</param>
/// <param name="Sentences">The region's sentences, in order.</param>
/// <param name="IsStatement">Whether the lead-in is a heading or the clause's own statement, not an incidental mention.</param>
internal sealed record ClauseRegion(Sentence Lead, IReadOnlyList<Sentence> Sentences, bool IsStatement)
{
    /// <summary>How many list items or table cells after a lead-in sentence still belong to it.</summary>
    private const int MaxFollowing = 40;

    /// <summary>
    /// The regions of a document, in order of their lead-ins; a lead-in inside an earlier region opens none of its own
    /// (the earlier region already holds everything it would).
    /// </summary>
    public static List<ClauseRegion> Find(AnalysisDocument analysis, RegionEvidence evidence, ClauseRegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(scope);
        var regions = new List<ClauseRegion>();
        var covered = new HashSet<int>();
        foreach (var (sentence, concepts) in evidence.Sentences)
        {
            if (covered.Contains(sentence.Index))
            {
                continue;
            }

            var opensSection = ClauseSpans.OpensSection(sentence.Block);
            var inGlossary = scope.ReadsDefinitions && AnalysisDocument.RoleOf(sentence.Block) == SectionRole.Glossary;
            var leads = (HoldsAny(concepts, scope.LeadIn) && (!scope.BindingLeadIn || ClauseEvidence.IsObligation(sentence))) ||
                        (opensSection && HoldsAny(concepts, scope.HeadingLeadIn));
            if (!leads && !(inGlossary && scope.GlossaryTerm.Any(concepts.Contains)))
            {
                continue;
            }

            var sentences = inGlossary && sentence.Block.Section is { } glossary && !opensSection
                ? OfSection(analysis, glossary, scope)
                : From(analysis, sentence, scope);
            regions.Add(new ClauseRegion(sentence, sentences, scope.Statement.Count == 0 || opensSection || HoldsAny(concepts, scope.Statement)));
            covered.UnionWith(sentences.Select(s => s.Index));
        }

        return regions;
    }

    /// <summary>True when the concepts hold every concept of at least one of the sets.</summary>
    public static bool HoldsAny(IReadOnlySet<string> concepts, IReadOnlyList<IReadOnlyList<string>> sets) =>
        sets.Any(set => set.Count > 0 && set.All(concepts.Contains));

    /// <summary>
    /// The sentences that belong to a lead-in: for the heading that opens a section, every sentence of the section
    /// (subsections included); otherwise the lead-in and the rest of its block (the whole block, when the scope says
    /// so), then the list items or table cells that follow.
    /// </summary>
    private static List<Sentence> From(AnalysisDocument analysis, Sentence lead, ClauseRegionScope scope)
    {
        var blocks = analysis.Document.Blocks;
        var result = new List<Sentence>();
        var block = lead.Block;
        if (ClauseSpans.OpensSection(block) && block.Section is { } section)
        {
            for (int i = block.Index; i < blocks.Count && ClauseSpans.Within(blocks[i], section); i++)
            {
                result.AddRange(analysis.SentencesOf(blocks[i]));
            }

            return result;
        }

        result.AddRange(analysis.SentencesOf(block).Where(s => scope.WholeBlock || s.Index >= lead.Index));
        for (int i = block.Index + 1, n = 0; i < blocks.Count; i++, n++)
        {
            var next = blocks[i];
            var listed = next.Kind is BlockKind.ListItem or BlockKind.TableCell;
            if (scope.ListsThroughSection)
            {
                // Past paragraphs between them, up to the next heading: "Each record must include:" may stand apart
                // from the duty to record.
                if (next.Kind == BlockKind.Heading || next.Section != block.Section)
                {
                    break;
                }
            }
            else if (!listed || n >= MaxFollowing)
            {
                break;
            }

            if (listed)
            {
                result.AddRange(analysis.SentencesOf(next));
            }
        }

        return result;
    }

    /// <summary>Every sentence of a section (subsections included).</summary>
    private static List<Sentence> OfSection(AnalysisDocument analysis, Section section, ClauseRegionScope scope)
    {
        var heading = analysis.SentencesOf(section.Heading);
        return From(analysis, heading.Count > 0 ? heading[0] : analysis.Sentences.First(s => s.Block.Index >= section.Heading.Index), scope);
    }

    /// <summary>
    /// The region's own statement: the lead-in, or under a heading the first sentence of the section that is itself a
    /// lead-in or a statement of the clause.
    /// </summary>
    public Sentence? OwnStatement(RegionEvidence evidence, ClauseRegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(scope);
        return Lead.Block.Kind != BlockKind.Heading
            ? Lead
            : Sentences.FirstOrDefault(s => s.Block.Kind != BlockKind.Heading &&
                                            (HoldsAny(evidence.ConceptsOf(s), scope.LeadIn) || HoldsAny(evidence.ConceptsOf(s), scope.Statement)));
    }
}
