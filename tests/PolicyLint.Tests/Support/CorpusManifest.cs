namespace PolicyLint.Tests.Support;

/// <summary>One row of ../shared/corpora/MANIFEST.tsv.</summary>
internal sealed record CorpusEntry(string File, string Kind, string OracleStatus, string Notes)
{
    public string FullPath => Path.Combine(TestPaths.Corpora, "corpus", File);

    public string OraclePath => Path.Combine(TestPaths.Corpora, "oracle", File + ".txt");

    public string PasswordOraclePath => Path.Combine(TestPaths.Corpora, "oracle", "with-password", File + ".txt");
}

internal static class CorpusManifest
{
    private static readonly Lazy<IReadOnlyList<CorpusEntry>> Entries = new(Load);

    public static IReadOnlyList<CorpusEntry> All => Entries.Value;

    public static IEnumerable<CorpusEntry> OfKind(string kind) => All.Where(e => e.Kind == kind);

    private static List<CorpusEntry> Load()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Corpora, "MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        int file = Array.IndexOf(header, "file");
        int kind = Array.IndexOf(header, "kind");
        int status = Array.IndexOf(header, "oracle_status");
        int notes = Array.IndexOf(header, "notes");
        return lines.Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new CorpusEntry(c[file], c[kind], c[status], notes < c.Length ? c[notes] : string.Empty))
            .ToList();
    }
}
