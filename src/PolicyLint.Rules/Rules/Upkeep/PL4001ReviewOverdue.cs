using System.Globalization;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Rules.Upkeep;

/// <summary>PL4001: the document's next review date has passed.</summary>
public sealed class PL4001ReviewOverdue : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL4001",
        "ReviewOverdue",
        "The review date has passed",
        "The review date {0} has passed (as of {1}): review the document and set a new review date",
        RuleCategory.Upkeep,
        Severity.Warning,
        "A restrictive-practice policy or specification must be kept under review; one past its review date may no " +
        "longer reflect current guidance (for example the RRN Training Standards that replaced the BILD Code of " +
        "Practice in 2019). Flags a date given as the \"review date\", \"next review (date)\", \"date of next review\", " +
        "\"review due\", \"due for review\", \"date for review\", \"next review to be\" or \"to be reviewed by\" (and, in a document-control " +
        "table or line or on the cover, a bare \"Review\": \"Review Autumn 2016\") that is before today (or the --as-of date). Dates " +
        "may be written \"1 March 2022\", \"March 1, 2022\", \"March 2022\", \"Mar 2022\", \"01/03/2022\" (day first, " +
        "as in the UK), \"01.03.22\", \"2022-03-01\", \"03/2022\" or a season (\"Autumn 2016\": spring ends in May, summer in August, autumn " +
        "in November, winter in February of the next year); a month-only date counts as the last day of that " +
        "month, and a date equal to today is not overdue. A label in one table cell or line (\"Review date\") takes " +
        "its date from the start of the next cell or paragraph. Reads document-control tables and lines and running " +
        "headers and footers as well as the text; the same date repeated on every page is reported once. Not reported: the date of the last or previous review, " +
        "dates in references, glossary or quoted text, a year on its own (\"Review: 2022\"), or a review frequency " +
        "(\"reviewed annually\"). Vertical tables whose date sits in a later row than its label are not read.",
        [Sources.Lga("Good practice"), Sources.Rrn("Use of Force Act statutory guidance, section 3: keep the policy under review")],
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
        var asOf = analysis.AsOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        // A running footer gives the same review date on every page: one finding says it.
        var reported = new HashSet<(DateOnly, string)>();
        foreach (var sentence in context.Sentences)
        {
            if (AnalysisDocument.RoleOf(sentence.Block) != SectionRole.Body)
            {
                continue;
            }

            foreach (var date in ReviewDates.NextReviewDates(analysis, sentence))
            {
                if (date.LastDay >= analysis.AsOf || analysis.IsQuoted(sentence.Block, sentence.Span) ||
                    !reported.Add((date.LastDay, date.Text.ToLowerInvariant())))
                {
                    continue;
                }

                context.Report(date.Span, Rule.FormatMessage(date.Text, asOf));
            }
        }
    }
}
