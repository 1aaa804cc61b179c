using System.Text.RegularExpressions;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Text;

/// <summary>
/// The "semantic model" questions rules ask about a match: is it negated or prohibited, inside quotation marks, inside a
/// cited title, or merely mentioned (named in order to replace it)? Each answer is computed from the sentence's tokens
/// and text alone, so it is explainable.
/// </summary>
public static partial class Scopes
{
    private static readonly HashSet<string> NegationCues = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "nor", "cannot", "without", "avoid", "avoids", "avoiding", "prohibit", "prohibits", "prohibited",
        "forbid", "forbids", "forbidden", "ban", "bans", "banned", "none", "neither",
    };

    private static readonly HashSet<string> PostNegationCues = new(StringComparer.Ordinal)
    {
        "not", "never", "prohibited", "forbidden", "banned", "unacceptable", "unlawful", "illegal", "cannot", "no",
    };

    private static readonly HashSet<string> ClauseBreakWords = new(StringComparer.Ordinal)
    {
        "but", "however", "unless", "except", "although", "whereas", "though", "yet", "and", "or", "so",
    };

    /// <summary>
    /// True when the tokens from <paramref name="first"/> to <paramref name="last"/> are negated or prohibited: the one
    /// scope every rule shares (<see cref="Negation.IsNegated"/>), kept here beside the other scope questions.
    /// </summary>
    public static bool IsNegated(IReadOnlyList<Token> tokens, int first, int last) => Negation.IsNegated(tokens, first, last);

    /// <summary>
    /// True when the phrase is named in order to be replaced or avoided: "instead of", "rather than", "in place of",
    /// "replaces", "avoid (the term)", "formerly", "previously", "no longer", "away from" up to six words before it, or a
    /// prohibition on saying it up to ten words before ("we do not call people…", "never describe people as…", "must not
    /// label young people as … or …").
    /// </summary>
    public static bool IsMention(IReadOnlyList<Token> tokens, int first, int last) =>
        IsMention(tokens, first) || IsRetired(tokens, last);

    /// <summary>
    /// True when the sentence goes on to say the named thing was given up: "the Trust taught Control and Restraint;
    /// this was withdrawn in 2017", "PMVA training, which has since been replaced, …".
    /// </summary>
    public static bool IsRetired(IReadOnlyList<Token> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (int i = last + 1; i < tokens.Count && i <= last + 12; i++)
        {
            var t = tokens[i].Lower;
            if (t is "." or "but" or "however")
            {
                return false;
            }

            if (t is "withdrawn" or "discontinued" or "abandoned" or "retired" or "replaced" or "superseded" or "scrapped" or "dropped" or "stopped" &&
                tokens.Skip(last + 1).Take(i - last - 1).Any(x => x.Lower is "was" or "were" or "been" or "is" or "are"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one-sided form: cues before the phrase only.</summary>
    public static bool IsMention(IReadOnlyList<Token> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int words = 0;
        for (int i = first - 1; i >= 0 && words < 10; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Lower is "." or ";" or ":")
            {
                break;
            }

            if (!t.IsWordLike)
            {
                continue;
            }

            words++;

            // Beyond six words only a prohibition on saying the words reaches ("must not label young people as
            // attention-seeking or manipulative").
            if (words > 6 && !SpeechVerbs.Contains(t.Lower))
            {
                continue;
            }

            switch (t.Lower)
            {
                case "instead" or "rather" or "formerly" or "previously" or "historically" or "avoid" or "avoiding" or "replace" or "replaces" or "replacing" or "term" or "terms" or "phrase" or "word" or "words":
                    return true;
                case "place" when i > 0 && tokens[i - 1].Lower == "in":
                    return true;
                case "longer" when i > 0 && tokens[i - 1].Lower == "no":
                    return true;
                case "call" or "calls" or "describe" or "describes" or "label" or "labels" when words <= 3 && OthersSpeak(tokens, i):
                    // "some services call this challenging behaviour; we say …": the words of others, named to replace them.
                    return true;
                case "called" or "known" or "termed" or "labelled" or "named" when words <= 3 && i > 0 &&
                    tokens[i - 1].Lower is "often" or "sometimes" or "commonly" or "also" or "previously" or "formerly" or "once" or "traditionally" or "widely" or "been" or "so" or "what" or "be":
                    // "often called challenging behaviour", "what used to be called PMVA", "so-called 'time out'",
                    // "previously known as C&R": the term is named, not used.
                    return true;
                case "old" or "former" or "previous" or "outdated" or "discontinued" when words == 1:
                    // "the old PMVA course", "our former C&R training": the name of what was given up.
                    return true;
                case "from" when i > 0 && tokens[i - 1].Lower == "away":
                    // "moved away from the BILD Code", "a shift away from 'managing behaviour'".
                    return true;
                case var verb when SpeechVerbs.Contains(verb) && NegatedBefore(tokens, i) && (OnlyObjectBetween(tokens, i, first) || ObjectThenAs(tokens, i, first)):
                    // "we do not call people patients", "staff must never describe people as violent and aggressive":
                    // a prohibition on saying the words is about the words, not the document using them.
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    // Verbs of naming or regarding someone: a prohibition on them is about the words ("never describe people as…").
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "call", "calls", "calling", "describe", "describes", "describing", "refer", "refers", "referring", "label", "labels",
        "labelling", "say", "says", "name", "names", "characterise", "characterize", "portray", "dismiss", "dismissed", "brand",
        "see", "view", "treat",
    };

    private static readonly HashSet<string> SpeechObjectWords = new(StringComparer.Ordinal)
    {
        "as", "to", "the", "a", "an", "it", "this", "these", "those", "them", "him", "her", "their", "his", "people",
        "people's", "person", "persons", "person's", "anyone", "anyone's", "someone", "someone's", "individuals",
        "residents", "children", "distress", "behaviour", "behaviours", "behavior", "behaviors",
    };

    // Between "call" and the term only its object (and other terms joined by "or") may stand ("call people's distress …", "describe anyone as …"):
    // "staff must not call for help when a patient is calm" is not about the word.
    private static bool OnlyObjectBetween(IReadOnlyList<Token> tokens, int verb, int first)
    {
        static bool Joins(Token t) => t.Lower is "or" or "and" or "nor" or ",";

        for (int i = verb + 1; i < first; i++)
        {
            // A coordinated term before ours is fine too: "do not call people patients or clients".
            if (!SpeechObjectWords.Contains(tokens[i].Lower) && !Joins(tokens[i]) && !(i + 1 < first && Joins(tokens[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    // "must not label young people as …", "never describe a child who is upset as …": the verb's object is a noun phrase of
    // up to six words, then "as" (possibly with other terms joined by "or"/"and" before ours).
    private static bool ObjectThenAs(IReadOnlyList<Token> tokens, int verb, int first)
    {
        int asAt = -1;
        for (int i = verb + 1; i < first; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Lower is "." or ";" or ":" or "(" or ")")
            {
                return false;
            }

            if (tokens[i].Lower == "as" && asAt < 0)
            {
                asAt = i;
            }
        }

        return asAt > verb + 1 && asAt - verb <= 7;
    }

    private static readonly HashSet<string> OtherParties = new(StringComparer.Ordinal)
    {
        "some", "others", "other", "many", "they", "services", "providers", "people", "often", "sometimes", "traditionally",
        "commonly", "still", "older", "policies", "professionals",
    };

    // The verb's subject is someone other than the document's author: "some services call", "others describe", "many
    // policies still label".
    private static bool OthersSpeak(IReadOnlyList<Token> tokens, int verb)
    {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (OtherParties.Contains(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ReportingWords = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "told", "tell", "tells", "felt", "feel", "feels", "described", "describe", "describes",
        "reported", "reports", "experienced", "experience", "perceived", "perceive", "seemed", "seem", "seems", "thought",
        "believed", "complained", "recalled", "remembered", "shared", "explained", "fed",
    };

    /// <summary>
    /// True when the tokens sit in someone's reported words or experience rather than the document's own claim: a
    /// reporting verb ("said that", "told us", "felt like", "described it as", "experienced … as") before them in the
    /// sentence, with a person or group as its subject ("members", "people", "families", "young people", "one person",
    /// "they", "we were told"). A document reporting that "seclusion felt like a punishment" does not use seclusion as one.
    /// </summary>
    public static bool IsReported(IReadOnlyList<Token> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (int i = first - 1; i >= 0; i--)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Lower is ";" or ".")
            {
                return false;
            }

            if (!ReportingWords.Contains(t.Lower))
            {
                continue;
            }

            // "feel like", "felt like", "felt that", "said that", "told us": the reporting use, not "staff will tell the person".
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
            if (next is "like" or "that" or "us" or "me" or "them" or "as" or "it" or "they" or "we" or "how" or "about" or "back" ||
                t.Lower is "felt" or "experienced" or "perceived" or "seemed" or "complained" or "recalled" or "remembered")
            {
                return true;
            }
        }

        return false;
    }

    private static bool NegatedBefore(IReadOnlyList<Token> tokens, int index)
    {
        int words = 0;
        for (int i = index - 1; i >= 0 && words < 4; i--)
        {
            var t = tokens[i];
            if (IsClauseBreak(t, allowAnd: false))
            {
                return false;
            }

            if (t.IsWordLike)
            {
                words++;
                if (t.Lower is "not" or "never" or "cannot" || t.Lower.EndsWith("n't", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The spans inside quotation marks in a block (straight or curly, double or single).</summary>
    public static List<TextSpan> QuotedSpans(string text, TextSpan block)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        int openDouble = -1;
        int openSingle = -1;
        for (int i = block.Start; i < block.End; i++)
        {
            char c = text[i];
            char prev = i > block.Start ? text[i - 1] : ' ';
            char next = i + 1 < block.End ? text[i + 1] : ' ';
            switch (c)
            {
                case '\u201C':
                    openDouble = i;
                    break;
                case '\u201D' when openDouble >= 0:
                    spans.Add(TextSpan.FromBounds(openDouble + 1, i));
                    openDouble = -1;
                    break;
                case '"' when openDouble < 0:
                    openDouble = i;
                    break;
                case '"':
                    spans.Add(TextSpan.FromBounds(openDouble + 1, i));
                    openDouble = -1;
                    break;
                case '\u2018' or '\'' when !char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next):
                    openSingle = i;
                    break;
                case '\u2019' or '\'' when openSingle >= 0 && !char.IsLetterOrDigit(next):
                    spans.Add(TextSpan.FromBounds(openSingle + 1, i));
                    openSingle = -1;
                    break;
                case '\n' when next == '\n':
                    openDouble = openSingle = -1;
                    break;
                default:
                    break;
            }
        }

        return spans;
    }

    /// <summary>
    /// True when <paramref name="span"/> follows, in its sentence, a sign that a work is being cited: a NICE-style
    /// guideline number (NG10, CG25), the word "guideline" or "guidance" followed by a colon, a year in brackets, "et al",
    /// "ISBN", a web address, "entitled"/"titled".
    /// </summary>
    public static bool InCitation(string text, TextSpan sentence, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        int from = Math.Max(sentence.Start, span.Start - 160);
        var before = text.AsSpan(from, span.Start - from);
        if (CitationCue().IsMatch(before))
        {
            return true;
        }

        // A title quoted straight after: "… (NICE, 2015)" or "…, NICE NG10" within the same sentence.
        // As far as the look-back: a cited title runs to 100 characters or more before its "(NICE, 2015)".
        int to = Math.Min(sentence.End, span.End + 160);
        var after = text.AsSpan(span.End, to - span.End);
        return CitationAfter().IsMatch(after);
    }

    private static bool IsClauseBreak(Token t, bool allowAnd)
    {
        if (t.Kind == TokenKind.Punctuation)
        {
            return t.Lower is "," or ";" or ":" or "." or "(" or ")";
        }

        return ClauseBreakWords.Contains(t.Lower) && !(allowAnd && t.Lower is "and" or "or");
    }

    // A numbered legal provision followed by its title: "Regulation 13: Safeguarding …", "Regulation 19 – Behaviour …",
    // "Schedule 3 - …". The title after the separator is the law's wording, not the document's. (Not "Section 4:" or
    // "Part 2:", which are as often the document's own headings.)
    [GeneratedRegex(@"\b(NG|CG|QS|PH|NG)\s?\d{1,3}\b|\bguideline\b|\b(guidance|report|standard|code)\s*:|\(\d{4}\)|\bet al\b|\bISBN\b|https?://|www\.|\b(en)?titled\b|\b(regulations?|reg|schedule|article)\s+\d+[A-Za-z]?(\(\d+\))?(\.\d+)*\s*([:\u2013\u2014]|-\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitationCue();

    [GeneratedRegex(@"^[^.;]*?(\((NICE|CQC|DHSC|DH|NHS England|RRN|BILD|LGA|HM Government)[^)]*\d{4}\)|\bNICE (guideline )?(NG|CG)\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitationAfter();
}
