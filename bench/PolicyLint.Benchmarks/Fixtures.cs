using PolicyLint.Readers;
using PolicyLint.Readers.Markdown;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Benchmarks;

/// <summary>Shared preparation: documents read once, the rules' phrases, drivers for a family of rules.</summary>
internal static class Fixtures
{
    /// <summary>A fixed "today" so date rules behave the same on every run.</summary>
    public static readonly DateOnly AsOf = new(2026, 12, 1);

    public static PolicyDocument ReadMarkdown(string path, string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false);
        return new MarkdownDocumentReader().Read(path, stream, CancellationToken.None);
    }

    public static PolicyDocument ReadFile(string path)
    {
        var loaded = new DocumentLoader(ReaderRegistry.Default).Load(path, CancellationToken.None);
        return loaded.Document ?? throw new InvalidOperationException($"{path}: {loaded.Error}");
    }

    /// <summary>Prepares a document for rules as the engine does (kind detected, social-care setting).</summary>
    public static AnalysisDocument Prepare(PolicyDocument document) =>
        new(document, KindDetector.Detect(document), CareSetting.SocialCare, AsOf);

    /// <summary>Every phrase the catalogue's rules register, with an owner per registration, as the driver compiles them.</summary>
    public static List<(Phrase Phrase, int Owner)> CataloguePhrases()
    {
        var phrases = new List<(Phrase, int)>();
        int owner = 0;
        foreach (var rule in RuleCatalog.Rules)
        {
            var registration = new RuleRegistration(rule);
            rule.Initialize(registration);
            foreach (var (list, _) in registration.PhraseActions)
            {
                phrases.AddRange(list.Select(p => (p, owner)));
                owner++;
            }

            foreach (var (list, _) in registration.SentencePhraseActions)
            {
                phrases.AddRange(list.Select(p => (p, owner)));
                owner++;
            }

            if (registration.Concepts.Count > 0)
            {
                phrases.AddRange(registration.Concepts.Select(p => (p, owner)));
                owner++;
            }
        }

        return phrases;
    }

    /// <summary>The catalogue's rules of one family (the id's first digit).</summary>
    public static IReadOnlyList<PolicyRule> Family(RuleCategory category) =>
        [.. RuleCatalog.Rules.Where(r => r.Descriptor.Category == category)];
}
