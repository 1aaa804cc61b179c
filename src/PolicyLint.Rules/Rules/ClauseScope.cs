namespace PolicyLint.Rules.Rules;

/// <summary>Where the elements of a required clause must be stated together to count as one statement of it.</summary>
public enum ClauseScope
{
    /// <summary>Anywhere in the document: each element in a sentence (or two consecutive ones) of its own.</summary>
    Document,

    /// <summary>One sentence, or two consecutive sentences of a block ("The Board reviews the data quarterly. It also…").</summary>
    Window,

    /// <summary>
    /// One section, together with the sentences of its parent section that stand before its subsections: a clause
    /// often opens under "## 4 Using restraint" and goes on under "### 4.1 Limits". Sibling sections are not joined.
    /// A document without headings is one section.
    /// </summary>
    Section,
}
