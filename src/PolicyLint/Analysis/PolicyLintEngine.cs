using PolicyLint.Readers;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Tool;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis;

/// <summary>
/// The engine: reads each file with the right reader, decides its kind, runs the rules once over it, and returns the
/// reports in path order. Files are read and analysed in parallel; one bad file never stops the others.
/// </summary>
internal sealed class PolicyLintEngine
{
    private readonly RuleDriver _driver;
    private readonly DocumentLoader _loader;
    private readonly CheckOptions _options;

    public PolicyLintEngine(CheckOptions options, IEnumerable<PolicyRule>? rules = null, IEnumerable<IDocumentReader>? readers = null)
    {
        _options = options;
        _driver = new RuleDriver(rules ?? RuleCatalog.Rules);
        _loader = new DocumentLoader(readers ?? ReaderRegistry.Create(options.PdfPasswords), options.MaxBytes, options.ReadTimeout);
    }

    public bool Supports(string path) => _loader.Handles(path);

    /// <summary>Checks files (already expanded); the result keeps the order given.</summary>
    public CheckResult Check(IReadOnlyList<string> files)
    {
        var reports = new DocumentReport[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism) }, i => reports[i] = CheckOne(files[i]));
        return new CheckResult(reports);
    }

    public DocumentReport CheckOne(string path)
    {
        var loaded = _loader.Load(path);
        if (loaded.Document is null)
        {
            var reason = loaded.Error ?? "unknown error";
            return new DocumentReport(path, loaded.Format, null, _options.Setting, reason, [WholeFileFinding(ToolRules.DocumentUnreadable, reason)], [], null);
        }

        return Analyze(path, loaded.Document);
    }

    /// <summary>
    /// Reads a file and prepares it for rules without running them (for <c>policylint inspect</c>): the analysis, or
    /// the reason it could not be read.
    /// </summary>
    public (AnalysisDocument? Analysis, string? Error) Prepare(string path)
    {
        var loaded = _loader.Load(path);
        if (loaded.Document is null)
        {
            return (null, loaded.Error ?? "unknown error");
        }

        var kind = _options.Kind ?? KindDetector.Detect(loaded.Document);
        return (new AnalysisDocument(loaded.Document, kind, _options.Setting, _options.AsOf), null);
    }

    /// <summary>Analyses a document already read (tests and the corpus snapshot use this too).</summary>
    public DocumentReport Analyze(string path, PolicyDocument document)
    {
        var kind = _options.Kind ?? KindDetector.Detect(document);
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
            return new DocumentReport(path, document.Format, kind, _options.Setting, null, findings, [], document);
        }

        var analysis = new AnalysisDocument(document, kind, _options.Setting, _options.AsOf);
        var result = _driver.Analyze(analysis);
        findings.AddRange(result.Findings);
        return new DocumentReport(path, document.Format, kind, _options.Setting, null, findings, result.Clauses, document);
    }

    private static Finding WholeFileFinding(RuleDescriptor descriptor, string detail, bool raw = false) => new()
    {
        Rule = descriptor,
        Severity = descriptor.DefaultSeverity,
        Message = raw ? detail : descriptor.FormatMessage(detail),
        Span = new TextSpan(0, 0),
        Text = string.Empty,
        Location = new SourceLocation(1, 1, null, null, null),
    };
}
