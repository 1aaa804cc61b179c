using System.Globalization;
using System.Text;

namespace PolicyLint.Tests.Support;

/// <summary>
/// Word-level agreement between an extraction and a reference: both are case-folded, compatibility-folded (ligatures, full-width letters, spaces) and cut into
/// words of letters and digits; agreement is the bag-of-words F1 (2·common / (ours + reference)). Reading order and
/// layout do not count, missing and extra words do. Sums over many files give the per-format figure.
/// </summary>
internal readonly record struct WordAgreement(long Common, long Ours, long Reference)
{
    public double Score => Ours + Reference == 0 ? 1.0 : 2.0 * Common / (Ours + Reference);

    public static WordAgreement operator +(WordAgreement a, WordAgreement b) =>
        new(a.Common + b.Common, a.Ours + b.Ours, a.Reference + b.Reference);

    public static WordAgreement Measure(string ours, string reference)
    {
        var a = Bag(ours, out long na);
        var b = Bag(reference, out long nb);
        long common = 0;
        foreach (var (word, count) in a)
        {
            if (b.TryGetValue(word, out int other))
            {
                common += Math.Min(count, other);
            }
        }

        return new WordAgreement(common, na, nb);
    }

    public static IEnumerable<string> Words(string text)
    {
        // Invariant globalization makes Normalize(FormKC) a no-op, so ligatures are folded by our own table.
        var normalized = PolicyLint.Readers.CompatibilityFold.Apply(text).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var word = new StringBuilder();
        foreach (var c in normalized)
        {
            var cat = char.GetUnicodeCategory(c);
            bool part = char.IsLetterOrDigit(c) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (part)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static Dictionary<string, int> Bag(string text, out long total)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        total = 0;
        foreach (var w in Words(text))
        {
            bag[w] = bag.GetValueOrDefault(w) + 1;
            total++;
        }

        return bag;
    }
}
