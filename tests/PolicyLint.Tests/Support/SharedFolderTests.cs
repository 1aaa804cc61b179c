using Xunit;

namespace PolicyLint.Tests.Support;

/// <summary>
/// A clone with no ../shared beside it skips the tests that need it, with the reason; POLICYLINT_REQUIRE_SHARED=1
/// (set by .ci/run) turns that into a failure. Checked on real folders: a temporary "clone" with and without a sibling.
/// </summary>
public sealed class SharedFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("policylint-clone-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Clone()
    {
        var repo = Path.Combine(_parent, "policylint");
        Directory.CreateDirectory(repo);
        return repo;
    }

    [Fact]
    public void Without_shared_a_test_is_skipped_with_the_reason()
    {
        var repo = Clone();

        var skip = Assert.Throws<SkipException>(() => TestPaths.ResolveShared(repo, required: false));

        Assert.Contains("needs ../shared", skip.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_parent, "shared"), skip.Message, StringComparison.Ordinal);
        Assert.Contains("POLICYLINT_REQUIRE_SHARED=1", skip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_shared_and_with_POLICYLINT_REQUIRE_SHARED_the_test_fails()
    {
        var repo = Clone();

        var error = Assert.Throws<DirectoryNotFoundException>(() => TestPaths.ResolveShared(repo, required: true));

        Assert.Contains("POLICYLINT_REQUIRE_SHARED=1 but ../shared is not beside the repository", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void With_shared_beside_the_clone_its_path_is_given(bool required)
    {
        var repo = Clone();
        var shared = Directory.CreateDirectory(Path.Combine(_parent, "shared")).FullName;

        Assert.Equal(shared, TestPaths.ResolveShared(repo, required));
    }
}
