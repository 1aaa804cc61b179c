using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Tests.Support;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

public class KindDetectorTests
{
    [Fact]
    public void Specification()
    {
        var doc = TestDocument.Build("""
            # Service specification: supported living

            The Provider shall ensure that staff are trained. The Provider must report incidents to the commissioner.
            Key performance indicators are set out in Schedule 2 of the contract.
            """).Document;
        Assert.Equal(DocumentKind.Specification, KindDetector.Detect(doc));
    }

    [Fact]
    public void Policy()
    {
        var doc = TestDocument.Build("""
            # Restrictive practice policy

            This policy applies to all our services. We will support people in distress.
            Staff must record every restraint. Our staff are trained every year.
            """).Document;
        Assert.Equal(DocumentKind.Policy, KindDetector.Detect(doc));
    }

    [Fact]
    public void Letter()
    {
        var doc = TestDocument.Build("""
            Dear colleague,

            We are writing about the certification of training in restrictive practices. Staff will want to know more.

            Yours sincerely,
            """).Document;
        Assert.Equal(DocumentKind.Other, KindDetector.Detect(doc));
    }

    [Fact]
    public void TooFewCuesIsOther()
    {
        var doc = TestDocument.Build("Restraint reduction matters.").Document;
        var (kind, spec, policy, other) = KindDetector.Explain(doc);
        Assert.Equal(DocumentKind.Other, kind);
        Assert.Equal((0, 0, 0), (spec, policy, other));
    }
}
