using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1001: training that includes restrictive practices is certified against the RRN Training Standards.</summary>
public sealed class PL1001CertifiedTraining : LadderClauseRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1001",
        "CertifiedTraining",
        "Require training certified against the RRN Training Standards",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Error,
        "A specification must require, and a policy commit to, training that includes restrictive practices being " +
        "certified as complying with the Restraint Reduction Network (RRN) Training Standards, by a UKAS-accredited " +
        "certification body (e.g. Bild ACT). Present: one sentence (or two consecutive ones) with training, " +
        "certification and the RRN standards, stated as a requirement. Partial: training \"in line with\" or \"aware " +
        "of\" the standards without certification. Missing: pointed at the paragraph that discusses training, if any. " +
        "In education settings, inspected by Ofsted rather than CQC, certification is not a regulatory requirement and " +
        "the rule is info.",
        [Sources.Lga("Good practice; Training for staff on restraint reduction"), Sources.Letter("Certification of training")],
        [DocumentKind.Specification, DocumentKind.Policy],
        new Dictionary<CareSetting, Severity> { [CareSetting.Education] = Severity.Info });

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("training", "train", "=course|=courses", "=curriculum", "=trainer|=trainers"),
        .. Concept("certified", "certif*", "accredit*", "bild =act", "=ukas"),
        .. Concept("standards", "rrn ?training =standards|=standard", "restraint reduction network ?( ?=rrn ?) ?training =standards|=standard",
            "training =standards|=standard", "=rrn"),
        .. Concept("~alignment", "in line with", "=aligned|=align|=aligns with", "=aware of", "=awareness of", "=consistent with", "based on", "=compliant with", "=complies|=comply with", "in accordance with", "=meet|=meets|=meeting ?the"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseStep> Ladder { get; } =
    [
        Presents("Training is required to be certified against the RRN Training Standards.", "training", "certified", "standards") with { Binding = true },
        PartlyMeets("Training is tied to the RRN Training Standards but not required to be certified as complying with them (by a UKAS-accredited certification body)", "training", "standards"),
    ];

    /// <inheritdoc/>
    protected override string MissingMessage => "does not require training that includes restrictive practices to be certified as complying with the RRN Training Standards";

    /// <inheritdoc/>
    protected override string Topic => "training";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["training"];
}
