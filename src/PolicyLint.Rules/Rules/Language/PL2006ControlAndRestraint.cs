using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2006: "control and restraint" (C&amp;R) and "restraint techniques" as the name of training.</summary>
public sealed class PL2006ControlAndRestraint : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2006",
        "ControlAndRestraint",
        "Avoid 'control and restraint' as the name of an approach",
        "'{0}' names training by control of the person: say {1}, or name the approach taught",
        RuleCategory.Language,
        Severity.Warning,
        "\"Control and restraint\" (\"C&R\") is the name of a dated, control-centred approach; the RRN asks documents to " +
        "speak of restrictive intervention and to name the certified approach staff are trained in. Flags \"control and " +
        "restraint\" / \"control & restraint\" and \"C&R\" wherever they occur, and \"restraint techniques\" only when " +
        "used as the name of training (a training, course, module, refresher, programme or certificate word right " +
        "before or after it, e.g. \"restraint techniques training\", \"a course in restraint techniques\"). Not reported: " +
        "\"restraint techniques\" in any other sense (e.g. \"restraint techniques that restrict breathing are " +
        "prohibited\"), \"control\" or \"restraint\" on their own or in \"infection control and restraint reduction\", and the terms inside quotation marks, cited titles, " +
        "references or glossary sections, or where the document names the term to replace it.",
        [Sources.Rrn("§3 Language")]);

    private const string TechniquesPattern = "=restraint =techniques|=technique";

    private static readonly HashSet<string> TrainingWords = new(StringComparer.Ordinal)
    {
        "training", "trained", "train", "course", "courses", "module", "modules", "refresher", "refreshers",
        "programme", "programmes", "program", "programs", "certificate", "certificates", "instructor", "instructors",
        "trainer", "trainers", "session", "sessions", "workshop", "workshops",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("=control and|& =restraint", ["restrictive intervention"]),
        new("=c & =r", ["restrictive intervention"]),
        new(TechniquesPattern, ["restrictive intervention"]),
    ];

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(row);
        var tokens = context.Sentence.Tokens;
        if (row.Pattern != TechniquesPattern)
        {
            // "infection control and restraint reduction": two separate things, not the name of an approach.
            int previous = context.Match.FirstToken - 1;
            int next = context.Match.LastToken + 1;
            bool otherControl = previous >= 0 && tokens[previous].Lower is "infection" or "pest" or "cost" or "quality" or "access" or "budget" or "budgetary" or "financial" or "stock";
            bool restraintReduction = next < tokens.Count && tokens[next].Lower is "reduction" or "reducing" or "minimisation" or "minimization";
            return !(otherControl || restraintReduction);
        }

        // Only as the name of training: a training word within two words after ("restraint techniques training
        // course") or four words before ("training in basic restraint techniques"), without crossing a clause break.
        return NearTrainingWord(tokens, context.Match.LastToken + 1, 1, 2) ||
               NearTrainingWord(tokens, context.Match.FirstToken - 1, -1, 4);
    }

    private static bool NearTrainingWord(IReadOnlyList<Text.Token> tokens, int from, int step, int words)
    {
        for (int i = from, seen = 0; i >= 0 && i < tokens.Count && seen < words; i += step)
        {
            var t = tokens[i];
            if (!t.IsWordLike)
            {
                if (t.Lower is "." or ";" or ":" or ",")
                {
                    return false;
                }

                continue;
            }

            if (TrainingWords.Contains(t.Lower))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
