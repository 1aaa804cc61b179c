using PolicyLint.Analysis.Configuration;
using PolicyLint.Analysis.Suppressions;
using PolicyLint.Readers;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Language;
using PolicyLint.Rules.Rules.Organisation;
using PolicyLint.Rules.Rules.Tool;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis;

/// <summary>
/// The engine: reads each file with the right reader, decides its kind, runs the rules once over it, and returns the
/// reports in path order. Files are read and analysed in parallel; one bad file never stops the others. Each file is
/// read and checked on its own guarded thread (<see cref="DocumentGuard"/>) within the time limit of
/// <see cref="ReaderLimits"/>: reading and checking together, so a document whose rules run too long is stopped,
/// reported as PL9001 naming the limit, and the run goes on.
/// </summary>
internal sealed class PolicyLintEngine
{
    private readonly RuleDriver _driver;
    private readonly DocumentLoader _loader;
    private readonly CheckOptions _options;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RuleDriver> _configuredDrivers = new(StringComparer.Ordinal);

    public PolicyLintEngine(CheckOptions options, IEnumerable<PolicyRule>? rules = null, IEnumerable<IDocumentReader>? readers = null)
    {
        _options = options;
        _driver = new RuleDriver(rules ?? RuleCatalog.Rules);
        _loader = new DocumentLoader(readers ?? ReaderRegistry.Create(options.PdfPasswords), options.Limits);
    }

    public bool Supports(string path) => _loader.Handles(path);

    /// <summary>
    /// Checks files (already expanded) and yields each report as soon as it and every report before it are ready,
    /// in path order, with inputs that could not be searched reported in their place. At most a few documents are in
    /// flight at once (twice the parallelism), so memory does not grow with the number of documents: a caller that
    /// writes each report and lets it go holds one window of documents, never the run.
    /// </summary>
    public IEnumerable<DocumentReport> CheckInOrder(IReadOnlyList<string> files, IReadOnlyList<(string Path, string Reason)> unsearchable)
    {
        var work = files.Select(f => (Path: f, Reason: (string?)null))
            .Concat(unsearchable.Select(u => (u.Path, Reason: (string?)u.Reason)))
            .OrderBy(w => w.Path, StringComparer.Ordinal)
            .ToList();
        int window = Math.Max(1, _options.MaxParallelism) * 2;
        var inFlight = new Queue<Task<DocumentReport>>();
        int next = 0, done = 0;
        while (next < work.Count || inFlight.Count > 0)
        {
            while (next < work.Count && inFlight.Count < window)
            {
                var (path, reason) = work[next++];
                inFlight.Enqueue(reason is null
                    ? Task.Factory.StartNew(() => CheckOne(path), CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default)
                    : Task.FromResult(Unreadable(path, null, reason)));
            }

            yield return inFlight.Dequeue().GetAwaiter().GetResult();
            if (++done % CollectEvery == 0)
            {
                // What a document leaves behind is garbage once it is reported, but on a machine with memory to spare
                // the collector lets it pile up across thousands of documents; a full collection now and then keeps
                // the run's footprint that of a window of documents (a few milliseconds, the live heap is small).
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }
    }

    /// <summary>Documents between full collections in <see cref="CheckInOrder"/>.</summary>
    public const int CollectEvery = 100;

    /// <summary>The format a file would be read as, from its extension (null when no reader takes it).</summary>
    public SourceFormat? FormatOf(string path) => _loader.FormatOf(path);

    /// <summary>Checks files (already expanded); the result keeps the order given.</summary>
    public CheckResult Check(IReadOnlyList<string> files) => Check(files, []);

    /// <summary>
    /// Checks files (already expanded) and reports the inputs that could not be searched (an unreadable folder) as
    /// PL9001 beside them; the result is in path order.
    /// </summary>
    public CheckResult Check(IReadOnlyList<string> files, IReadOnlyList<(string Path, string Reason)> unsearchable)
    {
        var reports = new DocumentReport[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism) }, i => reports[i] = CheckOne(files[i]));
        if (unsearchable.Count == 0)
        {
            return new CheckResult(reports);
        }

