namespace PolicyLint.Rules.Rules.Clauses;

/// <summary>
/// Phrase patterns several clause rules share, so that one reading of a word holds across the pack.
/// </summary>
internal static class ClauseVocabulary
{
    /// <summary>
    /// A family or unpaid carer. In care homes "carer" alone is as often a member of staff ("senior carer", "night
    /// carers"), so a bare "carer" counts only with a word that makes it a family's: "family carers", "unpaid carer",
    /// "their carer". ("Families and carers" is found through "families".)
    /// </summary>
    public const string FamilyCarer = "=family|=unpaid|=their|=his|=her|=parent|=informal ?- =carer|=carers";
}
