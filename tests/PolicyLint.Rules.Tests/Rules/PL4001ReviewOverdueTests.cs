using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Upkeep;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

/// <summary>The verifier's as-of date is 30 June 2025.</summary>
public class PL4001ReviewOverdueTests
{
    private static readonly PL4001ReviewOverdue Rule = new();

    [Fact]
    public void PastMonthNameDateIsReportedWithTheDateAndThatItHasPassed()
    {
        var finding = RuleVerifier.Single("""
            # Restraint policy

            Next review date: [|March 2022|]
            """, Rule);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("March 2022", finding.Message, StringComparison.Ordinal);
        Assert.Contains("has passed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("30 June 2025", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FutureDatesAreNotReported()
    {
        RuleVerifier.Verify("""
            Review date: 1 March 2026. Date of next review: July 2025. This policy is to be reviewed by 2027-01-31.
            """, Rule);
    }

    [Fact]
    public void DayBeforeAsOfIsOverdueAndAsOfItselfIsNot()
    {
        RuleVerifier.Verify("""
            - Review date: [|29/06/2025|]
            - Review date: 30/06/2025
            - Review due: [|2025-06-29|]
            - Review due: 2025-06-30
            """, Rule);
    }

    [Fact]
    public void MonthOnlyDatesCompareAtTheEndOfTheMonth()
    {
        RuleVerifier.Verify("""
            - Next review: June 2025
            - Next review: [|May 2025|]
            - Next review: [|05/2025|]
            - Next review: 06/2025
            """, Rule);
    }

    [Fact]
    public void NumericDatesAreReadDayFirst()
    {
        // 01/07/2025 is 1 July 2025 (not 7 January); 07/01/2025 is 7 January 2025.
        RuleVerifier.Verify("""
            - Review date: 01/07/2025
            - Review date: [|07/01/2025|]
            - Review date: [|07.01.25|]
            """, Rule);
    }

    [Fact]
    public void MonthNameFormats()
    {
        RuleVerifier.Verify("""
            - Review date: [|1 March 2022|]
            - Review date: [|1st of March, 2022|]
            - Review date: [|March 1, 2022|]
            - Review date: [|Mar 2022|]
            - This policy is to be reviewed by [|31 December 2024|].
            - The policy is due for review in [|September 2023|].
            - Date of next review: [|12 Sept 2024|]
            """, Rule);
    }

    [Fact]
    public void LabelInOneParagraphAndDateInTheNext()
    {
        RuleVerifier.Verify("""
            Review date:

            [|1 March 2022|]
            """, Rule);
    }

    [Fact]
    public void LabelAndDateInNeighbouringTableCells()
    {
        var builder = new DocumentBuilder("policy.docx", SourceFormat.Docx);
        Cell(builder, BlockKind.Paragraph, "Restraint reduction policy");
        Cell(builder, BlockKind.TableCell, "Version");
        Cell(builder, BlockKind.TableCell, "3");
        Cell(builder, BlockKind.TableCell, "Review date");
        Cell(builder, BlockKind.TableCell, "March 2022");
        Cell(builder, BlockKind.TableCell, "Date of last review");
        Cell(builder, BlockKind.TableCell, "March 2021");
        var document = builder.Build();
        var result = RuleVerifier.Run(document, DocumentKind.Policy, CareSetting.SocialCare, Rule);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("March 2022", document.GetText(finding.Span));
    }

    [Fact]
    public void LastReviewDatesAreNotReported()
    {
        RuleVerifier.Verify("""
            - Date of last review: March 2020
            - Last review date: 01/01/2021
            - Previous review date: 2019-05-01
            - This policy was reviewed in March 2022.
            """, Rule);
    }

    [Fact]
    public void ReferencesAndNonDatesAreNotReported()
    {
        RuleVerifier.Verify("""
            # Policy

            The review date must be set by the policy owner. Next review: annually. Review date: TBC.

            ## References

            - Smith J (2019). Review date: March 2020.
            """, Rule);
    }

    [Fact]
    public void InvalidDatesAreNotReported()
    {
        RuleVerifier.Verify("""
            - Review date: 31/02/2022
            - Review date: 13/13/2022
            """, Rule);
    }

    private static void Cell(DocumentBuilder builder, BlockKind kind, string text)
    {
        builder.BeginBlock(kind);
        builder.Append(text, SourcePosition.AtLine(1, 1));
        builder.EndBlock();
    }
}
