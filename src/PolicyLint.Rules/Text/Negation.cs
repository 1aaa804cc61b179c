namespace PolicyLint.Rules.Text;

/// <summary>
/// The one negation and prohibition scope every rule uses: is a match denied, prohibited or excluded by its sentence?
/// "Staff must never…", "there must be no…", "no resident will be… under any circumstances", "is not permitted",
/// "X (a gloss in brackets)" all negate; a negation in another clause does not ("where de-escalation has not worked,
/// …", "challenge those that cannot be justified"). Computed from the sentence's tokens alone, so it is explainable.
/// </summary>
public static class Negation
{
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal)
    {
        "but", "however", "unless", "except", "although", "whereas", "though", "yet", "otherwise", ";",
    };

    private static readonly HashSet<string> StrongBefore = new(StringComparer.Ordinal)
    {
        "never", "not", "cannot", "prohibit", "prohibits", "prohibited", "forbid", "forbids", "forbidden", "ban", "bans", "banned",
        "nor",
    };

    private static readonly HashSet<string> StrongAfter = new(StringComparer.Ordinal)
    {
        "prohibited", "forbidden", "banned", "unlawful", "illegal", "unacceptable", "never",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "may", "can", "could", "might", "will", "would", "shall", "should", "must",
    };

    /// <summary>
    /// True when the tokens are negated or prohibited, reaching across the clause: a strong prohibition cue ("never", "not", "prohibited", "under no circumstances") before them in the sentence
    /// up to the clause's own modal ("staff who have not completed training may use…" is not negated), "no", "without" or
    /// "avoid" up to eight words before, "not"/"never" up to six words after in the same clause, or "is prohibited /
    /// unlawful / unacceptable / not permitted" anywhere after, with no contrast word ("but", "unless", "except", ";") in
    /// between.
    /// </summary>
    public static bool IsNegated(IReadOnlyList<Token> tokens, int first, int last)
    {
        // A gloss in brackets shares the scope of what it glosses: "no planned restraint in the prone (face-down) position".
        int glossed = OpeningBracket(tokens, first);
        bool gloss = glossed != first;
        first = glossed;
        if (AnyCircumstances(tokens, last) && NegatedSubjectOrVerb(tokens, first))
        {
            return true;
        }

        int words = 0;
        for (int i = first - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (ContrastWords.Contains(t.Lower) || (t.Lower == "," && OpensWithSubordinator(tokens, i)))
            {
                break;
            }

            if (t.IsWordLike)
            {
                words++;
            }

            // A strong cue reaches across the clause, but not across a run-on "sentence" of 20 words or more (a flattened
            // table, a list without its markers).
            // "no other way to prevent serious harm", "no alternative": the last-resort test itself, not a denial.
            if (t.Lower == "no" && i + 1 < tokens.Count && tokens[i + 1].Lower is "other" or "alternative" or "safer" or "less" or "choice" or "option")
            {
                continue;
            }

            // "a room they cannot leave (seclusion)": a negation inside a relative clause without its pronoun.
            if (IsReducedRelative(tokens, i, strict: !gloss))
            {
                continue;
            }

            if (((words <= 20 && (StrongBefore.Contains(t.Lower) || t.Lower.EndsWith("n't", StringComparison.Ordinal))) ||
                 (words <= 8 && NearCues.Contains(t.Lower) && !IsClauseBreakBefore(tokens, i, first)) ||
                 (t.Lower == "no" && IsExistential(tokens, i))) &&
                !InClosedRelativeClause(tokens, i, first))
            {
                return true;
            }

            // Past the clause's own modal, a negation belongs to another clause: "staff who have not completed
            // training may use pain compliance" (a negation right after the modal was met first: "must never use"),
            // except an inverted one: "under no circumstances should staff…", "at no time may staff…".
            if (Modals.Contains(t.Lower))
            {
                return (i >= 2 && tokens[i - 2].Lower == "no" && tokens[i - 1].Lower is "circumstances" or "time" or "account" or "point" or "occasion") ||
                       NegatedSubject(tokens, i);
            }
        }

        words = 0;
        bool near = true;
        for (int i = last + 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (ContrastWords.Contains(t.Lower))
            {
                break;
            }

            // A relative or subordinate clause after the match has its own negations ("challenge those that cannot be
            // justified"); only a strong prohibition of the main clause ("… that is used to punish is prohibited") reaches back.
            if (t.Kind == TokenKind.Punctuation && t.Lower is "," or ":" or "." or "(" or ")" || t.Lower is "and" or "or" or "so" or
                "that" or "which" or "who" or "whose" or "whom" or "where" or "when" or "if" or "until" or "because")
            {
                near = false;
            }

            if (t.IsWordLike)
            {
                words++;
            }

            if (near && words <= 6 && (t.Lower is "not" or "never" or "no" or "cannot" || t.Lower.EndsWith("n't", StringComparison.Ordinal)))
            {
                return true;
            }

            if (StrongAfter.Contains(t.Lower) ||
                (t.Lower == "not" && i + 1 < tokens.Count && tokens[i + 1].Lower is "permitted" or "allowed" or "acceptable" or "tolerated" or "used" or "be"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A subject the modal's clause denies: "no resident will be…", "no one may…", "nobody should…", "no child or young
    /// person is to be…" — up to four words before the modal.
    /// </summary>
    private static bool NegatedSubject(IReadOnlyList<Token> tokens, int modal)
    {
        for (int i = modal - 1, words = 0; i >= 0 && words < 5; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Lower is "," or ";" or ":" or ".")
            {
                return false;
            }

            words++;
            if (t.Lower is "no" or "nobody" or "none" or "neither")
            {
                return true;
            }
        }

        return false;
    }

    // "under any circumstances", "in any circumstances", "at any time", "in any situation" after the tokens intensify
    // a negation earlier in the clause ("no one is restrained face down under any circumstances"); on their own they
    // permit, so they count only together with a negated subject or verb.
    private static bool AnyCircumstances(IReadOnlyList<Token> tokens, int last)
    {
        for (int i = last + 1; i + 2 < tokens.Count; i++)
        {
            if (ContrastWords.Contains(tokens[i].Lower))
            {
                return false;
            }

            if (tokens[i].Lower is "under" or "in" or "at" && tokens[i + 1].Lower == "any" &&
                tokens[i + 2].Lower is "circumstances" or "circumstance" or "time" or "situation" or "point")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NegatedSubjectOrVerb(IReadOnlyList<Token> tokens, int first)
    {
        for (int i = first - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (ContrastWords.Contains(t.Lower) || (t.Kind == TokenKind.Punctuation && t.Lower is "." or ";"))
            {
                return false;
            }

            if (t.Lower is "no" or "nobody" or "none" or "not" or "never" or "cannot" || t.Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "there must be no …", "there will be no …", "there is no place for …": the "no" governs the whole clause, however
    // long the noun phrase after it ("no planned or intentional restraint of a person in a prone position").
    private static bool IsExistential(IReadOnlyList<Token> tokens, int no)
    {
        for (int i = no - 1; i >= 0 && i >= no - 4; i--)
        {
            if (tokens[i].Lower == "there")
            {
                return true;
            }

            if (!(tokens[i].Lower is "be" or "is" or "are" or "will" or "must" or "shall" or "should" or "can" or "may" or "to" or "needs" or "need" or "has" or "have"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "where", "if", "when", "whenever", "once", "after", "because", "since", "as", "while", "until", "before",
    };

    /// <summary>
    /// True when the clause ending at the comma at <paramref name="comma"/> opens the sentence with a subordinator:
    /// "Where de-escalation has not worked, …" — a negation inside it does not reach the main clause.
    /// </summary>
    private static bool OpensWithSubordinator(IReadOnlyList<Token> tokens, int comma)
    {
        for (int i = comma - 1; i >= 0; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Lower is "," or ";" or ":")
            {
                return false;
            }
        }

        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word)
            {
                return Subordinators.Contains(t.Lower);
            }
        }

        return false;
    }

    /// <summary>When the token at <paramref name="index"/> is inside brackets, the index of the opening bracket.</summary>
    private static int OpeningBracket(IReadOnlyList<Token> tokens, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (tokens[i].Lower == ")")
            {
                return index;
            }

            if (tokens[i].Lower == "(")
            {
                return i;
            }
        }

        return index;
    }

    // "no", "without", "avoid" negate only nearby and within the clause (no comma, semicolon or bracket in between).
    private static readonly HashSet<string> NearCues = new(StringComparer.Ordinal)
    {
        "no", "without", "avoid", "avoids", "avoiding", "none", "neither", "nobody", "noone",
    };

    private static bool IsClauseBreakBefore(IReadOnlyList<Token> tokens, int cue, int first)
    {
        for (int k = cue + 1; k < first; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Lower is "," or ";" or ":" or "." or "(" or ")")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a strong prohibition cue ("never", "not", "prohibited", "under no circumstances", or "no" up to three
    /// words before) stands before <paramref name="first"/> in the sentence with no contrast word in between. Unlike
    /// <see cref="IsNegated"/> it does not look after the tokens: "all residents must not leave" is a rule, not a
    /// negated one.
    /// </summary>
    public static bool IsNegatedBefore(IReadOnlyList<Token> tokens, int first)
    {
        int words = 0;
        for (int i = first - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (ContrastWords.Contains(t.Lower))
            {
                break;
            }

            if (t.IsWordLike)
            {
                words++;
            }

            if (StrongBefore.Contains(t.Lower) || t.Lower.EndsWith("n't", StringComparison.Ordinal) || (t.Lower == "no" && words <= 3))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a word that prohibits wherever it stands: "never", "not", "prohibited", "forbidden", "-n't"…</summary>
    public static bool IsCue(Token token) =>
        StrongBefore.Contains(token.Lower) || StrongAfter.Contains(token.Lower) || token.Lower.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>
    /// True when the cue at <paramref name="cue"/> sits in a relative clause ("… any that cannot be justified") that a
    /// comma closes before <paramref name="first"/>: "challenge any that cannot be justified, and review the rest" does
    /// not deny "review".
    /// </summary>
    private static bool InClosedRelativeClause(IReadOnlyList<Token> tokens, int cue, int first)
    {
        bool closed = false;
        for (int k = cue + 1; k < first; k++)
        {
            if (tokens[k].Lower is "," or ";")
            {
                closed = true;
                break;
            }
        }

        if (!closed)
        {
            return false;
        }

        for (int k = cue - 1, words = 0; k >= 0 && words < 4; k--, words++)
        {
            if (tokens[k].Lower is "that" or "which" or "who" or "whom" or "whose")
            {
                return true;
            }

            if (tokens[k].Lower is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "they", "he", "she", "we", "you", "it", "i" };

    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "because", "if", "when", "where", "that", "which", "who", "then", "as", "while", "unless",
        "until", "once", "since", "though", "although", "whether", "than",
    };

    /// <summary>
    /// True when the negation at <paramref name="cue"/> ("cannot", "do not", "won't") has a pronoun subject that
    /// directly follows a noun: a relative clause without its "that" ("keeping someone in a room they cannot leave
    /// (seclusion)"), which describes the noun and negates nothing outside it. Outside a gloss in brackets the noun must
    /// follow a determiner.
    /// </summary>
    private static bool IsReducedRelative(IReadOnlyList<Token> tokens, int cue, bool strict)
    {
        var t = tokens[cue].Lower;
        if (!(t is "not" or "cannot" || t.EndsWith("n't", StringComparison.Ordinal)))
        {
            return false;
        }

        int subject = cue - 1;
        if (subject >= 0 && tokens[subject].Lower is "do" or "does" or "did" or "will" or "can" or "could" or "would" or "should" or "may" or "must" or "shall")
        {
            subject--;
        }

        bool shape = subject >= 1 && Pronouns.Contains(tokens[subject].Lower) &&
               tokens[subject - 1].Kind == TokenKind.Word && !NotNouns.Contains(tokens[subject - 1].Lower) && !Modals.Contains(tokens[subject - 1].Lower) &&
               tokens[subject - 1].Lower is not ("staff" or "everyone" or "all");

        // Outside a gloss the noun must follow a determiner ("a room they cannot leave", "the things they do not
        // want"), so "staff know they must not…" stays a negation.
        return shape && (!strict || (subject >= 2 && tokens[subject - 2].Lower is "a" or "an" or "the" or "any" or "every" or "some" or "each" or "those" or "these"));
    }
}
