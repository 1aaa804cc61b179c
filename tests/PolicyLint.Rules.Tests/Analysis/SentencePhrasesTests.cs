using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Tests.Support;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Analysis;

/// <summary>Phrase groups registered with the driver come back once per sentence, grouped, from its one matcher.</summary>
public class SentencePhrasesTests
{
    [Fact]
    public void EachSentenceWithAMatchIsHandedItsMatchesByGroup()
    {
        var rule = new Recorder();
        var doc = TestDocument.Build("""
            Staff may lock the door. The garden is lovely.
            The door is locked and the gate is locked.
            """).Document;
        RuleVerifier.Run(doc, DocumentKind.Policy, CareSetting.SocialCare, rule);

        // The sentence without a match is never handed over; the others once each.
        Assert.Equal(["Staff may lock the door.", "The door is locked and the gate is locked."], rule.Seen.Select(s => s.Text));
        Assert.Equal([(1, 1), (2, 2)], rule.Seen.Select(s => (s.Doors, s.Locks)));
    }

    private sealed class Recorder : PolicyRule
    {
        private static readonly PhraseGroup Door = new("door", "=door|=gate");
        private static readonly PhraseGroup Lock = new("lock", "lock");

        public List<(string Text, int Doors, int Locks)> Seen { get; } = [];

        public override RuleDescriptor Descriptor { get; } =
            new("PL0999", "Recorder", "Test", "{0}", RuleCategory.Practice, Severity.Info, "test", []);

        public override void Initialize(RuleRegistration registration) =>
            registration.RegisterSentencePhrases([Door, Lock], c =>
                Seen.Add((c.Analysis.GetText(c.Sentence.Span).Trim(), c.Find(Door).Count, c.Find(Lock).Count)));
    }
}
