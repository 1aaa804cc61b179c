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
        "\"review due\", \"due for review\" or \"to be reviewed by\" that is before today (or the --as-of date). Dates " +
        "may be written \"1 March 2022\", \"March 1, 2022\", \"March 2022\", \"Mar 2022\", \"01/03/2022\" (day first, " +
        "as in the UK), \"01.03.22\", \"2022-03-01\" or \"03/2022\"; a month-only date counts as the last day of that " +
        "month, and a date equal to today is not overdue. A label in one table cell or line (\"Review date\") takes " +
        "its date from the start of the next cell or paragraph. Not reported: the date of the last or previous review, " +
        "dates in references, glossary or quoted text, a year on its own (\"Review: 2022\"), or a review frequency " +
        "(\"reviewed annually\"). Vertical tables whose date sits in a later row than its label are not read.",
        [Sources.Lga("Good practice"), Sources.Rrn("Use of Force Act statutory guidance, section 3: keep the policy under review")]);

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterSentenceAction(OnSentence);
    }

    private static void OnSentence(SentenceContext context)
    {
        var analysis = context.Analysis;
        var sentence = context.Sentence;
        if (AnalysisDocument.RoleOf(sentence.Block) != SectionRole.Body)
        {
            return;
        }

        foreach (var date in ReviewDates.NextReviewDates(analysis, sentence))
        {
            if (date.LastDay >= analysis.AsOf || analysis.IsQuoted(sentence.Block, sentence.Span))
            {
                continue;
            }

            var asOf = analysis.AsOf.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            context.Report(date.Span, Rule.FormatMessage(date.Text, asOf));
        }
    }
}
