using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Analysis;

/// <summary>What every rule callback gets: the document and a way to report.</summary>
public class RuleContext
{
    private readonly Action<Finding> _report;

    internal RuleContext(AnalysisDocument analysis, RuleDescriptor rule, Action<Finding> report)
    {
        Analysis = analysis;
        Rule = rule;
        _report = report;
    }

    /// <summary>The document under analysis.</summary>
    public AnalysisDocument Analysis { get; }

    /// <summary>The rule this callback belongs to.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's severity in this document's setting.</summary>
    public Severity Severity => Rule.SeverityIn(Analysis.Setting);

    /// <summary>Reports a finding on <paramref name="span"/>.</summary>
    /// <param name="span">What the finding is about.</param>
    /// <param name="message">The message (usually <see cref="RuleDescriptor.FormatMessage"/>).</param>
    /// <param name="severity">Overrides the setting's severity (e.g. one level lower for a quoted use).</param>
    /// <param name="fixes">Suggested replacements.</param>
    public void Report(TextSpan span, string message, Severity? severity = null, IReadOnlyList<Fix>? fixes = null)
    {
        var text = Analysis.GetText(span);
        if (text.Length > 160)
        {
            text = text[..157] + "...";
        }

        _report(new Finding
        {
            Rule = Rule,
            Severity = severity ?? Severity,
            Message = message,
            Span = span,
            Text = text,
            Location = Analysis.Document.Locate(span.Start),
            Fixes = fixes ?? [],
        });
    }
}
