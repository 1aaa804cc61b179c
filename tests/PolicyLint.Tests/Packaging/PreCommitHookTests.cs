using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Packaging;

/// <summary>
/// The hook in .pre-commit-hooks.yaml, run by the real pre-commit (Debian's package; .ci/run installs it) with
/// <c>pre-commit try-repo</c> against this repository, so the hook definition itself is what is tested: in a fresh git
/// repository, a policy with errors fails the hook and a clean one passes. The hook used is <c>policylint-system</c>
/// (the tool on the PATH, no network): the test puts a <c>policylint</c> on the PATH that runs the tool it was built
/// with. Without pre-commit the test is skipped with the reason, or fails with POLICYLINT_REQUIRE_SHARED=1 (CI).
/// </summary>
public sealed class PreCommitHookTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private readonly string _root = Directory.CreateTempSubdirectory("policylint-pre-commit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string PreCommit()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pre-commit")).FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        const string Reason = "pre-commit is not installed (Debian's package pre-commit: apt-get install -y pre-commit; .ci/run installs it)";
        if (TestPaths.SharedRequired)
        {
            throw new InvalidOperationException($"{TestPaths.RequireSharedVariable}=1 (CI) and {Reason}: the pre-commit hook cannot be tested");
        }

        throw new SkipException(Reason + "; set " + TestPaths.RequireSharedVariable + "=1 to make this a failure");
    }

    /// <summary>A folder with a <c>policylint</c> that runs the tool these tests were built with.</summary>
    private string ToolOnPath()
    {
        var bin = Path.Combine(_root, "bin");
        Directory.CreateDirectory(bin);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var tool = typeof(PolicyLint.Cli.PolicyLintCli).Assembly.Location;
        var script = Path.Combine(bin, "policylint");
        File.WriteAllText(script, $"#!/bin/sh\nexec \"{dotnet}\" \"{tool}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }

    private (int Exit, string Out, string Err) Git(string repo, params string[] args) => ExternalProcess.Run("git", args, repo, Limit, HookEnvironment());

    private Dictionary<string, string> HookEnvironment() => new()
    {
        ["PATH"] = ToolOnPath() + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
        // pre-commit's own cache, and git's identity for the commit try-repo makes of uncommitted changes, kept in the test.
        ["PRE_COMMIT_HOME"] = Path.Combine(_root, "pre-commit-home"),
        ["GIT_AUTHOR_NAME"] = "PolicyLint tests",
        ["GIT_AUTHOR_EMAIL"] = "tests@policylint.invalid",
        ["GIT_COMMITTER_NAME"] = "PolicyLint tests",
        ["GIT_COMMITTER_EMAIL"] = "tests@policylint.invalid",
        ["HOME"] = _root,
    };

    private (int Exit, string Output) RunHook(string preCommit, string fileName, string text)
    {
        var repo = Path.Combine(_root, "repo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(repo);
        Assert.Equal(0, Git(repo, "init", "-q").Exit);
        File.WriteAllText(Path.Combine(repo, fileName), text);
        File.WriteAllText(Path.Combine(repo, "notes.py"), "# not a document: the hook's files pattern leaves it out\n");
        Assert.Equal(0, Git(repo, "add", ".").Exit);
        var (exit, stdout, stderr) = ExternalProcess.Run(preCommit, ["try-repo", TestPaths.RepoRoot, "policylint-system", "--all-files"], repo, Limit, HookEnvironment());
        return (exit, stdout + stderr);
    }

    [SkippableFact]
    public void The_hook_fails_on_a_policy_with_errors_and_passes_on_a_clean_one()
    {
        var preCommit = PreCommit();

        var (exit, output) = RunHook(preCommit, "policy.md", File.ReadAllText(TestPaths.InRepo("corpus", "weak-specification.md")));
        Assert.True(exit == 1, $"exit {exit}: {output}");
        Assert.Contains("PolicyLint (installed tool)", output, StringComparison.Ordinal);
        Assert.Contains("Failed", output, StringComparison.Ordinal);
        Assert.Matches(@"policy\.md:\d+:\d+: error PL\d{4}: ", output);
        Assert.DoesNotContain("notes.py", output, StringComparison.Ordinal);

        (exit, output) = RunHook(preCommit, "notes.md", "# Notes\n\nWe meet every Tuesday.\n");
        Assert.True(exit == 0, $"exit {exit}: {output}");
        Assert.Contains("PolicyLint (installed tool)", output, StringComparison.Ordinal);
        Assert.Contains("Passed", output, StringComparison.Ordinal);
    }
}
