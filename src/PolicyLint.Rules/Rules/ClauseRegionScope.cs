namespace PolicyLint.Rules.Rules;

/// <summary>
/// Where the elements of a <see cref="RegionClauseRule"/> must stand together, as data: a region opens at a lead-in
/// (a sentence holding one of <see cref="LeadIn"/>, a heading holding one of <see cref="HeadingLeadIn"/>, or the
/// defined term in a glossary) and spans the rest of its block and the list items or table cells that follow, the
/// section under a heading, or the whole glossary.
/// </summary>
public sealed record ClauseRegionScope
{
    /// <summary>Concept sets any one of which (all its concepts in one sentence) makes a sentence a lead-in.</summary>
    public IReadOnlyList<IReadOnlyList<string>> LeadIn { get; init; } = [];

    /// <summary>Further concept sets that make the heading opening a section a lead-in; its region is the section.</summary>
    public IReadOnlyList<IReadOnlyList<string>> HeadingLeadIn { get; init; } = [];

    /// <summary>
    /// Concepts, any one of which marks the defined term in a glossary or definitions section; the whole section is
    /// then the region. Only read with <see cref="ReadsDefinitions"/>.
    /// </summary>
    public IReadOnlyList<string> GlossaryTerm { get; init; } = [];

    /// <summary>Whether a lead-in sentence must state an obligation (shall, must, a requirement list's item…).</summary>
    public bool BindingLeadIn { get; init; }

    /// <summary>
    /// Whether the region takes in the whole block of a lead-in sentence, the sentences before it included (a topic
    /// sentence that comes second: "These are reviewed monthly. Blanket restrictions are listed in the register.").
    /// </summary>
    public bool WholeBlock { get; init; }

    /// <summary>
    /// Whether list items and table cells further on in the section, past paragraphs between them, still belong to
    /// a lead-in sentence (up to the next heading); otherwise the region stops at the first block that is neither.
    /// </summary>
    public bool ListsThroughSection { get; init; }

    /// <summary>
    /// Whether glossary and definitions sections are read: a definition lives there, though the document's own voice
    /// usually leaves them out. Quotations, cited titles, references, terms-to-avoid lists and negated mentions still
    /// do not count.
    /// </summary>
    public bool ReadsDefinitions { get; init; }

    /// <summary>
    /// Concept sets that mark a lead-in as the clause's own statement (the commissioner monitoring, the provider
    /// reporting to the commissioner) rather than an incidental mention ("available at contract monitoring visits"):
    /// a region led by such a sentence, or by a heading, gives the principal evidence before any other.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Statement { get; init; } = [];

    /// <summary>How the elements of several regions combine.</summary>
    public RegionCombination Combination { get; init; } = RegionCombination.BestRegion;

    /// <summary>Which sentences the decision shows as its principal evidence.</summary>
    public RegionEvidenceShown Evidence { get; init; } = RegionEvidenceShown.LeadInAndElements;

    /// <summary>What a region holding none of the elements decides.</summary>
    public RegionWithoutElements WithoutElements { get; init; } = RegionWithoutElements.Partial;

    /// <summary>Every concept the scope names, for the catalogue's checks of the data.</summary>
    internal IEnumerable<string> ConceptNames =>
        LeadIn.Concat(HeadingLeadIn).Concat(Statement).SelectMany(s => s).Concat(GlossaryTerm);
}

/// <summary>How the elements found in several regions combine into one decision.</summary>
public enum RegionCombination
{
    /// <summary>The region holding the most elements decides (the earliest on a tie); definitions are not pieced together.</summary>
    BestRegion,

    /// <summary>Every region counts (monitoring described in several places of a specification).</summary>
    AllRegions,
}

/// <summary>The principal evidence of a region clause.</summary>
public enum RegionEvidenceShown
{
    /// <summary>From the lead-in to the last sentence that first states an element.</summary>
    LeadInAndElements,

    /// <summary>The lead-in sentence alone (the clause the elements belong to).</summary>
    LeadIn,

    /// <summary>
    /// Where the elements are introduced: the first sentence stating one; for elements listed as items or in a table,
    /// the sentence ending in a colon that introduces them, or else the region's own statement.
    /// </summary>
    ElementsIntroduced,
}

/// <summary>What a region holding none of a clause's elements decides.</summary>
public enum RegionWithoutElements
{
    /// <summary>Partial, on the region: the topic is there, its substance is not.</summary>
    Partial,

    /// <summary>Missing, reported on the region's evidence (the clause this rule asks for is absent from it).</summary>
    MissingAtRegion,

    /// <summary>Missing, pointed at the first region as the near miss.</summary>
    MissingNearMiss,
}
