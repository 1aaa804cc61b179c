using System.Reflection;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Similarity;

/// <summary>
/// Finds the paragraph that is <em>about</em> a required clause's topic, for the near-miss hint of a missing clause.
/// A small transparent model: each rule's <em>topic profile</em> is the (unit-length) centroid of the TF-IDF vectors
/// of the training paragraphs labelled with that rule; a paragraph's score for a rule is its cosine with the profile.
/// The acceptance <see cref="Threshold"/> is chosen on the training data by leave-one-out (each paragraph scored
/// against profiles built without it), maximising the mean of the share of topic paragraphs classified to their own
/// rule at or above it and the share of unrelated (<c>none</c>) paragraphs below it. Immutable once built: deterministic
/// and thread-safe.
/// </summary>
public sealed class NearMissModel
{
    /// <summary>The label of training paragraphs about no rule's topic.</summary>
    public const string NoneLabel = "none";

    /// <summary>
    /// The fewest distinct terms a paragraph must share with a profile to be scored at all: one shared word
    /// ("We support people in distress") is not a topic, however high the cosine of a short paragraph.
    /// </summary>
    public const int MinSharedTerms = 2;

    /// <summary>
    /// The fewest distinct content terms (stemmed words after stop words) a paragraph needs to be classified: titles
    /// and list fragments ("PMVA (control and restraint)") are too short to be about anything.
    /// </summary>
    public const int MinParagraphTerms = 4;

    /// <summary>The share of training <c>none</c> paragraphs (leave-one-out) the threshold must reject.</summary>
    public const double MinNoneRejection = 0.95;

    /// <summary>The logical name of the embedded training set.</summary>
    public const string ResourceName = "PolicyLint.Rules.Similarity.near-miss-train.tsv";

    private static readonly Lazy<NearMissModel> Lazy = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TfIdfVectorizer _vectorizer;
    private readonly SortedDictionary<string, SparseVector> _profiles;

    /// <summary>
    /// The default weight of the background (the centroid of all training paragraphs) subtracted from each topic
    /// centroid (Rocchio). Zero: on the training set, leave-one-out balanced accuracy was 0.694 at 0, and 0.63–0.68 for
    /// weights from 0.3 to 1, so plain centroids are kept; the parameter stays for experiments.
    /// </summary>
    public const double DefaultBackgroundWeight = 0;

    /// <summary>Trains a model on (label, paragraph) rows; labels are rule ids or <see cref="NoneLabel"/>.</summary>
    public NearMissModel(IReadOnlyList<(string Label, string Text)> training, double backgroundWeight = DefaultBackgroundWeight)
    {
        ArgumentNullException.ThrowIfNull(training);
        TrainingSize = training.Count;
        _vectorizer = new TfIdfVectorizer(training.Select(t => t.Text));
        var vectors = training.Select(t => (t.Label, Vector: _vectorizer.Vectorize(t.Text))).ToList();
        var background = SparseVector.Sum(vectors.Select(v => v.Vector)).Normalized();
        SparseVector Profile(SparseVector sum) => new SparseVector(Subtract(sum.Normalized(), background, backgroundWeight)).Normalized();
        var sums = vectors.Where(v => v.Label != NoneLabel).GroupBy(v => v.Label)
            .ToDictionary(g => g.Key, g => SparseVector.Sum(g.Select(v => v.Vector)), StringComparer.Ordinal);
        _profiles = new SortedDictionary<string, SparseVector>(sums.ToDictionary(kv => kv.Key, kv => Profile(kv.Value)), StringComparer.Ordinal);

        // Leave-one-out best topic and score of every training paragraph, for the threshold.
        var loo = new List<(string Label, string? Best, double Score)>();
        foreach (var (label, vector) in vectors)
        {
            string? best = null;
            double bestScore = 0;
            foreach (var (rule, sum) in sums)
            {
                var profile = _profiles[rule];
                if (rule == label)
                {
                    profile = Profile(SparseVector.Sum([sum, Scaled(vector, -1)]));
                }

                double score = Cosine(vector, profile);
                if (score > bestScore)
                {
                    (best, bestScore) = (rule, score);
                }
            }

            loo.Add((label, best, bestScore));
        }

        Threshold = ChooseThreshold(loo, out double balanced);
        TrainingBalancedAccuracy = balanced;
        var aboutRows = loo.Where(l => l.Label != NoneLabel).ToList();
        var noneRows = loo.Where(l => l.Label == NoneLabel).ToList();
        TrainingTopicAccuracy = aboutRows.Count == 0 ? 0 : aboutRows.Count(a => a.Best == a.Label && a.Score >= Threshold) / (double)aboutRows.Count;
        TrainingNoneRejection = noneRows.Count == 0 ? 0 : noneRows.Count(n => n.Score < Threshold) / (double)noneRows.Count;
    }

    /// <summary>The model trained on the embedded training set, loaded once.</summary>
    public static NearMissModel Default => Lazy.Value;

    /// <summary>The minimum cosine with a rule's profile for a paragraph to count as about its topic.</summary>
    public double Threshold { get; }

    /// <summary>The leave-one-out balanced accuracy on the training data at <see cref="Threshold"/>.</summary>
    public double TrainingBalancedAccuracy { get; }

    /// <summary>Leave-one-out share of training topic paragraphs classified to their own rule at or above the threshold.</summary>
    public double TrainingTopicAccuracy { get; }

