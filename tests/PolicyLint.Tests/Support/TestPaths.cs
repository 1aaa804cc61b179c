using Xunit;

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

    /// <summary>The environment variable that makes a missing ../shared a failure instead of a skip (.ci/run sets it).</summary>
    public const string RequireSharedVariable = "POLICYLINT_REQUIRE_SHARED";

    /// <summary>../shared beside the clone (corpora, seeds, eval-dev), or null when there is none.</summary>
    public static string? SharedIfPresent
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>True when a missing ../shared must fail the tests that need it.</summary>
    public static bool SharedRequired => Environment.GetEnvironmentVariable(RequireSharedVariable) == "1";

    /// <summary>
    /// ../shared beside the clone. A clone elsewhere has none: then the test that asked reports itself skipped with
    /// that reason (it must be a [SkippableFact] or [SkippableTheory]), unless POLICYLINT_REQUIRE_SHARED=1, when it
    /// fails.
    /// </summary>
    public static string Shared => ResolveShared(RepoRoot, SharedRequired);

    /// <summary>
    /// ../shared beside <paramref name="repoRoot"/>; when it is absent, a <see cref="SkipException"/> with the reason,
    /// or, when <paramref name="required"/>, a <see cref="DirectoryNotFoundException"/> that fails the test.
    /// </summary>
    public static string ResolveShared(string repoRoot, bool required)
    {
        var shared = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared"));
        if (Directory.Exists(shared))
        {
            return shared;
        }

        if (required)
        {
            throw new DirectoryNotFoundException($"{RequireSharedVariable}=1 but ../shared is not beside the repository: {shared}");
        }

        throw new SkipException($"needs ../shared (corpora, seeds, eval-dev), which is not beside this clone: {shared}; set {RequireSharedVariable}=1 to make this a failure");
    }

    public static string Corpora => Path.Combine(Shared, "corpora");

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);
}
