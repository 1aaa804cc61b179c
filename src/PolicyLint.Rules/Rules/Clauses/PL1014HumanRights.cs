using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1014: the policy is placed within the Human Rights Act 1998 (and, in mental health units, the Use of Force Act 2018).</summary>
public sealed class PL1014HumanRights : ClauseRule
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
        "Present: the Act(s) named in the document's own voice (not in references or quotation). Partial: \"human " +
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

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        bool unit = context.Analysis.Setting == CareSetting.MentalHealthUnit;
        var hra = evidence.AllWith("hra").FirstOrDefault();
        var force = evidence.AllWith("force").FirstOrDefault();
        var rights = evidence.Sentences.FirstOrDefault(s => s.Concepts.Contains("rights") && !s.Concepts.Contains("~organisation")).Sentence;

        if (hra is not null && (!unit || force is not null))
        {
            Present(context, hra.Span, unit
                ? "The policy is placed within the Human Rights Act 1998 and the Mental Health Units (Use of Force) Act 2018."
                : "The policy is placed within the Human Rights Act 1998.",
                unit ? [ClauseElement.At("Human Rights Act 1998", hra.Span), ClauseElement.At("Mental Health Units (Use of Force) Act 2018", force!.Span)] : []);
            return;
        }

        if (hra is not null)
        {
            Partial(context, hra.Span, "The Human Rights Act 1998 is named, but in a mental health unit the policy must also be placed within the Mental Health Units (Use of Force) Act 2018",
                ClauseElement.At("Human Rights Act 1998", hra.Span), ClauseElement.Absent("Mental Health Units (Use of Force) Act 2018"));
            return;
        }

        var partial = force ?? rights;
        if (partial is not null)
        {
            var named = force is not null ? "The Mental Health Units (Use of Force) Act 2018 is named" : "Human rights are mentioned";
            Partial(context, partial.Span, $"{named}, but the policy is not placed within the Human Rights Act 1998");
            return;
        }

        Missing(context, evidence.NearMiss(2, "law"),
            unit
                ? "does not place the policy within the Human Rights Act 1998 and the Mental Health Units (Use of Force) Act 2018"
                : "does not place the policy within the Human Rights Act 1998",
            "the legal framework");
    }
}
