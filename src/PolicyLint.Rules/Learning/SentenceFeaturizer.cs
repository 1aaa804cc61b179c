using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Learning;

/// <summary>
/// Turns a sentence (or a paragraph) into the named, sparse features the clause classifier is trained and scored on.
/// Shared by the training tool (tools/PolicyLint.Training) and <see cref="ClauseClassifier"/>, so training and scoring
/// cannot drift apart. Deterministic and culture-independent: words come from <see cref="Tokenizer"/> and their
/// Porter2 stems from <see cref="EnglishStemmer"/>.
/// <para>Features (each counted once, whatever its frequency):</para>
/// <list type="bullet">
/// <item><c>w:stem</c> for every word that is not a stop word ("certifi", "ukas", "rrn");</item>
/// <item><c>b:stem_stem</c> for adjacent content words, after stop words are dropped ("respons_person", "three_year");</item>
/// <item><c>n:number</c> for numbers of four digits (years of Acts: "n:1998", "n:2018");</item>
/// <item>cues: <c>c:oblig</c> (must, shall, will, required, expected, should), <c>c:neg</c> (not, never, no, nor,
/// without, n't, none), <c>c:first</c> (we, our, us), <c>c:prov</c> (the provider, providers).</item>
/// </list>
/// <para>
/// Features are named strings indexed through a vocabulary learned from the training file (kept when seen in at
/// least two sentences), not hashed: no collisions, the exported weights are readable ("why did this score PL1001?"),
/// and the vocabulary of a few thousand features keeps the weights file small. Unknown features are ignored when
/// scoring. A sentence's vector has the value 1/√k on each of its k known features (unit length), so a long paragraph
/// does not score more confidently than a sentence merely for having more words.
/// </para>
/// </summary>
public static class SentenceFeaturizer
{
    /// <summary>The version of the feature scheme; stored in the weights file and checked when loading it.</summary>
    public const int Version = 1;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "as", "is",
        "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their",
        "they", "them", "he", "she", "his", "her", "him", "i", "me", "my", "who", "whom", "which", "what", "when",
        "where", "how", "so", "than", "too", "very", "can", "could", "may", "might", "do", "does", "did", "have", "has",
        "had", "if", "then", "also", "e", "g", "eg", "ie", "etc", "s", "you", "your",
    };

    private static readonly HashSet<string> Obligation = new(StringComparer.Ordinal)
    {
        "must", "shall", "will", "required", "require", "requires", "expected", "should", "needs", "mandatory",
    };

    private static readonly HashSet<string> Negation = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "nor", "without", "none", "cannot", "nothing", "neither",
    };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "we", "our", "us", "ours" };

    /// <summary>The distinct features of <paramref name="text"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Features(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var features = new SortedSet<string>(StringComparer.Ordinal);
        string? previous = null;
        bool afterThe = false;
        foreach (var token in Tokenizer.Tokenize(text, new TextSpan(0, text.Length)))
        {
            if (token.Kind == TokenKind.Number)
            {
                if (token.Lower.Length == 4 && token.Lower.All(char.IsAsciiDigit))
                {
                    features.Add("n:" + token.Lower);
                }

                previous = null;
                afterThe = false;
                continue;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                // A clause boundary ends a bigram; an apostrophe or a slash inside a phrase does not matter much.
                if (token.Lower is "." or ";" or ":" or "," or "(" or ")" or "?" or "!")
                {
                    previous = null;
                }

                continue;
            }

            var lower = token.Lower;
            if (Obligation.Contains(lower))
            {
                features.Add("c:oblig");
            }

            if (Negation.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal))
            {
                features.Add("c:neg");
            }

            if (FirstPerson.Contains(lower))
            {
                features.Add("c:first");
            }

            if (afterThe && lower is "provider" or "providers")
            {
                features.Add("c:prov");
            }

            afterThe = lower == "the";
            if (StopWords.Contains(lower))
            {
                continue;
            }

            var stem = token.Stem;
            features.Add("w:" + stem);
            if (previous is not null)
            {
                features.Add("b:" + previous + "_" + stem);
            }

            previous = stem;
        }

        return [.. features];
    }

    /// <summary>
    /// The indices of <paramref name="text"/>'s features in <paramref name="vocabulary"/> (ascending) and the value
    /// each carries (1/√k for k known features; 0 when none is known).
    /// </summary>
    public static (int[] Indices, float Value) Vectorize(string text, IReadOnlyDictionary<string, int> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var indices = new List<int>();
        foreach (var feature in Features(text))
        {
            if (vocabulary.TryGetValue(feature, out int index))
            {
                indices.Add(index);
            }
        }

        indices.Sort();
        return ([.. indices], indices.Count == 0 ? 0f : (float)(1.0 / Math.Sqrt(indices.Count)));
    }
}
