using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Rules.Upkeep;

/// <summary>PL4002: a policy or specification gives neither a version nor a review date.</summary>
public sealed class PL4002NoReviewDate : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL4002",
        "NoReviewDate",
        "The document has no version or review date",
        "The {0} gives no version number and no review date: add a version and the date of its next review",
        RuleCategory.Upkeep,
        Severity.Info,
        "A policy or specification on restrictive practice must be kept under review, and readers must be able to tell " +
        "which version they hold and whether it is current. Reported once, at the start of a policy or specification " +
        "that has neither a version (\"Version 2\", \"Version: 1.3\", \"v1.3\", or a \"Version\" table cell followed by " +
        "a number) nor a review date (a next-review date as PL4001 reads it, or the date of the last review, e.g. " +
        "\"Last reviewed: March 2024\"). A review frequency alone (\"reviewed annually\") is not a date. Versions and " +
        "dates in references or glossary sections do not count. Reads the document's " +
        "text, its document-control tables and lines, and its running headers and footers. Does not run on documents of kind other.",
        [Sources.Lga("Good practice"), Sources.Rrn("Use of Force Act statutory guidance, section 3: keep the policy under review")],
        kinds: [DocumentKind.Specification, DocumentKind.Policy],
        reads: RuleReads.TextAndControl);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentEndAction(OnDocumentEnd);
    }

    private static void OnDocumentEnd(DocumentEndContext context)
    {
        var analysis = context.Analysis;
        if (analysis.Document.HasNoText)
        {
            return;
        }

        foreach (var sentence in context.Sentences)
        {
            if (AnalysisDocument.RoleOf(sentence.Block) != SectionRole.Body)
            {
                continue;
            }

            if (ReviewDates.HasVersion(analysis, sentence) || ReviewDates.AnyReviewDates(analysis, sentence).Any())
            {
                return;
            }
        }

        var kind = analysis.Kind == DocumentKind.Specification ? "specification" : "policy";
        context.Report(new TextSpan(0, 0), Rule.FormatMessage(kind));
    }
}
