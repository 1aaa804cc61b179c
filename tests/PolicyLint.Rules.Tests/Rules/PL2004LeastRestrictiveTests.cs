using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Rules;

public class PL2004LeastRestrictiveTests
{
    private static readonly PL2004LeastRestrictive Rule = new();

    [Fact]
    public void ReportsLeastRestrictiveAsInfo()
    {
        var result = RuleVerifier.Verify("""
            Staff will use the [|least restrictive|] option. The [|Least Restrictive|] approach is always tried first.
            """, Rule);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(["most beneficial", "Most beneficial"], result.Findings.Select(f => f.Suggestions.Single()));
    }

    [Fact]
    public void OtherWordsAreNotReported()
    {
        RuleVerifier.Verify("""
            Restrictions are the least used option. Practice is restrictive at least once a week, and we aim to reduce it.
            """, Rule);
    }

    [Fact]
    public void QuotedLawIsNotReported()
    {
        RuleVerifier.Verify("""
            The Mental Capacity Act 2005 requires that "regard must be had to whether the purpose can be as effectively achieved in a way that is less restrictive", and the Code of Practice speaks of the "least restrictive option".
            > Before the act is done, regard must be had to the least restrictive option.
            """, Rule);
    }

    [Fact]
    public void NamedToReplaceItIsNotReported()
    {
        RuleVerifier.Verify("""
            We say most beneficial rather than least restrictive.
            """, Rule);
    }

    [Fact]
    public void GlossaryIsNotReported()
    {
        RuleVerifier.Verify("""
            ## Definitions

            - least restrictive option: the principle in the Mental Capacity Act 2005.
            """, Rule);
    }
}
