using System.Globalization;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Analysis;

/// <summary>Why <see cref="KindDetector"/> chose a kind: the cue counts and, when they left it undecided, the learned model's cue.</summary>
/// <param name="Kind">The detected kind.</param>
/// <param name="Specification">The specification cues (a title cue counts <see cref="KindDetector.TitleWeight"/>).</param>
/// <param name="Policy">The policy cues.</param>
/// <param name="Other">The cues of letters, reports, guidance, leaflets and prospectuses.</param>
public sealed record KindExplanation(DocumentKind Kind, int Specification, int Policy, int Other)
{
    /// <summary>How often the document names restrictive practice in the words the topic cues know.</summary>
    public int TopicMentions { get; init; }

    /// <summary>True when a salutation and a sign-off make the document a letter.</summary>
    public bool Letter { get; init; }

    /// <summary>Why the cue counts left the kind undecided, when they did (and the model was asked); null otherwise.</summary>
    public string? Undecided { get; init; }

    /// <summary>The learned model's cue, when the cue counts left the kind undecided; null when the model was not asked.</summary>
    public KindModelCue? Model { get; init; }

    /// <summary>The kind and the three cue counts, as the detector has always explained itself.</summary>
    public void Deconstruct(out DocumentKind kind, out int specification, out int policy, out int other) =>
        (kind, specification, policy, other) = (Kind, Specification, Policy, Other);

    /// <summary>"cues: specification 3, policy 7, other 0; topic mentions 12" and, when asked, the model's cue and why.</summary>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture,
            $"cues: specification {Specification}, policy {Policy}, other {Other}; topic mentions {TopicMentions}{(Letter ? "; a letter" : string.Empty)}");
        return Model is null ? text : $"{text}; undecided ({Undecided}), so the {Model}: {(Model.StatesClauses ? "states required clauses" : "does not decide")}";
    }
}
