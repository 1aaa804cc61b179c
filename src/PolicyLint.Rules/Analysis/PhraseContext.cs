using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>A phrase a rule registered was found in a sentence.</summary>
public sealed class PhraseContext : RuleContext
{
    internal PhraseContext(AnalysisDocument analysis, RuleDescriptor rule, Action<Finding> report, Sentence sentence, PhraseMatch match)
        : base(analysis, rule, report)
    {
        Sentence = sentence;
        Match = match;
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The match.</summary>
    public PhraseMatch Match { get; }

    /// <summary>The matched text as written.</summary>
    public string MatchedText => Analysis.GetText(Match.Span);

    /// <summary>True when the match is negated or prohibited in its clause.</summary>
    public bool IsNegated => Negation.IsNegated(Sentence.Tokens, Match.FirstToken, Match.LastToken);

    /// <summary>True when the match is named in order to replace or avoid it.</summary>
    public bool IsMention => Scopes.IsMention(Sentence.Tokens, Match.FirstToken, Match.LastToken);

    /// <summary>Why the match is not the document's own voice, or null.</summary>
    public string? NotOwnVoice => Analysis.NotOwnVoice(Sentence, Match.Span);
}
