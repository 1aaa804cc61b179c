using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// Runs rules over documents. Built once for a set of rules: registrations are collected and every rule's phrases are
/// compiled into one <see cref="PhraseMatcher"/>. Each document is then walked once, sentence by sentence; the matcher
/// runs once per sentence and its matches go to the rules that asked. Thread-safe: documents may be analysed in parallel.
/// </summary>
public sealed class RuleDriver
{
    private readonly List<RuleRegistration> _registrations;
    private readonly List<(RuleRegistration Owner, Action<PhraseContext>? Action)> _phraseOwners = [];
    private readonly PhraseMatcher _matcher;

    // Owners whose matches are grouped per sentence and handed to one callback (RegisterSentencePhrases).
    private readonly Dictionary<int, Action<SentencePhrasesContext>> _groupedOwners = [];

    /// <summary>Prepares the rules.</summary>
    public RuleDriver(IEnumerable<PolicyRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _registrations = [];
        var phrases = new List<(Phrase, int)>();
        foreach (var rule in rules)
        {
            var registration = new RuleRegistration(rule);
            rule.Initialize(registration);
            _registrations.Add(registration);
            foreach (var (list, action) in registration.PhraseActions)
            {
                int owner = _phraseOwners.Count;
                _phraseOwners.Add((registration, action));
                phrases.AddRange(list.Select(p => (p, owner)));
            }

            foreach (var (list, action) in registration.SentencePhraseActions)
            {
                // Like concepts (no per-match action), so only matches contained in a longer one of the same group drop.
                int owner = _phraseOwners.Count;
                _phraseOwners.Add((registration, null));
                _groupedOwners[owner] = action;
                phrases.AddRange(list.Select(p => (p, owner)));
            }

            if (registration.Concepts.Count > 0)
            {
                int owner = _phraseOwners.Count;
                _phraseOwners.Add((registration, null));
                phrases.AddRange(registration.Concepts.Select(p => (p, owner)));
            }
        }

        _matcher = new PhraseMatcher(phrases);
    }

    /// <summary>
    /// From how many characters a document's phrase matching and the rules' end-of-document work use every core
    /// (<see cref="AnalysisDocument.ParallelFromChars"/>); tests set it to compare both paths on one document.
    /// </summary>
    internal int ParallelFromChars { get; init; } = AnalysisDocument.ParallelFromChars;

    /// <summary>The rules' descriptors.</summary>
    public IEnumerable<RuleDescriptor> Descriptors => _registrations.Select(r => r.Rule.Descriptor);

    /// <summary>Analyses one document. Rules that do not apply to its kind, or are off in its setting, do not run.</summary>
    public AnalysisResult Analyze(AnalysisDocument analysis) => Analyze(analysis, CancellationToken.None);

    /// <summary>
    /// Analyses one document, checking <paramref name="cancellationToken"/> before each sentence and before each rule's
    /// end-of-document work, so a document that takes too long is stopped there (OperationCanceledException).
    /// </summary>
    public AnalysisResult Analyze(AnalysisDocument analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var findings = new List<Finding>();
        var clauses = new List<ClauseResult>();
        var active = new HashSet<RuleRegistration>(_registrations.Where(r => IsActive(r.Rule.Descriptor, analysis)));
        var concepts = new Dictionary<RuleRegistration, List<(Sentence, PhraseMatch)>>();

        // On a long document the phrase matching (pure: tokens in, matches out) runs on every core first; the walk
        // that hands matches to rules stays in document order, because rules keep state from sentence to sentence.
        var sentences = analysis.Sentences;
        var matched = analysis.Text.Length >= ParallelFromChars ? MatchAll(sentences, cancellationToken) : null;
        for (int index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            cancellationToken.ThrowIfCancellationRequested();
            // Rules read only the roles they ask for (body prose by default): contents pages, document control and
            // page furniture reach only the rules that say so.
            var role = sentence.Block.Role;
            var matches = matched is not null ? matched[index] : Kept(_matcher.Match(sentence.Tokens));
            Dictionary<int, List<PhraseMatch>>? grouped = null;
            foreach (var (owner, match) in matches)
            {
                var (registration, action) = _phraseOwners[owner];
                if (!active.Contains(registration) || !registration.Rule.Descriptor.ReadsRole(role))
                {
                    continue;
                }

                if (_groupedOwners.ContainsKey(owner))
                {
                    grouped ??= [];
                    if (!grouped.TryGetValue(owner, out var g))
                    {
                        grouped[owner] = g = [];
                    }

                    g.Add(match);
                }
                else if (action is null)
                {
                    if (!concepts.TryGetValue(registration, out var list))
                    {
                        concepts[registration] = list = [];
                    }

                    list.Add((sentence, match));
                }
                else
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    action(new PhraseContext(analysis, registration.Rule.Descriptor, findings.Add, sentence, match));
                }
            }

            if (grouped is not null)
            {
                foreach (var (owner, list) in grouped.OrderBy(g => g.Key))
                {
                    var registration = _phraseOwners[owner].Owner;
                    _groupedOwners[owner](new SentencePhrasesContext(analysis, registration.Rule.Descriptor, findings.Add, sentence, list));
                }
            }

            foreach (var registration in _registrations)
            {
                if (!active.Contains(registration) || !registration.Rule.Descriptor.ReadsRole(role))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                foreach (var action in registration.SentenceActions)
                {
                    action(new SentenceContext(analysis, registration.Rule.Descriptor, findings.Add, sentence));
                }
            }
        }

