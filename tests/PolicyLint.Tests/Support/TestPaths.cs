namespace PolicyLint.Tests.Support;

/// <summary>Finds the repository and ../shared from the test binaries, wherever the clone is.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PolicyLint.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    /// <summary>../shared beside the clone. Its absence fails the test that needs it: CI always has it.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (!Directory.Exists(shared))
            {
                throw new DirectoryNotFoundException("../shared is not beside the repository: " + shared);
            }

            return shared;
        }
    }

    public static string Corpora => Path.Combine(Shared, "corpora");

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);
}
