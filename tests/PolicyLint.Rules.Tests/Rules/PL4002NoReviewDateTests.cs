using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Upkeep;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL4002NoReviewDateTests
{
    private static readonly PL4002NoReviewDate Rule = new();

    [Fact]
    public void PolicyWithNoVersionOrReviewDateIsReportedAtTheStart()
    {
        var finding = RuleVerifier.Single("""
            [||]# Restraint reduction policy

            We will record every use of restraint. This policy will be reviewed annually.
            """, Rule);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(new TextSpan(0, 0), finding.Span);
        Assert.Contains("no version", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecificationWithNoVersionOrReviewDateIsReported()
    {
        var finding = RuleVerifier.Single("""
            [||]# Service specification

            The Provider shall record every use of restraint.
            """, Rule, DocumentKind.Specification);
        Assert.StartsWith("The specification", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Version 2")]
    [InlineData("Version: 1.3")]
    [InlineData("Document control v1.3")]
    [InlineData("V2, approved by the Board")]
    public void VersionPresentIsNotReported(string line)
    {
        RuleVerifier.Verify($"""
            # Restraint reduction policy

            {line}

            We will record every use of restraint.
            """, Rule);
    }

    [Theory]
    [InlineData("Review date: March 2027")]
    [InlineData("Next review: 01/03/2022")]
    [InlineData("Last reviewed: May 2024")]
    [InlineData("Date of last review: 2024-05-01")]
    public void ReviewDatePresentIsNotReported(string line)
    {
        RuleVerifier.Verify($"""
            # Restraint reduction policy

            We will record every use of restraint.

            {line}
            """, Rule);
    }

    [Fact]
    public void VersionInATableCellIsNotReported()
    {
        var builder = new DocumentBuilder("policy.docx", SourceFormat.Docx);
        foreach (var (kind, text) in new[] { (BlockKind.Paragraph, "Restraint policy"), (BlockKind.TableCell, "Version"), (BlockKind.TableCell, "4.1") })
        {
            builder.BeginBlock(kind);
            builder.Append(text, SourcePosition.AtLine(1, 1));
            builder.EndBlock();
        }

        var result = RuleVerifier.Run(builder.Build(), DocumentKind.Policy, CareSetting.SocialCare, Rule);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void KindOtherIsNotReported()
    {
        RuleVerifier.Verify("""
            # Guidance on restraint

            This guidance describes good practice.
            """, Rule, DocumentKind.Other);
    }

    [Fact]
    public void VersionOnlyInReferencesDoesNotCount()
    {
        RuleVerifier.Verify("""
            [||]# Restraint reduction policy

            We will record every use of restraint.

            ## References

            - Restraint Reduction Network Training Standards, version 2 (2019).
            """, Rule);
    }

    [Fact]
    public void WordsLikeVersionWithoutANumberDoNotCount()
    {
        RuleVerifier.Verify("""
            [||]# Restraint reduction policy

            This version of the policy replaces the earlier one. Conversion 2 of the forms is done.
            """, Rule);
    }
}
