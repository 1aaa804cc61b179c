using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>A sentence, for rules that look at whole sentences.</summary>
public sealed class SentenceContext : RuleContext
{
    internal SentenceContext(AnalysisDocument analysis, RuleDescriptor rule, Action<Finding> report, Sentence sentence)
        : base(analysis, rule, report)
    {
        Sentence = sentence;
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }
}
