namespace PolicyLint.Rules.Rules;

/// <summary>
/// Where the concepts or elements of a required clause must hold together to count as one statement of it: the one
/// idea of a clause's place, read by the ladder evaluator (<see cref="ClauseStep.Scope"/>) and the elements evaluator
/// (<see cref="ElementsClauseRule"/>); regions opened by a lead-in are <see cref="ClauseRegionScope"/>'s.
/// </summary>
public enum ClauseScope
{
    /// <summary>One sentence, or two consecutive sentences of one block ("The Board reviews the data quarterly. It also…"): a rung's default.</summary>
    AdjacentSentences,

    /// <summary>One sentence.</summary>
    Sentence,

    /// <summary>
    /// Two concepts, each in its own sentence, taken from the pair of sentences that stand closest together anywhere in
    /// the document (<see cref="ClauseEvidence.Nearest"/>): the two halves of a clause stated in neighbouring
    /// paragraphs. Ladder rungs only.
    /// </summary>
    NearestPair,

    /// <summary>
    /// One section, together with the sentences of its parent section that stand before its subsections: a clause
    /// often opens under "## 4 Using restraint" and goes on under "### 4.1 Limits". Sibling sections are not joined.
    /// A document without headings is one section. Elements clauses only.
    /// </summary>
    Section,

    /// <summary>
    /// Anywhere in the document: each concept (a rung) or each element (in a sentence or two consecutive ones of its
    /// own) wherever it is stated; an elements clause's default.
    /// </summary>
    Document,
}
