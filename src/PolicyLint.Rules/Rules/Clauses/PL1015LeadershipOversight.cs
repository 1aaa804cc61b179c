using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>PL1015: the Board or senior leaders are accountable and regularly review restrictive-practice data and the reduction plan.</summary>
public sealed class PL1015LeadershipOversight : ClauseRule
{
    private static readonly (string Concept, string Name)[] Elements =
    [
        ("data", "restrictive-practice data"),
        ("plan", "the reduction plan"),
        ("regular", "a frequency (regularly, quarterly, annually…)"),
    ];

    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL1015",
        "LeadershipOversight",
        "Make the Board or senior leaders accountable for restrictive practice",
        "{0}",
        RuleCategory.RequiredClause,
        Severity.Warning,
        "Leadership has overall responsibility for the use of restrictive practice: the Board or senior leaders must be " +
        "accountable, reviewing restrictive-practice data and the reduction plan regularly. Present: one sentence (or " +
        "two consecutive ones) naming the Board or senior leaders, a review (review, monitor, scrutinise, report to), " +
        "data (data, figures, trends, incidents), the reduction or action plan, and a frequency (regularly, quarterly, " +
        "annually…). Partial: the Board or senior leaders reviewing or accountable, with data, plan or frequency missing " +
        "(the finding lists them), in a sentence about restrictive practice, its data or its reduction. Missing: pointed at the paragraph about governance or oversight (leaders, accountability, governance mentioned at least twice), if any.",
        [Sources.Rrn("§5 Leadership"), Sources.Rrn("§6 Prevention and reduction")],
        [DocumentKind.Specification, DocumentKind.Policy]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IEnumerable<Phrase> Concepts =>
    [
        .. Concept("leaders", [.. ClauseVocabulary.SeniorLeaders, "=registered =manager|=managers"]),
        .. Concept("review", [.. ClauseVocabulary.Scrutiny, "=report|=reported|=reports to"]),
        .. Concept("accountable", "accountab*", "=responsibility|=responsible for"),
        .. Concept("data", "data", "=figures|=statistics|=trends|=patterns|=performance|=metrics", "=incident|=incidents", "=records|=reports of", "=log|=logs|=register|=summary|=summaries|=dashboard", "=report|=reports|=update|=updates =on|=about"),
        .. Concept("plan", "reduc*|minimis*|minimiz* ~3 =plan|=plans|=strategy|=strategies|=programme|=program|=targets|=goals",
            "=plan|=plans|=strategy|=programme ~4 reduc*|minimis*|minimiz*|eliminat*", "=action =plan|=plans", "towards safer services"),
        .. Concept("regular", "=regularly|=regular", "=annually|=annual|=quarterly|=monthly|=yearly|=biannually", "=every|=each =year|=quarter|=month|=meeting",
            "=every ~2 =months|=weeks", "=at =least =once|=twice"),
        .. Concept("restriction", ClauseVocabulary.RestrictivePractice),
        .. Concept("~governance", "=governance", "=oversight"),
    ];

    /// <inheritdoc/>
    protected override void Evaluate(DocumentEndContext context, ClauseEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(evidence);
        (Syntax.TextSpan Span, List<string> Missing)? best = null;
        foreach (var (span, concepts, _) in ClauseWindows.Pairs(evidence))
        {
            // A leader reviewing or accountable for something, as long as the something is restrictive practice, its data or
            // its reduction ("the Registered Manager is responsible for making sure this policy is followed" is not oversight).
            if (!concepts.Contains("leaders") || !(concepts.Contains("review") || concepts.Contains("accountable")) ||
                !(concepts.Contains("data") || concepts.Contains("plan") || concepts.Contains("restriction")))
            {
                continue;
            }

            var missing = Elements.Where(e => !concepts.Contains(e.Concept)).Select(e => e.Name).ToList();
            if (concepts.Contains("review") && missing.Count == 0)
            {
                Present(context, span, "The Board or senior leaders are accountable: they review restrictive-practice data and the reduction plan regularly.");
                return;
            }

            if (!concepts.Contains("review"))
            {
                missing.Insert(0, "a review by them");
            }

            if (best is null || missing.Count < best.Value.Missing.Count)
            {
                best = (span, missing);
            }
        }

        if (best is { } b)
        {
            Partial(context, b.Span, $"The Board or senior leaders are given oversight of restrictive practice, but the clause lacks {ClauseRegions.JoinList(b.Missing)}");
            return;
        }

        Missing(context, evidence.NearMiss(2, "leaders", "accountable", "~governance"),
            "does not make the Board or senior leaders accountable for reviewing restrictive-practice data and a reduction plan regularly",
            "governance");
    }
}
