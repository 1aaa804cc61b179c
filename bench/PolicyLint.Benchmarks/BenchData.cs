namespace PolicyLint.Benchmarks;

/// <summary>
/// Where the generated data is: $POLICYLINT_BENCH_DATA, else bench/out/data in the clone these binaries were built
/// in (found by walking up to PolicyLint.sln). `python3 bench/generate.py` writes it.
/// </summary>
internal static class BenchData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        if (Environment.GetEnvironmentVariable("POLICYLINT_BENCH_DATA") is { Length: > 0 } fromEnv)
        {
            return Path.GetFullPath(fromEnv);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "PolicyLint.sln")))
            {
                return Path.Combine(dir.FullName, "bench", "out", "data");
            }
        }

        throw new InvalidOperationException("PolicyLint.sln not found above " + AppContext.BaseDirectory + "; set POLICYLINT_BENCH_DATA");
    });

    public static string Directory => Root.Value;

    /// <summary>A generated file, or a clear failure saying how to make it.</summary>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([Directory, .. parts]);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run 'python3 bench/generate.py' first (or set POLICYLINT_BENCH_DATA)", path);
        }

        return path;
    }

    /// <summary>The sample document (the set's median-sized one) in the given format: md, txt, html, docx or pdf.</summary>
    public static string Sample(string extension) => File("sample", "sample." + extension);

    /// <summary>The first <paramref name="kilobytes"/> KB of the long policy, cut at a line end (still valid Markdown).</summary>
    public static string BigPrefix(int kilobytes)
    {
        var text = System.IO.File.ReadAllText(File("big", "big-1mb.md"));
        int cut = Math.Min(text.Length, kilobytes * 1024);
        int nl = text.LastIndexOf('\n', cut - 1);
        return text[..(nl > 0 ? nl + 1 : cut)];
    }
}