        var all = reports.Concat(unsearchable.Select(u => Unreadable(u.Path, null, u.Reason))).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        return new CheckResult(all);
    }

    public DocumentReport CheckOne(string path)
    {
        var phase = new Phase();
        var outcome = DocumentGuard.Run(ct => CheckUnguarded(path, phase, ct), _options.Limits.Timeout);
        if (outcome.TimedOut)
        {
            return Unreadable(path, phase.Format, DocumentLoader.TimeoutReason(phase.Checking ? "checking" : "reading", _options.Limits));
        }

        if (outcome.Error is not null)
        {
            return Unreadable(path, phase.Format, Failure(outcome.Error));
        }

        return outcome.Result!;
    }

    /// <summary>
    /// Reads a file and prepares it for rules without running them (for <c>policylint inspect</c>): the analysis, or
    /// the reason it could not be read. Guarded like <see cref="CheckOne"/>.
    /// </summary>
    public (AnalysisDocument? Analysis, string? Error) Prepare(string path)
    {
        var phase = new Phase();
        var outcome = DocumentGuard.Run(
            ct =>
            {
                var loaded = _loader.Load(path, ct);
                if (loaded.Document is null)
                {
                    return ((AnalysisDocument?)null, loaded.Error ?? "unknown error");
                }

                phase.Checking = true;
                var (kind, setting) = KindAndSetting(path, loaded.Document);
                return (new AnalysisDocument(loaded.Document, kind, setting, _options.AsOf, ct), (string?)null);
            },
            _options.Limits.Timeout);
        if (outcome.TimedOut)
        {
            return (null, DocumentLoader.TimeoutReason(phase.Checking ? "checking" : "reading", _options.Limits));
        }

        return outcome.Error is not null ? (null, Failure(outcome.Error)) : outcome.Result;
    }

    /// <summary>Analyses a document already read (tests and the corpus snapshot use this too).</summary>
    public DocumentReport Analyze(string path, PolicyDocument document) => Analyze(path, document, CancellationToken.None);

    private DocumentReport CheckUnguarded(string path, Phase phase, CancellationToken cancellationToken)
    {
        var loaded = _loader.Load(path, cancellationToken);
        phase.Format = loaded.Format;
        if (loaded.Document is null)
        {
            return Unreadable(path, loaded.Format, loaded.Error ?? "unknown error");
        }

        phase.Checking = true;
        return Analyze(path, loaded.Document, cancellationToken);
    }

    private DocumentReport Analyze(string path, PolicyDocument document, CancellationToken cancellationToken)
    {
        var settings = _options.Configuration?.For(path) ?? EffectiveSettings.Empty;
        var (kind, setting) = KindAndSetting(settings, document);
        var failOn = _options.FailOnGiven ?? settings.FailOn?.Value;
        var usedSettings = settings.Files.Count > 0 ? settings : null;
        var findings = new List<Finding>();
        foreach (var message in document.Messages)
        {
            var descriptor = RuleCatalog.Find(message.RuleId) ?? ToolRules.DocumentUnreadable;
            findings.Add(WholeFileFinding(descriptor, message.Message, raw: true));
        }

        if (document.HasNoText)
        {
            var detail = document.Format == SourceFormat.Pdf ? " (no text layer on any page)" : string.Empty;
            findings.Add(WholeFileFinding(ToolRules.NoText, detail));
            return new DocumentReport(path, document.Format, kind, setting, null, findings, [], document) { FailOn = failOn, Settings = usedSettings };
        }

        var analysis = new AnalysisDocument(document, kind, setting, _options.AsOf, cancellationToken);
        var driver = settings.NeedsOwnDriver ? _configuredDrivers.GetOrAdd(settings.DriverKey, _ => new RuleDriver(ConfiguredRules(settings))) : _driver;
        var result = driver.Analyze(analysis, cancellationToken);
        findings.AddRange(result.Findings);
        findings = Configure(path, document, settings, findings);
        var clauses = result.Clauses.Where(c => RuleCatalog.Find(c.RuleId) is not { } d || settings.SeverityOf(d)?.Value != Severity.None).ToList();
        return new DocumentReport(path, document.Format, kind, setting, null, findings, clauses, document) { FailOn = failOn, Settings = usedSettings };
    }

    /// <summary>The kind and care setting a document is checked as: the command line, then its policylint.json, then detection or the default.</summary>
    private (DocumentKind Kind, CareSetting Setting) KindAndSetting(string path, PolicyDocument document) =>
        KindAndSetting(_options.Configuration?.For(path) ?? EffectiveSettings.Empty, document);

    private (DocumentKind Kind, CareSetting Setting) KindAndSetting(EffectiveSettings settings, PolicyDocument document) =>
        (_options.Kind ?? settings.Kind?.Value ?? KindDetector.Detect(document),
         _options.SettingGiven || settings.Setting is null ? _options.Setting : settings.Setting.Value.Value);

    /// <summary>
    /// What configuration does to a document's findings, in order: in-source suppression markers (and their own PL9003,
    /// PL9004, PL9005), severities by id and category (a rule set to none drops out), suppressions files, the baseline.
    /// </summary>
    private List<Finding> Configure(string path, PolicyDocument document, EffectiveSettings settings, List<Finding> findings)
    {
        bool Known(string id) => RuleCatalog.Find(id) is not null || settings.Terms.ContainsKey(id);
        var configured = InSourceSuppressor.Apply(document, findings, Known);
        if (settings.Rules.Count > 0 || settings.Categories.Count > 0)
        {
            configured = [.. configured
                .Select(f => settings.SeverityOf(f.Rule) is { } configuredSeverity ? f with { Severity = configuredSeverity.Value } : f)
                .Where(f => f.Severity != Severity.None)];
        }

        if (_options.Configuration is { } configuration)
        {
            foreach (var file in settings.SuppressionFiles)
            {
                configuration.Suppressions(file).Apply(path, document, configured);
            }
        }

        _options.Baseline?.Apply(path, document, configured);
        return configured;
    }

    /// <summary>The catalogue's rules with the configured long-sentence limit, and the organisation's terms.</summary>
    private static IEnumerable<PolicyRule> ConfiguredRules(EffectiveSettings settings)
    {
        foreach (var rule in RuleCatalog.Rules)
        {
            yield return rule is PL2009LongSentence && settings.MaxSentenceWords is { } max ? new PL2009LongSentence(max.Value) : rule;
        }

        foreach (var term in settings.Terms.Values.OrderBy(t => t.Value.Id, StringComparer.Ordinal))
        {
            yield return new OrganisationTermRule(term.Value);
        }
    }

    private DocumentReport Unreadable(string path, SourceFormat? format, string reason) =>
        new(path, format, null, _options.Setting, reason, [WholeFileFinding(ToolRules.DocumentUnreadable, reason)], [], null);

    private static string Failure(Exception ex) => ex switch
    {
        OutOfMemoryException => "the file needs more memory than is available to read and check; it may be damaged or hostile",
        DocumentLimitException => "the document is larger than PolicyLint's limits",
        _ => $"PolicyLint failed on this file ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})",
    };

    private static Finding WholeFileFinding(RuleDescriptor descriptor, string detail, bool raw = false) => new()
    {
        Rule = descriptor,
        Severity = descriptor.DefaultSeverity,
        Message = raw ? detail : descriptor.FormatMessage(detail),
        Span = new TextSpan(0, 0),
        Text = string.Empty,
        Location = new SourceLocation(1, 1, null, null, null),
    };

    /// <summary>What the guarded work had got to, read when it runs out of time.</summary>
    private sealed class Phase
    {
        public volatile bool Checking;

        public SourceFormat? Format { get; set; }
    }
}
