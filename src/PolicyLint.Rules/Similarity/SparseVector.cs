namespace PolicyLint.Rules.Similarity;

/// <summary>
/// An immutable sparse vector over term indices, sorted by index. Vectors built by <see cref="TfIdfVectorizer"/> are
/// L2-normalised, so <see cref="Dot"/> is their cosine.
/// </summary>
public sealed class SparseVector
{
    private readonly int[] _indices;
    private readonly double[] _values;

    /// <summary>Builds a vector from (index, value) pairs; indices must be distinct.</summary>
    public SparseVector(IEnumerable<KeyValuePair<int, double>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.Where(e => e.Value != 0).OrderBy(e => e.Key).ToArray();
        _indices = [.. sorted.Select(e => e.Key)];
        _values = [.. sorted.Select(e => e.Value)];
    }

    /// <summary>The empty vector.</summary>
    public static SparseVector Empty { get; } = new([]);

    /// <summary>Number of non-zero entries.</summary>
    public int Count => _indices.Length;

    /// <summary>The non-zero entries, by index.</summary>
    public IEnumerable<KeyValuePair<int, double>> Entries => _indices.Select((i, k) => new KeyValuePair<int, double>(i, _values[k]));

    /// <summary>The Euclidean norm.</summary>
    public double Norm => Math.Sqrt(_values.Sum(v => v * v));

    /// <summary>The vector scaled to unit length (the empty vector stays empty).</summary>
    public SparseVector Normalized()
    {
        double norm = Norm;
        return norm == 0 ? this : new SparseVector(Entries.Select(e => new KeyValuePair<int, double>(e.Key, e.Value / norm)));
    }

    /// <summary>The dot product (the cosine when both vectors are unit length).</summary>
    public double Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0, j = 0;
        while (i < _indices.Length && j < other._indices.Length)
        {
            int a = _indices[i], b = other._indices[j];
            if (a == b)
            {
                sum += _values[i++] * other._values[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Number of indices non-zero in both vectors (the terms they share).</summary>
    public int SharedCount(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int count = 0, i = 0, j = 0;
        while (i < _indices.Length && j < other._indices.Length)
        {
            int a = _indices[i], b = other._indices[j];
            if (a == b)
            {
                count++;
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }

    /// <summary>The sum of vectors scaled by <paramref name="scale"/> (used for centroids).</summary>
    public static SparseVector Sum(IEnumerable<SparseVector> vectors, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var acc = new Dictionary<int, double>();
        foreach (var v in vectors)
        {
            for (int k = 0; k < v._indices.Length; k++)
            {
                acc[v._indices[k]] = acc.GetValueOrDefault(v._indices[k]) + (v._values[k] * scale);
            }
        }

        return new SparseVector(acc);
    }
}
