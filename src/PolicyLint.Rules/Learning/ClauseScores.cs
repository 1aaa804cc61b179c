namespace PolicyLint.Rules.Learning;

/// <summary>
/// The probabilities <see cref="ClauseClassifier"/> gives one text for every label (rule ids and
/// <see cref="ClauseClassifier.NoneLabel"/>); they sum to 1. Read-only.
/// </summary>
public sealed class ClauseScores
{
    private readonly IReadOnlyList<string> _labels;
    private readonly double[] _probabilities;

    internal ClauseScores(IReadOnlyList<string> labels, double[] probabilities)
    {
        _labels = labels;
        _probabilities = probabilities;
    }

    /// <summary>The labels in the classifier's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The probabilities in the order of <see cref="Labels"/>.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    /// <summary>The most probable label (rule id or <c>none</c>) and its probability; the earlier label on a tie.</summary>
    public (string Label, double Probability) Top => Argmax(includeNone: true);

    /// <summary>The most probable rule (never <c>none</c>) and its probability; the earlier rule on a tie.</summary>
    public (string RuleId, double Probability) TopRule => Argmax(includeNone: false);

    /// <summary>The probability of <paramref name="key"/>; throws for an unknown label.</summary>
    public double this[string key] => TryGetValue(key, out double value) ? value : throw new KeyNotFoundException($"Unknown label '{key}'.");

    /// <summary>The probability of <paramref name="key"/>; false for an unknown label.</summary>
    public bool TryGetValue(string key, out double value)
    {
        int i = IndexOf(key);
        value = i >= 0 ? _probabilities[i] : 0;
        return i >= 0;
    }

    /// <summary>The probabilities by label.</summary>
    public IReadOnlyDictionary<string, double> ToDictionary()
    {
        var dictionary = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < _labels.Count; i++)
        {
            dictionary[_labels[i]] = _probabilities[i];
        }

        return dictionary;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < _labels.Count; i++)
        {
            if (string.Equals(_labels[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private (string, double) Argmax(bool includeNone)
    {
        int best = -1;
        for (int i = 0; i < _labels.Count; i++)
        {
            if (!includeNone && _labels[i] == ClauseClassifier.NoneLabel)
            {
                continue;
            }

            if (best < 0 || _probabilities[i] > _probabilities[best])
            {
                best = i;
            }
        }

        return best < 0 ? (ClauseClassifier.NoneLabel, 0) : (_labels[best], _probabilities[best]);
    }
}
