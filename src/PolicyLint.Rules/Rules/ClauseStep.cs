using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// One rung of a required clause's ladder, as data: the concepts that must co-occur, where (<see cref="Scope"/>), what
/// the place must be (binding, an obligation, a statement in prose), concepts that veto a sentence, the care settings
/// where the rung holds, which sentence is the principal evidence, the elements reported, the status it gives, and
/// the explanation or message.
/// </summary>
/// <param name="Status">Present or partial.</param>
/// <param name="Concepts">The concepts that must all be found together.</param>
/// <param name="Message">The explanation (present) or the finding's message (partial).</param>
public sealed record ClauseStep(ClauseStatus Status, IReadOnlyList<string> Concepts, string Message)
{
    /// <summary>Where the concepts must hold together.</summary>
    public ClauseScope Scope { get; init; }

    /// <summary>Whether the concepts must stand in one sentence (<see cref="ClauseScope.Sentence"/>); otherwise two consecutive sentences of a block will do.</summary>
    public bool OneSentence
    {
        get => Scope == ClauseScope.Sentence;
        init => Scope = value ? ClauseScope.Sentence : ClauseScope.AdjacentSentences;
    }

    /// <summary>
    /// Whether the place must be a commitment or requirement (<see cref="ClauseEvidence.IsCommitment"/>: in a policy,
    /// any plain unhedged statement of the provider's practice counts).
    /// </summary>
    public bool Binding { get; init; }

    /// <summary>
    /// Whether the place must state an obligation (<see cref="ClauseEvidence.IsObligation"/>: shall, must, will, a list
    /// item, a universal present) — stricter than <see cref="Binding"/>, in a policy as in a specification.
    /// </summary>
    public bool Obligation { get; init; }

    /// <summary>
    /// Whether the place must be a statement in the document's own prose that commits (not a list item, table cell or
    /// heading): a bare list of Acts or a reference-like item is weaker evidence than "We act within the Act". A rung
    /// that asks for a statement is usually followed by the same rung without it.
    /// </summary>
    public bool Statement { get; init; }

    /// <summary>Whether, among the places that hold the rung, statements (<see cref="Statement"/>) come before list items, table cells and headings.</summary>
    public bool PreferStatements { get; init; }

    /// <summary>Concepts that veto a sentence: a sentence holding any of them is not a place for this rung ("the Equality and Human Rights Commission").</summary>
    public IReadOnlyList<string> Without { get; init; } = [];

    /// <summary>Concepts that order the places: a place holding the first comes first, and so on; then document order ("record every use" before "every restriction … recorded in the plan").</summary>
    public IReadOnlyList<string> Prefer { get; init; } = [];

    /// <summary>
    /// Concepts that mark the principal evidence of a <see cref="ClauseScope.NearestPair"/> rung, best first: among the
    /// sentences of the pair's paragraphs that hold one of the rung's concepts, the first in document order holding the
    /// first of these concepts (a topic sentence such as "Support comes first." states the clause); when none holds any
    /// of them, the sentence of the rung's last concept.
    /// </summary>
    public IReadOnlyList<string> Principal { get; init; } = [];

    /// <summary>The care settings where the rung holds; null for every setting.</summary>
    public IReadOnlySet<CareSetting>? OnlyIn { get; init; }

    /// <summary>The care settings where the rung does not hold.</summary>
    public IReadOnlySet<CareSetting> NotIn { get; init; } = new HashSet<CareSetting>();

    /// <summary>
    /// The elements the decision reports, each found where its concept is found in the place, and absent when the
    /// rung's concepts do not include it (a partial rung says what is missing).
    /// </summary>
    public IReadOnlyList<StepElement> Elements { get; init; } = [];

    /// <summary>True when the rung holds in <paramref name="setting"/>.</summary>
    public bool AppliesIn(CareSetting setting) => (OnlyIn is null || OnlyIn.Contains(setting)) && !NotIn.Contains(setting);
}

/// <summary>An element a rung reports: its name in the guidance's words and the concept that states it.</summary>
/// <param name="Name">The element ("post-incident support").</param>
/// <param name="Concept">The concept whose sentence is the element's evidence.</param>
public sealed record StepElement(string Name, string Concept);