    /// <summary>Leave-one-out share of training <c>none</c> paragraphs scoring below the threshold for every rule.</summary>
    public double TrainingNoneRejection { get; }

    /// <summary>Number of training paragraphs.</summary>
    public int TrainingSize { get; }

    /// <summary>Number of stemmed terms in the vocabulary.</summary>
    public int VocabularySize => _vectorizer.VocabularySize;

    /// <summary>The rule ids with a topic profile, in order.</summary>
    public IEnumerable<string> Rules => _profiles.Keys;

    /// <summary>
    /// The cosine of a paragraph with a rule's topic profile; 0 for a rule without one or when they share fewer than
    /// <see cref="MinSharedTerms"/> terms.
    /// </summary>
    public double Score(string ruleId, string paragraphText)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(paragraphText);
        return _profiles.TryGetValue(ruleId, out var profile) ? Cosine(_vectorizer.Vectorize(paragraphText), profile) : 0;
    }

    /// <summary>
    /// The best-scoring topic of a paragraph and its score; the rule is null when the best score is below
    /// <see cref="Threshold"/> (about none of the topics) or the paragraph has fewer than
    /// <see cref="MinParagraphTerms"/> content terms. Ties go to the lower rule id.
    /// </summary>
    public (string? RuleId, double Score) Classify(string paragraphText)
    {
        ArgumentNullException.ThrowIfNull(paragraphText);
        if (TfIdfVectorizer.Terms(paragraphText).Distinct().Count() < MinParagraphTerms)
        {
            return (null, 0);
        }

        var vector = _vectorizer.Vectorize(paragraphText);
        string? best = null;
        double bestScore = 0;
        foreach (var (rule, profile) in _profiles)
        {
            double score = Cosine(vector, profile);
            if (score > bestScore)
            {
                (best, bestScore) = (rule, score);
            }
        }

        return (bestScore >= Threshold ? best : null, bestScore);
    }

    /// <summary>
    /// The block scoring highest for a rule's topic, with its score, among the blocks whose best topic is that rule
    /// and whose score is at or above <see cref="Threshold"/> (as <see cref="Classify"/> would put them); the earliest
    /// on a tie; null when there is none. The caller chooses which blocks are candidates.
    /// </summary>
    public (Block Block, double Score)? Best(string ruleId, IEnumerable<Block> blocks, Func<Block, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(textOf);
        if (!_profiles.ContainsKey(ruleId))
        {
            return null;
        }

        (Block Block, double Score)? best = null;
        foreach (var block in blocks)
        {
            var (topic, score) = Classify(textOf(block));
            if (topic == ruleId && (best is null || score > best.Value.Score))
            {
                best = (block, score);
            }
        }

        return best;
    }

    /// <summary>Parses <c>label&lt;TAB&gt;paragraph</c> rows; blank lines and lines starting with '#' are skipped.</summary>
    public static List<(string Label, string Text)> ParseTsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<(string, string)>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"Line {lineNumber}: expected 'label<TAB>paragraph'.");
            }

            rows.Add((line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }

        return rows;
    }

    private static NearMissModel LoadDefault()
    {
        using var stream = typeof(NearMissModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} not found.");
        using var reader = new StreamReader(stream);
        return new NearMissModel(ParseTsv(reader));
    }

    private static double Cosine(SparseVector vector, SparseVector profile) =>
        vector.SharedCount(profile) >= MinSharedTerms ? vector.Dot(profile) : 0;

    private static SparseVector Scaled(SparseVector vector, double factor) =>
        new(vector.Entries.Select(e => new KeyValuePair<int, double>(e.Key, e.Value * factor)));

    /// <summary>The positive part of a − weight·b.</summary>
    private static IEnumerable<KeyValuePair<int, double>> Subtract(SparseVector a, SparseVector b, double weight) =>
        SparseVector.Sum([a, Scaled(b, -weight)]).Entries.Where(e => e.Value > 0);

    private static double ChooseThreshold(List<(string Label, string? Best, double Score)> loo, out double balanced)
    {
        var about = loo.Where(l => l.Label != NoneLabel).ToList();
        var none = loo.Where(l => l.Label == NoneLabel).ToList();
        var scores = loo.Select(l => l.Score).Distinct().Order().ToList();
        var candidates = new List<double> { 0.05 };
        for (int i = 0; i + 1 < scores.Count; i++)
        {
            candidates.Add((scores[i] + scores[i + 1]) / 2);
        }

        double Objective(double t) =>
            ((about.Count == 0 ? 1 : about.Count(a => a.Best == a.Label && a.Score >= t) / (double)about.Count) +
             (none.Count == 0 ? 1 : none.Count(n => n.Score < t) / (double)none.Count)) / 2;

        double NoneRejection(double t) => none.Count == 0 ? 1 : none.Count(n => n.Score < t) / (double)none.Count;

        // A wrong near miss ("This paragraph discusses deaths" on a title) costs more trust than no hint: only
        // thresholds rejecting at least MinNoneRejection of the unrelated paragraphs are eligible.
        var eligible = candidates.Where(t => NoneRejection(t) >= MinNoneRejection).ToList();
        if (eligible.Count == 0)
        {
            eligible = candidates;
        }

        balanced = eligible.Max(Objective);
        double max = balanced;
        var tied = eligible.Where(t => Objective(t) >= max - 1e-12).Order().ToList();
        return tied[tied.Count / 2];
    }
}
