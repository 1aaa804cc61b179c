using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1017: restrictive practice is defined, covering the seven types the guidance names.</summary>
public sealed partial class PL1017RestrictivePracticeDefinition : ClauseRule
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
    private static readonly (string Concept, string Name)[] Types =
    [
        ("physical", "physical restraint"),
        ("chemical", "chemical restraint"),
        ("mechanical", "mechanical restraint"),
        ("environmental", "environmental restraint"),
        ("seclusion", "seclusion / enforced isolation"),
        ("segregation", "long-term segregation"),
        ("psychological", "psychological restraint / coercion"),
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

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var analysis = context.Analysis;
        var concepts = Collect(context);

        // Lead-ins: a definition sentence or heading in the body, or the term itself in a definitions section.
        var regions = new List<(Sentence Lead, IReadOnlyList<Sentence> Sentences)>();
        var covered = new HashSet<Sentence>();
        foreach (var (sentence, set) in concepts.OrderBy(kv => kv.Key.Span.Start).Select(kv => (kv.Key, kv.Value)))
        {
            if (covered.Contains(sentence))
            {
                continue;
            }

            var inGlossary = AnalysisDocument.RoleOf(sentence.Block) == SectionRole.Glossary;
            if (!set.Contains("~defines") && !(inGlossary && set.Contains("~term")))
            {
                continue;
            }

            var region = inGlossary && sentence.Block.Section is { } glossary && !IsHeadingOf(sentence)
                ? ClauseRegions.OfSection(analysis, glossary)
                : ClauseRegions.From(analysis, sentence);
            regions.Add((sentence, region));
            covered.UnionWith(region);
        }

        if (regions.Count == 0)
        {
            Missing(context, ClauseRegions.BodyOf(analysis, evidence.NearMiss(3, [.. Types.Select(t => t.Concept)])),
                "does not define restrictive practice (physical, chemical, mechanical and environmental restraint, seclusion / enforced isolation, long-term segregation, psychological restraint / coercion)",
                "types of restrictive practice");
            return;
        }

        // The definition is the region covering the most types (the earliest on a tie): definitions are not pieced
        // together from scattered mentions.
        var found = new HashSet<string>(StringComparer.Ordinal);
        var contributing = new List<Sentence>();
        foreach (var (lead, region) in regions)
        {
            var here = region.SelectMany(s => concepts.TryGetValue(s, out var c) ? c : []).Where(c => !c.StartsWith('~')).ToHashSet(StringComparer.Ordinal);
            if (here.Count > found.Count)
            {
                found = here;
                contributing = [lead, .. region.Where(s => concepts.TryGetValue(s, out var c) && c.Any(x => !x.StartsWith('~')))];
            }
        }

        var missing = Types.Where(t => !found.Contains(t.Concept)).Select(t => t.Name).ToList();
        if (missing.Count == 0)
        {
            Present(context, ClauseRegions.Cover(contributing), "Restrictive practice is defined, covering all seven types.");
            return;
        }

        var span = contributing.Count > 0 ? ClauseRegions.Cover(contributing) : regions[0].Lead.Span;
        Partial(context, span, missing.Count == Types.Length
            ? $"Restrictive practice is defined but none of its types is named: add {ClauseRegions.JoinList(missing)}"
            : $"The definition of restrictive practice does not cover {ClauseRegions.JoinList(missing)}");
    }

    /// <summary>
    /// The concepts of each sentence, keeping definitions and glossary sections (which <see cref="ClauseEvidence"/>
    /// drops as not the document's own voice) but not quotations, cited titles, references, terms-to-avoid lists or
    /// negated mentions.
    /// </summary>
    private static Dictionary<Sentence, HashSet<string>> Collect(DocumentEndContext context)
    {
        var analysis = context.Analysis;
        var result = new Dictionary<Sentence, HashSet<string>>();
        foreach (var (sentence, match) in context.ConceptMatches)
        {
            var name = (string)match.Phrase.Data!;
            var role = AnalysisDocument.RoleOf(sentence.Block);
            if (role == SectionRole.References ||
                (role == SectionRole.Glossary && sentence.Block.Section is { } s && AvoidList().IsMatch(s.Title)) ||
                (analysis.IsQuoted(sentence.Block, match.Span) && !(name.StartsWith('~') && role == SectionRole.Glossary && sentence.Block.Kind != BlockKind.BlockQuote)) ||
                Scopes.InCitation(analysis.Text, sentence.Span, match.Span) ||
                (!name.StartsWith('~') && Negation.IsNegated(sentence.Tokens, match.FirstToken, match.LastToken)))
            {
                continue;
            }

            if (!result.TryGetValue(sentence, out var set))
            {
                result[sentence] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(name);
        }

        return result;
    }

    private static bool IsHeadingOf(Sentence sentence) =>
        sentence.Block.Kind == BlockKind.Heading && sentence.Block.Section?.Heading == sentence.Block;

    [GeneratedRegex(@"\bavoid\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AvoidList();
}
