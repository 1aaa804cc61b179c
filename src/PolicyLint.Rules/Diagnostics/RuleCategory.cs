namespace PolicyLint.Rules.Diagnostics;

/// <summary>The families of rules; the id's first digit names the family.</summary>
public enum RuleCategory
{
    /// <summary>PL1xxx: clauses a specification or policy must contain.</summary>
    RequiredClause,

    /// <summary>PL2xxx: language the guidance asks documents to avoid.</summary>
    Language,

    /// <summary>PL3xxx: practice contrary to guidance.</summary>
    Practice,

    /// <summary>PL4xxx: keeping the document up to date.</summary>
    Upkeep,

    /// <summary>PL9xxx: PolicyLint itself (unreadable input, configuration).</summary>
    Tool,
}
