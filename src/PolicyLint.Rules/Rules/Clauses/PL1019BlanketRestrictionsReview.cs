using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1019: blanket restrictions are identified, challenged and reviewed.</summary>
public sealed class PL1019BlanketRestrictionsReview : ClauseRule
{
    private static readonly (string Concept, string Verb)[] Actions =
    [
        ("identify", "identified"),
        ("challenge", "challenged"),
        ("review", "reviewed"),
    ];

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1019",
        "BlanketRestrictionsReview",
        "Require blanket restrictions to be identified, challenged and reviewed",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Info,
        "Blanket restrictions (rules applied to everyone regardless of individual risk) are an indicator of a closed " +
        "culture; the CQC expects them to be challenged. The document should require blanket restrictions to be " +
        "identified (recognised, audited, recorded), challenged (questioned, justified or removed) and reviewed. " +
        "Present: a paragraph that names blanket restrictions (or rules applied to everyone), with the list items or " +
        "the section under it, holds all three. Partial: blanket restrictions named without all three, including " +
        "\"we do not use blanket restrictions\" with no way of finding them; the message names the missing steps. " +
        "Missing: pointed at a paragraph that requires restrictions to be reviewed without mentioning blanket ones, if " +
        "any. Quoted, cited and negated actions (\"blanket restrictions are not reviewed\") do not count. The rule does " +
        "not judge whether a given rule is a blanket restriction: that is PL3005.",
        [Sources.Lga("CQC policy position statement 2023"), Sources.Rrn("§3 Language and culture")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("~blanket", "=blanket ?- =restriction|=restrictions|=rule|=rules|=policy|=policies|=practice|=practices|=ban|=bans|=approach|=approaches|=restrictive",
            "=rules|=restrictions =applied|=apply|=applying ~2 =to =everyone|=all",
            "=global =restriction|=restrictions"),
        .. Concept("identify", "identif*", "recogni*", "audit*", "=recorded|=listed|=logged|=register|=registers|=spot|=spotted|=noticed"),
        .. Concept("challenge", "=challenge|=challenged|=challenges", "=challenging =blanket", "=question|=questioned|=questioning",
            "=justify|=justified|=justification", "=remove|=removed|=removing|=eliminate|=eliminated|=lift|=lifted"),
        .. Concept("review", "=review|=reviewed|=reviews|=reviewing", "=reassess|=reassessed", "=evaluate|=evaluated"),
        .. Concept("restriction", "=restriction|=restrictions", "restrictive =practice|=practices"),
    ];

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        var analysis = context.Analysis;
        (List<Sentence> Shown, HashSet<string> Found)? best = null;
        foreach (var lead in evidence.AllWith("~blanket"))
        {
            var start = lead.Block.Kind == Syntax.BlockKind.Heading ? lead : analysis.SentencesOf(lead.Block)[0];
            var region = ClauseRegions.From(analysis, start);
            var found = new HashSet<string>(StringComparer.Ordinal);
            var isHeading = lead.Block.Kind == Syntax.BlockKind.Heading;
            var shown = isHeading ? new List<Sentence>() : [lead];
            foreach (var s in region)
            {
                var concepts = evidence.ConceptsOf(s);
                var here = Actions.Where(a => concepts.Contains(a.Concept) && !found.Contains(a.Concept)).ToList();
                if (here.Count > 0)
                {
                    found.UnionWith(here.Select(a => a.Concept));
                    shown.Add(s);
                }
            }

            if (shown.Count == 0)
            {
                shown.Add(lead);
            }

            if (best is null || found.Count > best.Value.Found.Count)
            {
                best = (shown, found);
            }
        }

        if (best is { } b)
        {
            var span = ClauseRegions.Cover(b.Shown);
            var missing = Actions.Where(a => !b.Found.Contains(a.Concept)).Select(a => a.Verb).ToList();
            if (missing.Count == 0)
            {
                Present(context, span, "Blanket restrictions are required to be identified, challenged and reviewed.");
                return;
            }

            Partial(context, span, $"Blanket restrictions are mentioned but not required to be {ClauseRegions.JoinList(missing)}");
            return;
        }

        var nearMiss = evidence.AllWith("restriction", "review").FirstOrDefault()?.Block;
        Missing(context, ClauseRegions.BodyOf(analysis, nearMiss), "does not require blanket restrictions (rules applied to everyone regardless of individual risk) to be identified, challenged and reviewed", "reviewing restrictions");
    }
}
