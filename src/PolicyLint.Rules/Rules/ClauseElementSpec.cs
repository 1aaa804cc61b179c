namespace PolicyLint.Rules.Rules;

/// <summary>
/// One element of a required clause, as data: its name, the concept sets any one of which states it (all concepts
/// of a set within one sentence or two consecutive sentences of a block), and the message of a partial clause when
/// this is the element missing. A set may name <see cref="ElementsClauseRule.Binding"/>: the place must bind the
/// reader (shall, must, will, a list item…).
/// </summary>
/// <param name="Name">The element in the guidance's words ("kept for three years").</param>
/// <param name="MessageWhenMissing">The finding when only this element is missing.</param>
/// <param name="ConceptSets">Alternative sets of concepts that state the element.</param>
public sealed record ClauseElementSpec(string Name, string MessageWhenMissing, params IReadOnlyList<string>[] ConceptSets)
{
    /// <summary>
    /// An element that completes the clause but does not, on its own, make it partial (naming independent advocates
    /// says nothing about how concerns are raised).
    /// </summary>
    public bool Supporting { get; init; }

    /// <summary>
    /// Concepts that set the scene for the element: it counts with them in one sentence or a pair, or anywhere in a
    /// section one of whose sentences holds them all ("## After an incident" … "we offer therapeutic support").
    /// </summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>
    /// An element the clause does not need, but whose presence makes a place the fuller statement of it: places that
    /// state as many required elements are ranked by their optional elements, in the order listed, before document
    /// order (an explicit "actively reducing restrictive practice" over a passing "the reduction plan"). It never makes
    /// a clause partial on its own, is never reported missing, and is not listed among the clause's elements.
    /// </summary>
    public bool Optional { get; init; }
}
