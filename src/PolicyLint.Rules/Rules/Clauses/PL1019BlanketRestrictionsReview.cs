using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1019: blanket restrictions are identified, challenged and reviewed.</summary>
public sealed class PL1019BlanketRestrictionsReview : RegionClauseRule
{
    private static readonly ClauseRegionElement[] Actions =
    [
        new("identify", "identified"),
        new("challenge", "challenged"),
        new("review", "reviewed"),
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

    /// <summary>
    /// Any mention of blanket restrictions leads, with its whole paragraph and the list items after it, or the section
    /// under a heading that names them; the region holding the most of the three steps is judged.
    /// </summary>
    protected override ClauseRegionScope Scope { get; } = new()
    {
        LeadIn = [["~blanket"]],
        WholeBlock = true,
    };

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseRegionElement> Elements => Actions;

    /// <inheritdoc/>
    protected override string PresentMessage => "Blanket restrictions are required to be identified, challenged and reviewed.";

    /// <inheritdoc/>
    protected override string PartialMessage => "Blanket restrictions are mentioned but not required to be {missing}";

    /// <inheritdoc/>
    protected override string MissingMessage =>
        "does not require blanket restrictions (rules applied to everyone regardless of individual risk) to be identified, challenged and reviewed";

    /// <inheritdoc/>
    protected override string Topic => "reviewing restrictions";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissTogether => ["restriction", "review"];
}
