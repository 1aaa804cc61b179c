using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Similarity;

/// <summary>
/// TF-IDF over stemmed words: text is tokenized with <see cref="Tokenizer"/> (stems from <see cref="EnglishStemmer"/>),
/// numbers, punctuation and stop words dropped; term frequency is sublinear (1 + ln tf); the inverse document frequency
/// is smoothed, ln((1 + N) / (1 + df)) + 1, from the training collection; vectors are L2-normalised. Terms never seen in
/// training are ignored. Immutable once built, so thread-safe.
/// </summary>
public sealed class TfIdfVectorizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "onto", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "it's", "this", "that", "these",
        "those", "there", "their", "they", "them", "we", "our", "us", "you", "your", "he", "she", "his", "her", "him",
        "i", "me", "my", "who", "whom", "which", "what", "when", "where", "why", "how", "all", "any", "each", "every",
        "some", "such", "no", "not", "so", "than", "too", "very", "can", "could", "may", "might", "shall", "should",
        "will", "would", "must", "do", "does", "did", "done", "have", "has", "had", "having", "if", "then", "also",
        "about", "above", "after", "before", "below", "between", "during", "through", "under", "over", "up", "down",
        "out", "off", "again", "further", "once", "only", "own", "same", "other", "both", "more", "most", "per", "via",
        "e", "g", "eg", "ie", "etc", "within", "without", "upon", "including", "include", "includes", "across",
        "provider", "providers", "service", "services", "people", "person", "staff", "organisation", "will", "ensure",
    };

    private readonly Dictionary<string, int> _index;
    private readonly double[] _idf;

    /// <summary>Learns the vocabulary and IDF weights from <paramref name="documents"/>.</summary>
    public TfIdfVectorizer(IEnumerable<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (var doc in documents)
        {
            n++;
            foreach (var term in Terms(doc).Distinct())
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        var idf = new List<double>();
        foreach (var (term, count) in df.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            _index[term] = idf.Count;
            idf.Add(Math.Log((1.0 + n) / (1.0 + count)) + 1.0);
        }

        _idf = [.. idf];
    }

    /// <summary>Number of terms in the vocabulary.</summary>
    public int VocabularySize => _idf.Length;

    /// <summary>The stemmed content words of a text, in order (stop words, numbers and punctuation dropped).</summary>
    public static IEnumerable<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var token in Tokenizer.Tokenize(text, new TextSpan(0, text.Length)))
        {
            if (token.Kind == TokenKind.Word && token.Lower.Length > 1 && !StopWords.Contains(token.Lower))
            {
                yield return token.Stem;
            }
        }
    }

    /// <summary>The L2-normalised TF-IDF vector of a text (empty when no known term occurs).</summary>
    public SparseVector Vectorize(string text)
    {
        var tf = new Dictionary<int, int>();
        foreach (var term in Terms(text))
        {
            if (_index.TryGetValue(term, out int i))
            {
                tf[i] = tf.GetValueOrDefault(i) + 1;
            }
        }

        return new SparseVector(tf.Select(kv => new KeyValuePair<int, double>(kv.Key, (1 + Math.Log(kv.Value)) * _idf[kv.Key]))).Normalized();
    }
}
