using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1004: information on people's rights about restrictions and use of force, with a copy for everyone supported.</summary>
public sealed class PL1004RightsInformation : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1004",
        "RightsInformation",
        "Publish information on people's rights and give everyone a copy",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must publish information on people's rights in relation to restrictions and the use of force, " +
        "and give a copy to everyone who draws on the service or support. Present: one sentence (or two consecutive " +
        "ones of one block) with rights, restrictions or use of force, published or written information, and a copy " +
        "given to every person (\"a copy\", \"given to everyone\", \"all people we support\"). Partial: rights about " +
        "restrictions without published information or without a copy for everyone (the message says which). " +
        "Missing: pointed at the paragraph that discusses rights, if any.",
        [Sources.Lga("Good practice")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        // The person's own rights, not a "human rights-based approach" or the title of an Act.
        .. Concept("rights", "=their|=people's|=person's|=patients|=patient's|=his|=her|=your|=everyone's|=individual's|=child's|=resident's|=residents|=tenants|=user's|=users ?legal =rights",
            "=rights =of =the|=people|=patients|=residents|=children|=individuals|=each|=every|=those|=anyone|=young|=tenants",
            "=rights =in =relation|=respect =to", "=rights =regarding|=about|=when|=around|=concerning", "=right =to =complain|=challenge|=appeal|=refuse|=an|=advocacy|=be",
            "=entitlements", "=know|=understand|=explain|=explained|=told|=inform|=informed ~3 =rights"),
        .. Concept("restriction", ClauseVocabulary.RestrictivePractice),
        .. Concept("information", "publish*", "=information", "=leaflet|=leaflets|=booklet|=booklets|=guide|=factsheet|=factsheets",
            "=easy ?- =read", "=accessible =format|=formats|=version|=versions"),
        .. Concept("copy", "=copy|=copies", "=give|=given|=gives|=giving|=provide|=provided|=provides|=offer|=offered|=offers|=share|=shared ~3 =to|=with =every|=all|=each|=everyone|=everybody",
            "=give|=gives|=given|=provide|=provides|=offer|=offers =each|=every|=all ?person|individual|patient|patients|tenant|tenants|resident|residents|child|children|pupil|pupils|people|young",
            "=every|=each|=all =person|=individual|=patient|=patients|=tenant|=tenants|=resident|=residents|=child|=children|=young|=pupil|=pupils|=people ~4 =receive|=receives|=given|=gets|=get|=offered", "=everyone|=everybody ~4 =receive|=receives|=given|=gets|=get"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("Information on people's rights about restrictions is published and a copy given to everyone supported.", "rights", "restriction", "information", "copy"),
        PartlyMeets("Information on people's rights about restrictions is published but not given to everyone who draws on the service or support (a copy for each person)", "rights", "restriction", "information"),
        PartlyMeets("People's rights about restrictions are shared with everyone but not published as written information", "rights", "restriction", "copy"),
        PartlyMeets("People's rights about restrictions are mentioned but not published as information with a copy for everyone who draws on the service or support", "rights", "restriction"),
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not publish information on people's rights in relation to restrictions and the use of force, with a copy for everyone supported";

    /// <inheritdoc/>
    protected override string Topic => "rights";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["rights"];
}
