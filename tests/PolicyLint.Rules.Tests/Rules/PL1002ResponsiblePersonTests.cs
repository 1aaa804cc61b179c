using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Clauses;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL1002ResponsiblePersonTests
{
    private static readonly PL1002ResponsiblePerson Rule = new();

    [Fact]
    public void PresentWhenAResponsiblePersonOverseesRestrictions()
    {
        RuleVerifier.Clause("""
            # Governance

            The Director of Nursing is the responsible person for the use of force and restrictive practices across all our services.
            """, Rule, ClauseStatus.Present,
            "The Director of Nursing is the responsible person for the use of force and restrictive practices across all our services.");
    }

    [Fact]
    public void PresentWithANamedSeniorLead()
    {
        RuleVerifier.Clause("""
            The Provider shall appoint a named senior lead to oversee restraint and seclusion in every service.
            """, Rule, ClauseStatus.Present,
            "The Provider shall appoint a named senior lead to oversee restraint and seclusion in every service.",
            DocumentKind.Specification);
    }

    [Fact]
    public void PresentWhenASeniorRoleIsResponsible()
    {
        RuleVerifier.Clause("""
            The Director of Nursing is responsible for overseeing all use of restraint and force across our services.
            """, Rule, ClauseStatus.Present,
            "The Director of Nursing is responsible for overseeing all use of restraint and force across our services.");
    }

    [Fact]
    public void LineManagerResponsibleForRecordsIsNotAResponsiblePerson()
    {
        RuleVerifier.Clause("""
            [||]Your line manager is responsible for checking restraint records.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void LineManagerIsNotAResponsiblePerson()
    {
        RuleVerifier.Clause("""
            [||]Staff must tell their line manager after any restraint.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void NegatedIsMissing()
    {
        RuleVerifier.Clause("""
            [||]There is no responsible person for restrictive practice at present.
            """, Rule, ClauseStatus.Missing, null);
    }

    [Fact]
    public void SeverityBySetting()
    {
        const string Missing = "[||]We support people in distress.";
        Assert.Equal(Severity.Warning, RuleVerifier.Single(Missing, Rule).Severity);
        Assert.Equal(Severity.Error, RuleVerifier.Single(Missing, Rule, setting: CareSetting.MentalHealthUnit).Severity);
    }

    [Fact]
    public void DoesNotRunOnOtherKinds()
    {
        var result = RuleVerifier.Verify("We are writing about the use of force.", Rule, DocumentKind.Other);
        Assert.Empty(result.Clauses);
    }

    [Theory]
    [InlineData("Our Responsible Individual has oversight of physical intervention and restraint in all of our homes.")]
    [InlineData("The Director of Quality oversees every restrictive intervention across the organisation's services.")]
    public void ANamedSeniorRoleWithOversightIsPresent(string sentence)
    {
        RuleVerifier.Clause(sentence, Rule, ClauseStatus.Present, sentence);
    }
}