        var ends = _registrations.Where(active.Contains).SelectMany(r => r.DocumentEndActions.Select(a => (Registration: r, Action: a))).ToList();
        if (matched is not null)
        {
            EndInParallel(analysis, ends, concepts, findings, clauses, cancellationToken);
        }
        else
        {
            foreach (var (registration, action) in ends)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(EndContext(analysis, registration, concepts, findings.Add, clauses.Add));
            }
        }

        findings.RemoveAll(f => f.Severity == Severity.None);
        findings.Sort(static (a, b) =>
        {
            int c = a.Span.Start.CompareTo(b.Span.Start);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.RuleId, b.RuleId);
            }

            return c == 0 ? a.Span.Length.CompareTo(b.Span.Length) : c;
        });
        return new AnalysisResult(Dedupe(findings), clauses);
    }

    private static DocumentEndContext EndContext(AnalysisDocument analysis, RuleRegistration registration, Dictionary<RuleRegistration, List<(Sentence, PhraseMatch)>> concepts, Action<Finding> report, Action<ClauseResult> clause)
    {
        var descriptor = registration.Rule.Descriptor;
        var sentences = analysis.Sentences.Where(s => descriptor.ReadsRole(s.Block.Role)).ToList();
        return new DocumentEndContext(analysis, descriptor, report, clause, concepts.GetValueOrDefault(registration) ?? [], sentences);
    }

    // Every sentence's matches, with contained matches dropped, computed on every core.
    private List<(int Owner, PhraseMatch Match)>[] MatchAll(IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        var result = new List<(int Owner, PhraseMatch Match)>[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => result[i] = Kept(_matcher.Match(sentences[i].Tokens)));
        return result;
    }

    private List<(int Owner, PhraseMatch Match)> Kept(List<(int Owner, PhraseMatch Match)> matches) => [.. RemoveContained(matches, _phraseOwners)];

    /// <summary>
    /// The rules' end-of-document work on a long document, each rule on whichever core is free: every action reports
    /// into its own lists, which are then added in the order the sequential loop would have added them, so the result
    /// is the same finding for finding. A rule that throws makes the document fail with that rule's own exception (the
    /// first in rule order), as it would have one at a time.
    /// </summary>
    private static void EndInParallel(AnalysisDocument analysis, List<(RuleRegistration Registration, Action<DocumentEndContext> Action)> ends,
        Dictionary<RuleRegistration, List<(Sentence, PhraseMatch)>> concepts, List<Finding> findings, List<ClauseResult> clauses, CancellationToken cancellationToken)
    {
        var outputs = new (List<Finding> Findings, List<ClauseResult> Clauses, Exception? Error)[ends.Count];
        Parallel.For(0, ends.Count, i =>
        {
            var own = (Findings: new List<Finding>(), Clauses: new List<ClauseResult>(), Error: (Exception?)null);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                ends[i].Action(EndContext(analysis, ends[i].Registration, concepts, own.Findings.Add, own.Clauses.Add));
            }
            catch (Exception ex)
            {
                own.Error = ex;
            }

            outputs[i] = own;
        });

        foreach (var (own, ownClauses, error) in outputs)
        {
            if (error is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            }

            findings.AddRange(own);
            clauses.AddRange(ownClauses);
        }
    }

    private static bool IsActive(RuleDescriptor descriptor, AnalysisDocument analysis) =>
        descriptor.AppliesTo(analysis.Kind) && descriptor.SeverityIn(analysis.Setting) != Severity.None;

    /// <summary>Of one owner's matches, a match inside another (longer) match of the same owner is dropped.</summary>
    /// <remarks>For concept phrases (no action) only matches of the same concept count: "training" inside "training standards" is another concept.</remarks>
    private static IEnumerable<(int Owner, PhraseMatch Match)> RemoveContained(List<(int Owner, PhraseMatch Match)> matches, List<(RuleRegistration Owner, Action<PhraseContext>? Action)> owners)
    {
        for (int i = 0; i < matches.Count; i++)
        {
            var (owner, m) = matches[i];
            bool contained = false;
            for (int j = 0; j < matches.Count && !contained; j++)
            {
                if (i != j && matches[j].Owner == owner && matches[j].Match.Span.Contains(m.Span) &&
                    (owners[owner].Action is not null || Equals(matches[j].Match.Phrase.Data, m.Phrase.Data)) &&
                    (matches[j].Match.Span.Length > m.Span.Length || j < i))
                {
                    contained = true;
                }
            }

            if (!contained)
            {
                yield return (owner, m);
            }
        }
    }

    private static List<Finding> Dedupe(List<Finding> findings)
    {
        var seen = new HashSet<(string, int, int)>();
        return findings.Where(f => seen.Add((f.RuleId, f.Span.Start, f.Span.Length))).ToList();
    }
}
