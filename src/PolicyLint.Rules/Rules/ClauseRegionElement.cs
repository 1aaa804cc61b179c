namespace PolicyLint.Rules.Rules;

/// <summary>One element counted inside a region: its name in the guidance's words and the concept that states it.</summary>
/// <param name="Concept">The concept whose presence in a sentence of the region states the element.</param>
/// <param name="Name">How messages and the JSON elements name it ("type of restriction").</param>
public sealed record ClauseRegionElement(string Concept, string Name);
