using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1017RestrictivePracticeDefinitionTests
{
    private static readonly PL1017RestrictivePracticeDefinition Rule = new();

    [Fact]
    public void PresentInADefinitionsSectionWithAList()
    {
        RuleVerifier.Clause("""
            # Restraint policy

            ## 2 Definitions

            Restrictive practice means making someone do something they do not want to do, or stopping them doing something they want to do. It includes:

            - physical restraint;
            - chemical restraint (medication used to restrict a person);
            - mechanical restraint;
            - environmental restraint, such as locked doors;
            - seclusion or enforced isolation;
            - long-term segregation;
            - psychological restraint and coercion.

            ## 3 Training

            Staff are trained every year.
            """, Rule, ClauseStatus.Present,
            """
            Restrictive practice means making someone do something they do not want to do, or stopping them doing something they want to do. It includes:
            physical restraint;
            chemical restraint (medication used to restrict a person);
            mechanical restraint;
            environmental restraint, such as locked doors;
            seclusion or enforced isolation;
            long-term segregation;
            psychological restraint and coercion.
            """);
    }

    [Fact]
    public void PresentInOneSentenceOfASpecification()
    {
        RuleVerifier.Clause("""
            # Service specification

            In this specification, restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion (enforced isolation), long-term segregation and psychological restraint or coercion. The Provider shall reduce its use.
            """, Rule, ClauseStatus.Present,
            "In this specification, restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion (enforced isolation), long-term segregation and psychological restraint or coercion.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentUnderAWhatIsHeading()
    {
        RuleVerifier.Clause("""
            ## What is restrictive practice?

            - Physical: holding a person.
            - Chemical: medication to restrict movement.
            - Mechanical: belts or splints.
            - Environmental: locked doors.
            - Seclusion.
            - Long-term segregation.
            - Psychological: threats or coercion.
            """, Rule, ClauseStatus.Present,
            """
            Physical: holding a person.
            Chemical: medication to restrict movement.
            Mechanical: belts or splints.
            Environmental: locked doors.
            Seclusion.
            Long-term segregation.
            Psychological: threats or coercion.
            """);
    }

    [Fact]
    public void PartialNamesTheMissingTypesInOneFinding()
    {
        var clause = RuleVerifier.Clause("""
            # Policy

            ## Definitions

            [|Restrictive practice includes physical restraint, seclusion and long-term segregation.|]
            """, Rule, ClauseStatus.Partial, "Restrictive practice includes physical restraint, seclusion and long-term segregation.");
        Assert.Contains("chemical restraint, mechanical restraint, environmental restraint and psychological restraint / coercion", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("segregation", clause.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("physical", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void UmbrellaDefinitionWithoutTypesIsPartial()
    {
        var clause = RuleVerifier.Clause("""
            [|Restrictive practice means making someone do something they do not want to do.|] We aim to reduce it.
            """, Rule, ClauseStatus.Partial, "Restrictive practice means making someone do something they do not want to do.");
        Assert.Contains("none of its types", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NegatedTypeDoesNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|Restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion and long-term segregation.|] It does not include psychological coercion.
            """, Rule, ClauseStatus.Partial,
            "Restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion and long-term segregation.");
        Assert.EndsWith("does not cover psychological restraint / coercion", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAtDocumentStart()
    {
        var clause = RuleVerifier.Clause("""
            [||]# Restraint policy

            We will record every use of restraint.
            """, Rule, ClauseStatus.Missing, null);
        Assert.StartsWith("The document does not define restrictive practice", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPointsAtAParagraphNamingTypes()
    {
        var clause = RuleVerifier.Clause("""
            # Restraint policy

            We will record every use of restraint.

            ## 5 Restraint

            [|Physical restraint is used only as a last resort.|] Medication is reviewed under STOMP. Any isolation is recorded.
            """, Rule, ClauseStatus.Missing, "Physical restraint is used only as a last resort.");
        Assert.StartsWith("Section '5 Restraint' discusses types of restrictive practice but does not define", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedDefinitionDoesNotCount()
    {
        RuleVerifier.Clause("""
            [||]The CQC says "restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion, segregation and coercion".
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void QuotedTypesAfterAnOwnDefinitionDoNotCount()
    {
        var clause = RuleVerifier.Clause("""
            [|We use this definition: restrictive practice includes "physical, chemical and mechanical restraint".|]
            """, Rule, ClauseStatus.Partial, "We use this definition: restrictive practice includes \"physical, chemical and mechanical restraint\".");
        Assert.Contains("none of its types", clause.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesAndTermsToAvoidDoNotCount()
    {
        RuleVerifier.Clause("""
            [||]# Policy

            We support people in distress.

            ## Terms to avoid

            - Restrictive practice: say physical, chemical, mechanical, environmental, seclusion, segregation, coercion.

            ## References

            - Restrictive practice includes physical, chemical, mechanical and environmental restraint, seclusion, segregation and coercion (RRN, 2023).
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityIsInfoInEverySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
        Assert.Equal(Severity.Info, RuleVerifier.Single(Missing, Rule, DocumentKind.Specification, CareSetting.Education).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("Restrictive practice includes physical restraint.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void ANegationInsideAGlossedDescriptionDoesNotRemoveTheType()
    {
        const string Text = "Restrictive practice includes physical restraint, chemical restraint, mechanical restraint, environmental restraint, keeping someone in a room they cannot leave (seclusion), long-term segregation and psychological restraint.";
        RuleVerifier.Clause(Text, Rule, ClauseStatus.Present, Text);
    }
}
