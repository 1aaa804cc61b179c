using PolicyLint.Reporting;
using Xunit;

namespace PolicyLint.Tests.Reporting;

/// <summary>Text kept for later comes back whole and in order, whether it stayed in memory or moved to a file.</summary>
public sealed class SpillTextTests
{
    [Theory]
    [InlineData(1_000_000, false)]
    [InlineData(100, true)]
    public void Gives_back_everything_in_order(int budget, bool spills)
    {
        using var spill = new SpillText(budget);
        var expected = new System.Text.StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            var piece = $"card {i}: présent — ✓ {new string('x', i % 37)}\n";
            spill.Append(piece);
            expected.Append(piece);
        }

        Assert.Equal(spills, spill.Spilled);
        using var writer = new StringWriter();
        spill.WriteTo(writer);
        Assert.Equal(expected.ToString(), writer.ToString());
    }

    [Fact]
    public void The_temporary_file_is_gone_once_written()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "policylint-*.txt").ToHashSet();
        var spill = new SpillText(10);
        spill.Append(new string('a', 100));
        var during = Directory.GetFiles(Path.GetTempPath(), "policylint-*.txt").Except(before).ToList();
        using var writer = new StringWriter();
        spill.WriteTo(writer);

        Assert.Single(during);
        Assert.False(File.Exists(during[0]));
        Assert.Equal(new string('a', 100), writer.ToString());
    }
}
