using Xunit;

namespace PolicyLint.Tests.Support;

/// <summary>
/// A checked-in expected output. With POLICYLINT_UPDATE_SNAPSHOTS=1 the file is rewritten from the actual output (review
/// the diff before committing); otherwise a difference fails with the lines only one side has.
/// </summary>
internal static class SnapshotFile
{
    public static void AssertMatches(string path, string actual, string what)
    {
        if (Environment.GetEnvironmentVariable("POLICYLINT_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{Path.GetFileName(path)} is missing; run once with POLICYLINT_UPDATE_SNAPSHOTS=1");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var diff = e.Except(a).Take(30).Select(l => "- " + l).Concat(a.Except(e).Take(30).Select(l => "+ " + l));
            Assert.Fail($"{what} changed:\n" + string.Join('\n', diff));
        }
    }
}
