using System.Globalization;
using System.Text;

namespace PolicyLint.Analysis;

/// <summary>
/// One part of a run split across machines: shard <see cref="Number"/> of <see cref="Count"/> (1-based, as a job matrix
/// counts). A file belongs to exactly one shard, chosen by a hash of its path as the run names it, relative to the
/// working directory and with '/' separators, so every machine that checks out the same tree and runs the same command
/// makes the same split, whatever the order files are found in and wherever the checkout lives.
/// </summary>
internal readonly record struct Shard(int Number, int Count)
{
    /// <summary>The whole run, unsplit.</summary>
    public static readonly Shard All = new(1, 1);

    public bool IsAll => Count == 1;

    /// <summary>Parses "K/N" with 1 ≤ K ≤ N; the error says what is wrong.</summary>
    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        shard = All;
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            error = $"--shard '{text}' is not of the form K/N (for example 2/8)";
            return false;
        }

        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard '{text}': K must be between 1 and N, and N at least 1";
            return false;
        }

        shard = new Shard(k, n);
        return true;
    }

    /// <summary>True when <paramref name="path"/> falls in this shard.</summary>
    public bool Contains(string path) => IsAll || Of(path, Count) == Number;

    /// <summary>The shard (1-based) that <paramref name="path"/> falls in when a run is split <paramref name="count"/> ways.</summary>
    public static int Of(string path, int count) => (int)(Hash(Key(path)) % (ulong)count) + 1;

    /// <summary>The path as the split sees it: relative to the working directory when below it, '/' separators.</summary>
    public static string Key(string path) => PathExpander.Normalise(path);

    /// <summary>64-bit FNV-1a over the UTF-8 bytes: stable across processes, machines and .NET versions (string.GetHashCode is not).</summary>
    private static ulong Hash(string key)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        // Fold the high bits in: consecutive names differ in their last bytes, which FNV mixes least into the low bits.
        return hash ^ (hash >> 29);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Count}");
}
