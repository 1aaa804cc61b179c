using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2008: "time out" used for isolating someone hides seclusion or enforced isolation.</summary>
public sealed class PL2008TimeOut : SubstitutionRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2008",
        "TimeOut",
        "Name isolation plainly rather than 'time out'",
        "'{0}' here describes keeping the person apart: name it, e.g. {1}",
        RuleCategory.Language,
        Severity.Info,
        "The RRN asks for plain language about restrictive practice: when a person is kept apart from others, the " +
        "document should say so (\"seclusion\", \"enforced isolation\") so that it is recognised, authorised, recorded " +
        "and reviewed as a restriction. Flags \"time out\", \"time-out\" and \"timeout(s)\" only when the sentence shows " +
        "the isolating sense in the same clause: a room or area, being placed or sent, isolation, seclusion, being locked or confined, being " +
        "alone, or \"away from others\". Where the person takes (or has, or is offered) time out themselves, only the " +
        "strong cues count (placed, sent, isolated, secluded, locked, confined, away from others), so \"staff may take " +
        "time out in the staff room\" is not reported. Deliberately not reported: \"time off\", \"time out of their " +
        "room\" (time spent outside it), sport and break senses with none of the cues, and the term inside quotation " +
        "marks, cited titles, references or glossary sections, or where the document names the term to replace it.",
        [Sources.Rrn("§3 Language")]);

    private static readonly string[] Alternatives = ["seclusion", "enforced isolation"];

    private static readonly HashSet<string> WeakCues = new(StringComparer.Ordinal)
    {
        "room", "rooms", "area", "areas", "alone", "space", "corridor",
    };

    private static readonly HashSet<string> StrongCues = new(StringComparer.Ordinal)
    {
        "placed", "place", "put", "sent", "send", "sends", "sending", "locked", "lock", "confined", "kept", "removed",
    };

    private static readonly HashSet<string> ChoiceWords = new(StringComparer.Ordinal)
    {
        "take", "takes", "taking", "took", "taken", "have", "has", "having", "had", "offer", "offers", "offered",
        "offering", "choose", "chooses", "choosing", "chose", "ask", "asks", "asked", "request", "requests", "requested",
        "want", "wants", "wanted", "need", "needs", "needed",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override IReadOnlyList<Substitution> Substitutions { get; } =
    [
        new("=time =out|=outs", Alternatives),
        new("=timeout|=timeouts", Alternatives),
    ];

    /// <inheritdoc/>
    protected override bool ShouldReport(PhraseContext context, Substitution row)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.Sentence.Tokens;
        int first = context.Match.FirstToken;
        int next = context.Match.LastToken + 1;

        // "time out of their room": time spent outside it, the opposite of isolation.
        if (next < tokens.Count && tokens[next].Lower == "of")
        {
            return false;
        }

        // "take time out", "have time out", "offered time out": the person's own break, unless it is imposed.
        bool chosen = false;
        for (int i = first - 1, seen = 0; i >= 0 && seen < 3; i--)
        {
            if (!tokens[i].IsWordLike)
            {
                continue;
            }

            if (ChoiceWords.Contains(tokens[i].Lower))
            {
                chosen = true;
                break;
            }

            seen++;
        }

        // Cues count only in the match's clause (up to ten words either side, not across , ; : or brackets), so
        // "time out of their rooms each day, and time out in the community" is not tied to the rooms.
        int from = ClauseEdge(tokens, first - 1, -1);
        int to = ClauseEdge(tokens, next, 1);
        bool weak = false;
        for (int i = from; i <= to; i++)
        {
            if (i >= first && i < next)
            {
                continue;
            }

            var word = tokens[i].Lower;
            if (StrongCues.Contains(word) || word.StartsWith("isolat", StringComparison.Ordinal) || word.StartsWith("seclu", StringComparison.Ordinal) ||
                (word == "away" && i + 2 < tokens.Count && tokens[i + 1].Lower == "from" && tokens[i + 2].Lower is "others" or "other"))
            {
                // "place" only as a verb before the match ("place the person in time out"), not "takes place".
                if (word == "place" && i > 0 && tokens[i - 1].Lower is "take" or "takes" or "taking" or "took" or "taken")
                {
                    continue;
                }

                return true;
            }

            weak |= WeakCues.Contains(word);
        }

        return weak && !chosen;
    }

    private static int ClauseEdge(IReadOnlyList<Text.Token> tokens, int start, int step)
    {
        int edge = start - step;
        for (int i = start, seen = 0; i >= 0 && i < tokens.Count && seen < 10; i += step)
        {
            if (tokens[i].Lower is "," or ";" or ":" or "." or "(" or ")" or "!" or "?")
            {
                break;
            }

            if (tokens[i].IsWordLike)
            {
                seen++;
            }

            edge = i;
        }

        return edge;
    }
}
