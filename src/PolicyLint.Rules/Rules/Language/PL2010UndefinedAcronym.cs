using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Language;

/// <summary>PL2010: an acronym used before, or without, its expansion.</summary>
public sealed partial class PL2010UndefinedAcronym : PolicyRule
{
    /// <summary>The descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL2010",
        "UndefinedAcronym",
        "Expand acronyms at first use",
        "'{0}' is {1}: expand it at first use, e.g. 'Full Name ({0})'",
        RuleCategory.Language,
        Severity.Info,
        "Plain language (RRN guidance §3) means readers, including people supported and their families, can follow the " +
        "document. Reports the first use of each acronym (two or more capitals, such as RRN, PBS, LeDeR, STOMP, UKAS, CQC, " +
        "PRN; a plural 's' or a possessive is ignored) that comes before its expansion or has none; one finding per acronym. An expansion is " +
        "\"Full Name (ABC)\" (a word starting with the acronym's first letter within the twenty words before the bracket), " +
        "\"ABC (Full Name)\", \"ABC - Full Name\" / \"ABC: Full Name\", \"ABC stands for / means …\", or any entry of a glossary, " +
        "abbreviations or definitions section (which counts for the whole document, wherever it is). Not reported: uses in " +
        "headings (titles often carry the acronym that the first paragraph expands; a heading can still expand one), in " +
        "references and glossary sections, in quotations and cited titles, in all-capitals sentences (emphasis, not " +
        "acronyms), Roman numerals, common capitalised words (MUST, NOT, NOTE…), and a short allow-list of acronyms every " +
        "reader knows: UK, NHS, GP, TV, OK, EU, USA, BBC, PDF, URL, ID, AM, PM, CCTV, COVID, NB, PO, UN, ISO. Letters glued to digits or to another word " +
        "(postcodes such as \"EL1 2AB\", references such as \"SL/0419\", \"GOV.UK\", \"IC(E)TR\") and lines written wholly in " +
        "capitals (letterheads and plain-text headings) are not acronym uses. Titles and cover sheets, contents pages, " +
        "document control and page furniture are not read, and a word in capitals that the document also writes in " +
        "lower case (\"SECLUSION\" beside \"seclusion\", \"MAY\", \"TRUST\") is an ordinary word set in capitals, as is " +
        "every word of a run of three or more capitalised words most of which are ordinary (a heading run into the " +
        "first sentence).",
        [Sources.Rrn("§3 Language")],
        reads: RuleReads.Except(RuleReads.Text, BlockRole.Title));

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "UK", "NHS", "GP", "TV", "OK", "EU", "USA", "BBC", "PDF", "URL", "ID", "AM", "PM", "CCTV", "COVID", "NB", "PO", "UN", "ISO",
    };

    private static readonly HashSet<string> CapitalisedWords = new(StringComparer.Ordinal)
    {
        "MUST", "NOT", "NEVER", "ALL", "NO", "ONLY", "NOTE", "IMPORTANT", "WARNING", "AND", "OR", "THE", "DO", "DOES", "SHOULD",
        "WILL", "ANY", "YOU", "WE", "ALWAYS", "IS", "ARE", "BE", "IT", "IF", "OF", "TO", "IN", "ON", "AT", "BY", "AN", "AS",
        "NOTES", "NONE", "YES", "RE", "STOP", "POLICY", "PROCEDURE", "SECTION", "APPENDIX", "PART", "CONTENTS", "DRAFT", "FINAL",
    };

    /// <inheritdoc/>
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public override void Initialize(RuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.RegisterDocumentEndAction(OnDocumentEnd);
    }

    private static void OnDocumentEnd(DocumentEndContext context)
    {
        var analysis = context.Analysis;
        var text = analysis.Text;

        // Pass 1: where each acronym is expanded (glossary entries count everywhere: offset -1).
        var expandedAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in analysis.Sentences)
        {
            bool glossary = AnalysisDocument.RoleOf(sentence.Block) == SectionRole.Glossary;
            var tokens = sentence.Tokens;
            for (int i = 0; i < tokens.Count; i++)
            {
                if (Acronym(text, tokens[i]) is not { } key)
                {
                    continue;
                }

                if (glossary)
                {
                    expandedAt[key] = -1;
                }
                else if (IsExpansion(text, tokens, i, key) && !expandedAt.ContainsKey(key))
                {
                    expandedAt[key] = tokens[i].Span.Start;
                }
            }
        }

        // Words the document writes in lower case: the same word in capitals is emphasis or a title, not an acronym.
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                // Words in addresses ("nhs.imas@nhs.net") are not the document writing the word.
                if (token.Kind == TokenKind.Word && token.Span.Length > 1 && char.IsLower(text[token.Span.Start]) && !Glued(text, token.Span))
                {
                    lowerWords.Add(token.Lower);
                }
            }
        }

        // Pass 2: the first use of each acronym in the document's own voice.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in context.Sentences)
        {
            var block = sentence.Block;
            if (block.Kind is BlockKind.Heading or BlockKind.BlockQuote or BlockKind.Comment || AnalysisDocument.RoleOf(block) != SectionRole.Body)
            {
                continue;
            }

            var tokens = sentence.Tokens;
            if (AllCapitals(text, tokens))
            {
                continue;
            }

            var lines = new Dictionary<int, bool>();

            for (int i = 0; i < tokens.Count; i++)
            {
                if (Acronym(text, tokens[i]) is not { } key || seen.Contains(key) || Glued(text, tokens[i].Span) ||
                    (key.All(char.IsUpper) && lowerWords.Contains(key.ToLowerInvariant())) || InCapitalRun(text, tokens, i, lowerWords) ||
                    CapitalLine(text, sentence.Block.Span, tokens[i].Span.Start, lines) || analysis.NotOwnVoice(sentence, tokens[i].Span) is not null)
                {
                    continue;
                }

                seen.Add(key);
                if (expandedAt.TryGetValue(key, out int at) && at <= tokens[i].Span.Start)
                {
                    continue;
                }

                var how = expandedAt.ContainsKey(key) ? "used before it is expanded" : "not expanded in the document";
                context.Report(tokens[i].Span, Rule.FormatMessage(key, how));
            }
        }
    }

    /// <summary>The acronym a token spells (plural 's' removed), or null when it is not one.</summary>
    private static string? Acronym(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Span.Length < 2)
        {
            return null;
        }

        var word = text.Substring(token.Span.Start, token.Span.Length);
        if (word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }

        if (word.Length > 2 && word[^1] == 's' && word[..^1].All(char.IsUpper))
        {
            word = word[..^1];
        }

        if (!char.IsUpper(word[0]) || !word.All(char.IsAsciiLetter))
        {
            return null;
        }

        int upper = word.Count(char.IsUpper);
        if (upper < 2 || upper * 2 < word.Length || Known.Contains(word) || CapitalisedWords.Contains(word) || Roman().IsMatch(word))
        {
            return null;
        }

        return word;
    }

    /// <summary>
    /// True when the token is one of a run of three or more words in capitals, most of them words the document also
    /// writes in lower case: "RESTRICTIVE PRACTICE POLICY The Trust…" is a heading run into the first sentence.
    /// </summary>
    private static bool InCapitalRun(string text, IReadOnlyList<Token> tokens, int i, HashSet<string> lowerWords)
    {
        bool Capital(int k) => k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k].Span.Length > 1 &&
            text.AsSpan(tokens[k].Span.Start, tokens[k].Span.Length).ToString().All(c => !char.IsLetter(c) || char.IsUpper(c));

        int start = i, end = i;
        while (Capital(start - 1))
        {
            start--;
        }

        while (Capital(end + 1))
        {
            end++;
        }

        int length = end - start + 1;
        if (length < 3)
        {
            return false;
        }

        int ordinary = 0;
        for (int k = start; k <= end; k++)
        {
            ordinary += lowerWords.Contains(tokens[k].Lower) || CapitalisedWords.Contains(text.Substring(tokens[k].Span.Start, tokens[k].Span.Length)) ? 1 : 0;
        }

        return ordinary * 2 > length;
    }

    /// <summary>"Full Name (ABC)", "ABC (Full Name)", "ABC - Full Name", "ABC: Full Name", "ABC stands for / means …".</summary>
    private static bool IsExpansion(string text, IReadOnlyList<Token> tokens, int i, string key)
    {
        char initial = char.ToLowerInvariant(key[0]);

        // Full Name (ABC)
        if (i >= 2 && tokens[i - 1].Lower == "(" && i + 1 < tokens.Count &&
            (tokens[i + 1].Lower == ")" || (tokens[i + 1].Lower is "," or ";" && i + 2 < tokens.Count && tokens[i + 2].Kind != TokenKind.Number)))
        {
            int words = 0;
            for (int k = i - 2; k >= 0 && words < 20; k--)
            {
                if (tokens[k].Kind == TokenKind.Word)
                {
                    words++;
                    if (tokens[k].Lower.Length > 0 && tokens[k].Lower[0] == initial)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // ABC (Full Name)
        if (i + 3 < tokens.Count && tokens[i + 1].Lower == "(")
        {
            int words = 0;
            bool first = true;
            for (int k = i + 2; k < tokens.Count && tokens[k].Lower != ")"; k++)
            {
                if (tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                if (first && tokens[k].Lower[0] != initial)
                {
                    return false;
                }

                first = false;
                words++;
            }

            return words >= 2;
        }

        // ABC stands for / means / is short for …
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "stands" or "means")
        {
            return true;
        }

        // ABC – Full Name, ABC: Full Name
        var after = text.AsSpan(tokens[i].Span.End, Math.Min(80, text.Length - tokens[i].Span.End));
        var dash = DashExpansion().Match(after.ToString());
        return dash.Success && char.ToLowerInvariant(dash.Groups[1].Value[0]) == initial;
    }

    /// <summary>
    /// True when the token is glued to a neighbour: a letter or digit right before or after it ("2AB", "EL1"), or a
    /// joining character with a letter or digit beyond it ("SL/0419", "GOV.UK", "IC(E)TR", "name@NHS").
    /// </summary>
    private static bool Glued(string text, TextSpan span)
    {
        static bool Joiner(char c) => c is '/' or '.' or '(' or ')' or '_' or '@' or '&' or '\\' or '+';

        if (span.Start > 0)
        {
            char b = text[span.Start - 1];
            if (char.IsLetterOrDigit(b) || (Joiner(b) && b != '(' && span.Start > 1 && char.IsLetterOrDigit(text[span.Start - 2])))
            {
                return true;
            }
        }

        if (span.End < text.Length)
        {
            char a = text[span.End];
            if (char.IsLetterOrDigit(a) || (Joiner(a) && a != ')' && span.End + 1 < text.Length && char.IsLetterOrDigit(text[span.End + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the line the offset is on (within its block) has no lower-case letter: a letterhead or heading.</summary>
    private static bool CapitalLine(string text, TextSpan block, int offset, Dictionary<int, bool> cache)
    {
        int start = offset;
        while (start > block.Start && text[start - 1] != '\n')
        {
            start--;
        }

        if (cache.TryGetValue(start, out bool known))
        {
            return known;
        }

        int end = offset;
        while (end < block.End && text[end] != '\n')
        {
            end++;
        }

        var line = text.AsSpan(start, end - start);
        int letters = 0;
        bool lower = false;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                lower |= char.IsLower(c);
            }
        }

        bool capital = !lower && letters >= 4;
        cache[start] = capital;
        return capital;
    }

    private static bool AllCapitals(string text, IReadOnlyList<Token> tokens)
    {
        int words = 0;
        int caps = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || !t.Lower.Any(char.IsLetter))
            {
                continue;
            }

            words++;
            var w = text.AsSpan(t.Span.Start, t.Span.Length);
            bool allUpper = true;
            foreach (char c in w)
            {
                if (char.IsLower(c))
                {
                    allUpper = false;
                    break;
                }
            }

            if (allUpper && w.Length > 1)
            {
                caps++;
            }
        }

        return caps >= 3 && caps * 10 >= words * 6;
    }

    [GeneratedRegex(@"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\s*[-–—:=]\s*([A-Za-z])[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex DashExpansion();
}
