using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1017: restrictive practice is defined, covering the seven types the guidance names.</summary>
public sealed class PL1017RestrictivePracticeDefinition : RegionClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1017",
        "RestrictivePracticeDefinition",
        "Define restrictive practice, covering every type",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Info,
        "The document should define restrictive practice broadly enough that staff recognise its subtle forms, covering " +
        "at least physical, chemical, mechanical and environmental restraint, seclusion / enforced isolation, long-term " +
        "segregation, and psychological restraint / coercion. The definition is looked for in a definitions or glossary " +
        "section that defines restrictive practice (or restrictive intervention), in a section headed as a definition " +
        "(\"What is restrictive practice?\", \"Types of restrictive practice\"), and in a sentence such as \"restrictive " +
        "practice means / includes / is defined as / covers…\" together with the list items or table cells that follow " +
        "it. Present: the seven types are covered. Partial: a definition that leaves types out, reported once on the " +
        "definition with the missing types named. Missing: no definition; pointed at a paragraph that names several " +
        "types without defining the term, if any. Quoted definitions (\"CQC defines it as '…'\"), cited titles, " +
        "references, terms-to-avoid lists and negated mentions do not count.",
        [Sources.Rrn("§11 Definitions"), Sources.Lga("Definitions"), Sources.Nhse("Mental Health Units (Use of Force) Act 2018")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <summary>The types a definition must cover, in the order messages list them.</summary>
    private static readonly ClauseRegionElement[] Types =
    [
        new("physical", "physical restraint"),
        new("chemical", "chemical restraint"),
        new("mechanical", "mechanical restraint"),
        new("environmental", "environmental restraint"),
        new("seclusion", "seclusion / enforced isolation"),
        new("segregation", "long-term segregation"),
        new("psychological", "psychological restraint / coercion"),
    ];

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("~term", "restrictive =practice|=practices|=intervention|=interventions"),
        .. Concept("~defines", "restrictive =practice|=practices|=intervention|=interventions ~4 =means|=mean|=meaning|=include|=includes|=covers|=cover|=encompasses|=encompass|=defined|=define|=definition|=refers|=refer|=describes",
            "=define|=defining|=definition|=definitions|=meaning ?of restrictive =practice|=practices|=intervention|=interventions",
            "=types|=type|=forms|=form|=kinds|=kind|=examples ?of restrictive =practice|=practices|=intervention|=interventions",
            "=what =is|=are restrictive =practice|=practices|=intervention|=interventions",
            "restrictive =practice|=practices|=intervention|=interventions ~3 =umbrella =term"),
        .. Concept("physical", "=physical", "=hands ?- =on"),
        .. Concept("chemical", "=chemical", "=medication|=medicines|=medicine|=sedation|=sedative|=sedatives|=psychotropic|=prn"),
        .. Concept("mechanical", "=mechanical", "=handcuffs|=splints|=splint|=straps|=belts|=cuffs", "=restraint|=restraining|=restrictive =belt|=belts|=device|=devices|=equipment"),
        .. Concept("environmental", "=environmental", "=locked|=locking ~2 =doors|=door|=gates|=gate", "=restricting|=restrict =access"),
        .. Concept("seclusion", "=seclusion|=secluded|=secluding", "=enforced ?- =isolation", "=solitary =confinement", "=isolation|=isolating|=isolate"),
        .. Concept("segregation", "=segregation|=segregated|=segregating"),
        .. Concept("psychological", "=psychological|=psychologically", "coerci*", "=coerce|=coerced|=coercing", "=threats|=threat|=threatening|=intimidation"),
    ];

    /// <summary>
    /// A definition opens at "restrictive practice means / includes / is defined as…" or a heading such as "What is
    /// restrictive practice?", or at the term itself in a definitions or glossary section (the whole section is read);
    /// the region covering the most types is the definition.
    /// </summary>
    protected override ClauseRegionScope Scope { get; } = new()
    {
        LeadIn = [["~defines"]],
        GlossaryTerm = ["~term"],
        ReadsDefinitions = true,
    };

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseRegionElement> Elements => Types;

    /// <inheritdoc/>
    protected override string PresentMessage => "Restrictive practice is defined, covering all seven types.";

    /// <inheritdoc/>
    protected override string PartialMessage => "The definition of restrictive practice does not cover {missing}";

    /// <inheritdoc/>
    protected override string NoElementsMessage => "Restrictive practice is defined but none of its types is named: add {missing}";

    /// <inheritdoc/>
    protected override string MissingMessage =>
        "does not define restrictive practice (physical, chemical, mechanical and environmental restraint, seclusion / enforced isolation, long-term segregation, psychological restraint / coercion)";

    /// <inheritdoc/>
    protected override string Topic => "types of restrictive practice";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => [.. Types.Select(t => t.Concept)];

    /// <inheritdoc/>
    protected override int NearMissMinimum => 3;
}
