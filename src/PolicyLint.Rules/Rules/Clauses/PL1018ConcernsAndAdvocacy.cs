using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1018: people, families, carers and independent advocates can raise concerns and take part in post-incident reviews.</summary>
public sealed class PL1018ConcernsAndAdvocacy : ElementsClauseRule
{
    private const string RaiseConcerns = "how people, families, carers and independent advocates can raise concerns about restrictive practice";
    private const string TakePart = "how they are involved in post-incident reviews";
    private const string Advocates = "the role of independent advocates";

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1018",
        "ConcernsAndAdvocacy",
        "Say how people, families and advocates raise concerns and take part in reviews",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "The document must say how people, their families, carers and independent advocates can raise concerns about " +
        "restrictive practice (or the use of force), and how they are involved in post-incident reviews. Present: one " +
        "sentence (or two consecutive ones) with a person, family member, carer or advocate, raising concerns or " +
        "complaining, and a restriction; another with one of them taking part in (involved in, invited to, contributing " +
        "to) a post-incident review or debrief; and independent advocates named somewhere in the document. Partial: " +
        "one half only, or both without advocates; the message names what is missing. Missing: pointed at the " +
        "paragraph about concerns or post-incident reviews, if any. A bare \"behaviour of concern\" is not a concern " +
        "being raised. In a mental health unit the Mental Health Units (Use of Force) Act 2018 guidance requires this " +
        "in the policy and the rule is an error.",
        [Sources.Rrn("§8 Post-incident debriefing (Use of Force Act guidance, item m)")],
        [DocumentKind.Specification, DocumentKind.Policy],
        new Dictionary<CareSetting, Severity> { [CareSetting.MentalHealthUnit] = Severity.Error });

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    private const string WhoWord = "=people|=person|=person's|=persons|=individual|=individuals|=patient|=patients|=resident|=residents|=child|=children|=families|=family|=relatives|=relative|=parents|=parent|=representative|=representatives|advoca*|=imca|=imha|=them|=they|=their";

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("who", "=people|=person|=persons|=individual|=individuals|=patient|=patients|=resident|=residents|=child|=children",
            "=families|=family|=relatives|=relative|=parents|=parent|=representative|=representatives|=friends", ClauseVocabulary.FamilyCarer,
            "advoca*", "=imca|=imcas|=imha|=imhas"),
        .. Concept("advocate", "advoca*", "=imca|=imcas|=imha|=imhas"),
        .. Concept("concern", "=raise|=raising|=raised|=raises|=voice|=express|=share|=report ~3 =concern|=concerns|=worries|=worry",
            "=concern|=concerns =about|=regarding|=over", "complain*", "=complaint|=complaints"),
        // A person speaks of being held in the passive ("unhappy about how they were held").
        .. Concept("restriction", [.. ClauseVocabulary.RestrictivePractice,
            "=they|=he|=she|=you|=i|=person|=child|=children|=pupil|=pupils|=patient|=patients|=resident|=residents =were|=was|=are|=is|=am|=get|=gets|=got =held|=restrained|=secluded"]),
        // Involvement of the person, family or advocate, not "an incident involving restraint" or "the staff involved".
        .. Concept("involve", $"{WhoWord} ~4 =involved|=involvement|=included|=invited|=asked|=supported", $"=involve|=involves|=involving|=include|=includes|=including|=invite|=invites|=inviting ~3 {WhoWord}",
            "=take|=taking|=takes|=took =part", "participat*", "=contribute|=contributes|=contributing|=contribution",
            "=attend|=attends|=attending", "=views|=view|=voice|=account|=perspective ~4 =sought|=heard|=included|=captured|=recorded|=asked|=listened"),
        .. Concept("review", "post ?- =incident =review|=reviews|=debrief|=debriefs|=debriefing|=learning|=meeting|=meetings",
            "=debrief|=debriefs|=debriefing|=debriefed", "learning =review|=reviews",
            "=review|=reviews|=reviewing =of|=after|=following ~3 =incident|=incidents|=restraint|=force|=intervention|=interventions|=restriction|=restrictions",
            "=incident =review|=reviews"),
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<ClauseElementSpec> Elements { get; } =
    [
        // How to raise concerns is the heart of the clause; a reviewer reads that sentence first.
        new("raising concerns", RaiseConcerns, ["who", "concern", "restriction"]),
        new("taking part in post-incident reviews", TakePart, ["who", "involve", "review"]),
        new("independent advocates", Advocates, ["advocate"]) { Supporting = true },
    ];

    /// <inheritdoc/>
    protected override string PresentMessage => "People, families, carers and independent advocates can raise concerns and take part in post-incident reviews.";

    /// <inheritdoc/>
    protected override string MissingMessage => $"does not say {RaiseConcerns}, or {TakePart}";

    /// <inheritdoc/>
    protected override string Topic => "concerns and post-incident reviews";

    /// <inheritdoc/>
    protected override IReadOnlyList<string> NearMissConcepts => ["concern", "review"];

    /// <inheritdoc/>
    protected override string PartialFormat => "Concerns and post-incident reviews are only partly covered: the document does not say {missingMessages}";
}
