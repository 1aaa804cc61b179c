using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Diagnostics;

/// <summary>One reported problem: which rule, how severe, where, the offending text and what to write instead.</summary>
public sealed record Finding
{
    /// <summary>The rule.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>The effective severity (setting, context and configuration applied).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message shown to the user.</summary>
    public required string Message { get; init; }

    /// <summary>The span in the document's normalised text (empty for whole-document findings).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The offending text (or the evidence paragraph's start for clause findings).</summary>
    public required string Text { get; init; }

    /// <summary>Where the span starts in the source file.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Suggested replacements.</summary>
    public IReadOnlyList<Fix> Fixes { get; init; } = [];

    /// <summary>Set when the finding is suppressed (in the source, by a suppressions file or by the baseline).</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>True when the finding is suppressed and so neither printed as text nor counted.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>The rule id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The replacement texts, in order.</summary>
    public IEnumerable<string> Suggestions => Fixes.Select(f => f.Replacement);
}
