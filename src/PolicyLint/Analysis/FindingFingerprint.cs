using System.Security.Cryptography;
using System.Text;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Analysis;

/// <summary>
/// A finding's identity across edits, shared by SARIF <c>partialFingerprints</c>, the suppressions file and the
/// baseline: the rule id, the normalised text of the sentence the finding is in, the normalised words it is about, and
/// which occurrence of those words in the sentence it is. Never a line, page or paragraph number, so inserting text
/// above a finding, re-paginating a PDF or renumbering a Word document leaves it unchanged. Normalised means lower case,
/// letters and digits only, words joined by one space: the same sentence read from .md, .docx or .pdf (curly or straight
/// quotes, a line-end hyphen) gives the same fingerprint. A required-clause finding (PL1xxx) is one per document and
/// its identity is its rule alone.
/// </summary>
internal static class FindingFingerprint
{
    /// <summary>The fingerprint: 32 lower-case hex digits.</summary>
    public static string Of(Finding finding, PolicyDocument? document)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Rule.Category == RuleCategory.RequiredClause)
        {
            // A required clause is reported once per document, where its evidence or nearest miss is; both move
            // when a layout changes how a PDF's lines group into paragraphs, so the clause's identity is its rule.
            return Hash("v2", finding.RuleId.ToUpperInvariant(), "clause");
        }

        var (sentence, occurrence) = Context(finding, document);
        return Hash("v2", finding.RuleId.ToUpperInvariant(), sentence, Normalise(finding.Text), occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', parts))))[..32];

    /// <summary>The normalised sentence a finding is in (what a baseline shows a person), or its own text when it has no span.</summary>
    public static string SentenceOf(Finding finding, PolicyDocument? document) => Context(finding, document).Sentence;

    /// <summary>Lower case, letters and digits only, one space between words.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '\u2019' or '\u00AD'))
            {
                // Apostrophes and soft hyphens join a word; everything else separates words.
                space = true;
            }
        }

        return sb.ToString();
    }

    private static (string Sentence, int Occurrence) Context(Finding finding, PolicyDocument? document)
    {
        if (document is null || finding.Span.Length == 0 || finding.Span.End > document.Text.Length || document.BlockAt(finding.Span.Start) is not { } block)
        {
            return (string.Empty, 0);
        }

        var sentenceSpan = block.Span;
        foreach (var span in SentenceSplitter.Split(document.Text, block.Span))
        {
            if (span.Start <= finding.Span.Start && finding.Span.Start < span.End)
            {
                sentenceSpan = span;
                break;
            }
        }

        var before = document.Text[sentenceSpan.Start..finding.Span.Start];
        var words = Normalise(document.GetText(finding.Span));
        int occurrence = words.Length == 0 ? 0 : Count(" " + Normalise(before) + " ", " " + words + " ");
        return (Normalise(document.GetText(sentenceSpan)), occurrence);
    }

    private static int Count(string haystack, string needle)
    {
        int n = 0;
        for (int i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
