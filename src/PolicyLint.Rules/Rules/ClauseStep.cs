using PolicyLint.Rules.Analysis;

namespace PolicyLint.Rules.Rules;

/// <summary>
/// One rung of a required clause's ladder, as data: the concepts that must co-occur, where (one sentence, or two
/// consecutive sentences of a block), whether the place must bind the reader (shall, must, we will…), the status it
/// gives, and the explanation or message.
/// </summary>
/// <param name="Status">Present or partial.</param>
/// <param name="Concepts">The concepts that must all be found together.</param>
/// <param name="Message">The explanation (present) or the finding's message (partial).</param>
public sealed record ClauseStep(ClauseStatus Status, IReadOnlyList<string> Concepts, string Message)
{
    /// <summary>Whether the concepts must stand in one sentence; otherwise two consecutive sentences of a block will do.</summary>
    public bool OneSentence { get; init; }

    /// <summary>Whether the place must be a commitment or requirement.</summary>
    public bool Binding { get; init; }
}
