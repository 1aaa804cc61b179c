using PolicyLint.Readers;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Readers;

/// <summary>The limits' options: sizes as people write them, and values the CLI refuses.</summary>
public sealed class ReaderLimitsTests
{
    [Theory]
    [InlineData("64M", 64L << 20)]
    [InlineData("64MB", 64L << 20)]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("1.5G", 3L << 29)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1000", 1000L)]
    public void Sizes_are_read_in_binary_units(string text, long bytes)
    {
        Assert.True(ReaderLimits.TryParseSize(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5M")]
    [InlineData("0")]
    [InlineData("lots")]
    [InlineData("12T")]
    public void Nonsense_sizes_are_refused(string text) => Assert.False(ReaderLimits.TryParseSize(text, out _));

    [Theory]
    [InlineData("--max-file-size", "lots", "is not a size")]
    [InlineData("--max-nesting", "5000", "--max-nesting must be from 1 to 1000")]
    [InlineData("--timeout", "0", "--timeout must be")]
    [InlineData("--max-blocks", "0", "must be at least 1")]
    public void A_bad_limit_is_a_usage_error(string option, string value, string message)
    {
        var (exit, _, error) = CliRunner.Run("check", TestPaths.InRepo("corpus", "provider-letter.txt"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_from_the_command_line_is_applied_and_named_in_the_reason()
    {
        var (exit, output, _) = CliRunner.Run("check", TestPaths.InRepo("corpus", "provider-letter.txt"), "--max-file-size", "1K", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("over the 1 KB file-size limit (raise it with --max-file-size)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_help_lists_every_limit_option()
    {
        var (_, output, _) = CliRunner.Run("check", "--help");

        foreach (var option in new[] { "--max-file-size", "--max-part-size", "--max-blocks", "--max-block-chars", "--max-nesting", "--timeout" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
