using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Practice;

/// <summary>
/// Shared helpers for the practice rules (PL3002-PL3006): lists under a prohibiting or defining lead-in, the document's
/// own voice, and a matcher for the one check that reads a whole paragraph. Negation is <see cref="Negation"/>.
/// </summary>
internal static class PracticeText
{
    /// <summary>A matcher over <paramref name="patterns"/>.</summary>
    public static PhraseMatcher Matcher(params string[] patterns) => new(patterns.Select(p => (new Phrase(p), 0)));


    /// <summary>True when any phrase of <paramref name="matcher"/> occurs in the sentence.</summary>
    public static bool Any(PhraseMatcher matcher, Sentence sentence) => matcher.Match(sentence.Tokens).Count > 0;

    // "Restrictive practice includes:", "Types of restraint are:" — but not "Sanctions include:" or "House rules
    // include:", whose items are what the rules look for.
    private static bool Defines(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => DefiningWords.Contains(t.Lower)) &&
        tokens.Any(t => t.Lower.StartsWith("restrict", StringComparison.Ordinal) || t.Lower.StartsWith("restrain", StringComparison.Ordinal) || t.Lower is "seclusion" or "intervention" or "interventions") &&
        !tokens.Any(t => t.Lower.StartsWith("sanction", StringComparison.Ordinal) || t.Lower.StartsWith("consequence", StringComparison.Ordinal) ||
                         t.Lower.StartsWith("punish", StringComparison.Ordinal) || t.Lower is "rule" or "rules");

    // A lead-in that defines or gives examples ("Restrictive practice includes:", "Examples are:", "This means:"): its
    // items describe practices, they do not adopt them.
    private static readonly HashSet<string> DefiningWords = new(StringComparer.Ordinal)
    {
        "includes", "include", "including", "means", "mean", "examples", "example", "types", "kinds", "forms", "covers", "such",
    };

    /// <summary>
    /// True when the sentence is an item of a list introduced by a prohibition or a definition ("Restrictive practice
    /// includes:" — the items describe practices, they do not adopt them). A prohibition: "It is never lawful to use:" followed by
    /// "1. Restraint with intent to humiliate…", "3. Physical force as a means of punishment." Walks back over list-like
    /// sentences (list items, or sentences on a line starting with a number or bullet) to the lead-in ending with a colon.
    /// </summary>
    public static bool UnderProhibitingOrDefiningLeadIn(RuleContext context, Sentence sentence)
    {
        var all = context.Analysis.Sentences;
        var text = context.Analysis.Text;
        if (!ListLike(text, sentence))
        {
            return false;
        }

        for (int i = sentence.Index - 1; i >= 0 && i >= sentence.Index - 40; i--)
        {
            var s = all[i];
            if (ListLike(text, s))
            {
                continue;
            }

            var lead = text.AsSpan(s.Span.Start, s.Span.Length).TrimEnd();
            if (!lead.EndsWith(":", StringComparison.Ordinal))
            {
                return false;
            }

            var tokens = s.Tokens;
            for (int k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (Negation.IsCue(t) || (t.Lower == "circumstances" && k > 0 && tokens[k - 1].Lower == "no"))
                {
                    return true;
                }
            }

            return Defines(tokens);
        }

        return false;
    }

    private static bool ListLike(string text, Sentence sentence)
    {
        if (sentence.Block.Kind == BlockKind.ListItem)
        {
            return true;
        }

        // The line the sentence starts on: "2. Physical force…" splits into the sentences "2." and "Physical force…".
        int start = sentence.Span.Start;
        while (start > sentence.Block.Span.Start && text[start - 1] != '\n')
        {
            start--;
        }

        var s = text.AsSpan(start, sentence.Span.End - start).TrimStart();
        return s.Length > 0 && (char.IsDigit(s[0]) || s[0] is '-' or '*' or '\u2022' || (s.Length > 1 && char.IsLetter(s[0]) && s[1] == ')'));
    }

    /// <summary>True when the sentence is a heading, in a references or glossary section, or a block quote.</summary>
    public static bool OutsideBody(Sentence sentence)
    {
        var block = sentence.Block;
        return block.Kind is BlockKind.Heading or BlockKind.BlockQuote or BlockKind.Comment || AnalysisDocument.RoleOf(block) != SectionRole.Body;
    }

    /// <summary>
    /// True when the span is not the document's own voice (quoted, cited, outside the body), named in order to be
    /// avoided, or in someone's reported words or experience ("members said seclusion felt like a punishment").
    /// </summary>
    public static bool NotOwn(RuleContext context, Sentence sentence, PhraseMatch match) =>
        OutsideBody(sentence) ||
        context.Analysis.NotOwnVoice(sentence, match.Span) is not null ||
        Scopes.IsMention(sentence.Tokens, match.FirstToken, match.LastToken) ||
        Scopes.IsReported(sentence.Tokens, match.FirstToken);

    /// <summary>The sentences of the paragraph (block) a sentence is in.</summary>
    public static IReadOnlyList<Sentence> Paragraph(RuleContext context, Sentence sentence) => context.Analysis.SentencesOf(sentence.Block);
}
