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

    /// <summary>
    /// Restrictive practice in any of its names: restriction, restraint, force, seclusion, segregation, physical
    /// intervention, being held or physical holds.
    /// </summary>
    public static readonly string[] RestrictivePractice =
    [
        "restrict*", "restraint", "restrain", "use of force", "seclusion", "segregation", "physical =intervention|=interventions",
        "=being =held", "physical =holding|=holds", "=restrictive =intervention|=interventions",
    ];

    /// <summary>
    /// The organisation's senior leaders as a body or a named senior role: the Board and its committees, directors,
    /// trustees, executives, senior managers, a Responsible or Nominated Individual.
    /// </summary>
    public static readonly string[] SeniorLeaders =
    [
        "=board|=boards", "senior =leader|=leaders|=leadership|=manager|=managers|=management|=team|=teams", "=leadership =team",
        "=executive|=executives", "=directors", "=trustees", "=governing =body|=bodies|=board",
        "=responsible|=nominated =individual", "=quality|=governance|=safety|=safeguarding|=assurance =committee", "=governance =meeting|=meetings|=group",
        // Schools: the head teacher, the governors, the proprietor.
        "=head =teacher|=teachers", "=headteacher|=headteachers|=principal", "=governors|=governing", "=proprietor|=proprietors",
    ];

    /// <summary>Looking at data or practice with a view to acting on it: review, monitor, scrutinise, audit, check, look at.</summary>
    public static readonly string[] Scrutiny =
    [
        "review", "monitor*", "scrutin*", "oversee|oversees|overseen|oversight", "examin*", "analys*|analyz*", "=audit|=audits|=audited",
        "=looks|=look|=looked|=looking =at|=through|=over", "=check|=checks|=checked|=checking",
        "=receives|=receive|=received|=considers|=considered ~3 =report|=reports|=update|=updates|=data|=dashboard|=figures",
    ];
}
