using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1014: the policy is placed within the Human Rights Act 1998 (and, in mental health units, the Use of Force Act 2018).</summary>
public sealed class PL1014HumanRights : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1014",
        "HumanRights",
        "Place the policy within the Human Rights Act 1998",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must place its approach to restrictive practice within the Human Rights Act 1998, the foundation " +
        "for other law, codes and practice (also accepted: the European Convention on Human Rights, \"Convention " +
        "rights\"). In a mental health unit it must also name the Mental Health Units (Use of Force) Act 2018 (\"Seni's " +
        "Law\"), which makes this statutory there: the rule is an error and the Act's absence is a partial finding. " +
        "Present: the Act(s) named in the document's own voice (not in references or quotation); a sentence that commits " +
        "to acting within the Act is the evidence before a bare list of Acts. Partial: \"human " +
        "rights\" without the Act, or (mental health units) only one of the two Acts. Missing: pointed at the " +
        "paragraph about legislation (two or more mentions of law), if any. The Equality and Human Rights Commission or the British Institute of " +
        "Human Rights named in a sentence does not count as a mention of human rights in that sentence.",
        [Sources.Rrn("§1 Human rights, legal framework and inequalities"), Sources.Lga("The Restraint Reduction Network training standards")],
        [DocumentKind.Specification, DocumentKind.Policy],
        new Dictionary<CareSetting, Severity> { [CareSetting.MentalHealthUnit] = Severity.Error });

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("hra", "human rights =act", "=hra", "=echr", "european convention ~2 human rights", "=convention =rights"),
        .. Concept("force", "use of force =act", "=seni's =law", "mental health units ?( ?use ?of ?force ?) =act"),
        .. Concept("rights", "human =rights"),
        .. Concept("~organisation", "equality and human rights =commission", "=ehrc", "institute of human =rights"),
        .. Concept("law", "legislat*", "=legal =framework|=frameworks|=duty|=duties|=requirements", "mental capacity =act", "mental health =act",
            "care =act", "equality =act", "=dols", "deprivation of liberty", "=statutory|=law|=laws"),
    ];

    private static readonly HashSet<CareSetting> Unit = [CareSetting.MentalHealthUnit];

    private static readonly StepElement[] BothActs =
        [new("Human Rights Act 1998", "hra"), new("Mental Health Units (Use of Force) Act 2018", "force")];

    private const string NotPlaced = ", but the policy is not placed within the Human Rights Act 1998";

    /// <inheritdoc/>
    /// <remarks>
    /// A sentence in the document's own prose that commits to acting within an Act is better evidence than a list of
    /// Acts: every rung prefers statements, and the partial rungs take a statement of either kind before a list item.
    /// </remarks>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("The policy is placed within the Human Rights Act 1998 and the Mental Health Units (Use of Force) Act 2018.", "hra", "force") with
        {
            Scope = ClauseScope.Document, OnlyIn = Unit, PreferStatements = true, Elements = BothActs,
        },
        Presents("The policy is placed within the Human Rights Act 1998.", "hra") with { Scope = ClauseScope.Sentence, NotIn = Unit, PreferStatements = true },
        PartlyMeets("The Human Rights Act 1998 is named, but in a mental health unit the policy must also be placed within the Mental Health Units (Use of Force) Act 2018", "hra") with
        {
            Scope = ClauseScope.Sentence, OnlyIn = Unit, PreferStatements = true, Elements = BothActs,
        },
        PartlyMeets("The Mental Health Units (Use of Force) Act 2018 is named" + NotPlaced, "force") with { Scope = ClauseScope.Sentence, Statement = true },
        PartlyMeets("Human rights are mentioned" + NotPlaced, "rights") with { Scope = ClauseScope.Sentence, Statement = true, Without = ["~organisation"] },
        PartlyMeets("The Mental Health Units (Use of Force) Act 2018 is named" + NotPlaced, "force") with { Scope = ClauseScope.Sentence },
        PartlyMeets("Human rights are mentioned" + NotPlaced, "rights") with { Scope = ClauseScope.Sentence, Without = ["~organisation"] },
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not place the policy within the Human Rights Act 1998";

    /// <inheritdoc/>
    protected override IReadOnlyDictionary<CareSetting, string> MissingMessageIn { get; } = new Dictionary<CareSetting, string>
    {
        [CareSetting.MentalHealthUnit] = "does not place the policy within the Human Rights Act 1998 and the Mental Health Units (Use of Force) Act 2018",
    };

    /// <inheritdoc/>
    protected override string Topic => "the legal framework";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["law"];

    /// <inheritdoc/>
    protected override int NearMissMinimum => 2;
}
