using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1012: restrictive practice limited to a last resort, least restrictive, proportionate, shortest time, authorised.</summary>
public sealed class PL1012LastResort : ElementsClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1012",
        "LastResort",
        "Limit restrictive practice to a last resort",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Error,
        "The document must limit restrictive practice as the CQC 2023 position statement and Positive and Proactive Care " +
        "do: used only as a last resort to prevent serious harm, as the least restrictive option, proportionate to the " +
        "risk, for the shortest possible time, and with the correct authorisation. Present: at least four of these five " +
        "elements stated within one section, together with the lead-in of its parent section (a clause opened under " +
        "\"4 Using restraint\" may go on under \"4.1 Limits\"; sibling sections are not joined), or within the whole " +
        "document when it has no headings, at least one of them as a " +
        "requirement or limit (shall, must, will, only…, or a list item). Partial: one to three elements, or four without " +
        "a requirement; the finding lists the missing elements. \"Authorised\" alone is not a partial clause, and " +
        "\"reasonable force\" is proportionate only in a sentence that binds (\"staff may use reasonable force\" permits it). Missing: pointed at the paragraph that discusses using " +
        "restrictive practice, if any. Negated mentions do not count (\"no longer than necessary\" does).",
        [Sources.Lga("CQC policy position statement on restrictive practice (2023)"), Sources.Rrn("§7 Positive and Proactive Care")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("harm", "last resort", "prevent ~3 =harm|=injury", "=serious|=significant ~1 =harm|=injury", "=imminent|=immediate ~2 =harm|=danger|=risk",
            // "to prevent a pupil from injuring themselves or others", "to stop someone hurting another person".
            "=prevent|=stop ~4 =injuring|=hurting|=harming"),
        .. Concept("least", "least|less restrictive", "least coercive", "least intrusive", "=minimum =force|=restriction|=restrictions"),
        .. Concept("proportionate", "proportion*", "=reasonable and =necessary"),
        // "Reasonable force" is the legal permission in schools ("staff may use reasonable force"): it limits force only
        // where the sentence binds ("must only use reasonable force").
        .. Concept("reasonableforce", "=reasonable =force"),
        // "No more force than is needed" states the limit through a negation cue: a label concept, never negated.
        .. Concept("~proportionate", "=no =more =force =than", "=no =more ~2 =than ~2 =necessary|=needed"),
        .. Concept("shortest", "shortest ~2 =time|=period|=duration", "as =short|=briefly as possible", "=minimum =time|=period|=duration",
            "=ended|=end|=ends|=stopped|=stop|=stops|=released|=release|=lifted ~3 as soon as", "=let =go ~3 as soon as"),
        // "No longer than necessary" states the limit through a negation cue: a label concept, never negated.
        .. Concept("~shortest", "=no longer than ~2 =necessary|=needed|=required"),
        .. Concept("authorised", "authoris*|authoriz*", "=dols", "deprivation of liberty safeguards", "=legal|=lawful =authority|=basis",
            "=signed =off|=agreed|=approved =by =the|=a ?registered|senior|clinical =manager|=lead|=clinician|=director"),
        .. Concept("use", "=use|=using|=apply|=applying ?of ?any ?physical|mechanical|chemical restraint|restrict*|force|seclusion|segregation",
            "restraint|restrict*|force|seclusion ?practice|practices|intervention|interventions =is|=are|=may|=can|=will|=must|=should ?only ?be ?used|applied"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        // A label concept ("~shortest", "~proportionate") states the element through a negation cue ("no longer than
        // necessary", "no more force than is needed") and counts for it.
        new("only as a last resort to prevent serious harm", "it is used only as a last resort to prevent serious harm", ["harm"]),
        new("as the least restrictive option", "it is the least restrictive option", ["least"]),
        new("in proportion to the risk", "it is proportionate to the risk", ["proportionate"], ["~proportionate"], ["reasonableforce", Binding]),
        new("for the shortest possible time", "it is used for the shortest possible time", ["shortest"], ["~shortest"]),
        // "Authorised" alone says nothing about limits on restrictive practice ("signed by an authorised manager").
        new("with the correct authorisation", "it is used with the correct authorisation", ["authorised"]) { Supporting = true },
    ];

    /// <inheritdoc/>
    protected override ClauseScope Scope => ClauseScope.Section;

    /// <inheritdoc/>
    protected override int? PresentMinimum => 4;

    /// <inheritdoc/>
    protected override bool PresentMustBind => true;

    /// <inheritdoc/>
    protected override IReadOnlyList<string> BindingWords => ["only", "solely"];

    /// <inheritdoc/>
    protected override string PresentMessage =>
        "Restrictive practice is limited to a last resort, least restrictive, proportionate, for the shortest possible time and authorised.";

    /// <inheritdoc/>
    protected override string PresentIncompleteMessage => "Restrictive practice is limited by {found} of the {total} elements (not stated: {missing}).";

    /// <inheritdoc/>
    protected override string UnboundMessage => "The limits on restrictive practice are described but not stated as a requirement (shall, must, will, only)";

    /// <inheritdoc/>
    protected override string PartialFormat => "The limits on restrictive practice are incomplete: it does not say that restrictive practice is used {missing}";

    /// <inheritdoc/>
    protected override string MissingMessage =>
        "does not limit restrictive practice to a last resort to prevent serious harm, as the least restrictive option, proportionate, for the shortest possible time and with authorisation";

    /// <inheritdoc/>
    protected override string Topic => "the use of restrictive practice";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["use"];
}
