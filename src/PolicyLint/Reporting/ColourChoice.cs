namespace PolicyLint.Reporting;

/// <summary>
/// Whether the terminal gets colour and a progress bar. Colour only on an interactive terminal, and never when
/// <c>NO_COLOR</c> is set to anything (no-color.org), in CI (<c>CI</c> set, as GitHub Actions, GitLab and most others
/// do) or on a <c>TERM=dumb</c> terminal. Output that is redirected to a file or a pipe is plain text, always.
/// </summary>
internal static class ColourChoice
{
    /// <summary>Fewer files than this finish before a progress bar would be any use.</summary>
    public const int ProgressThreshold = 5;

    /// <summary>True when text written to a stream that <paramref name="isTerminal"/> says is a terminal may be coloured.</summary>
    public static bool ShouldColour(bool isTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return isTerminal && !IsSet(environment("NO_COLOR")) && !IsCi(environment) && !IsDumb(environment);
    }

    /// <summary>True when a progress bar for <paramref name="files"/> files belongs on standard error.</summary>
    public static bool ShouldShowProgress(int files, bool stderrIsTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return files > ProgressThreshold && stderrIsTerminal && !IsCi(environment) && !IsDumb(environment);
    }

    private static bool IsCi(Func<string, string?> environment) =>
        environment("CI") is { Length: > 0 } ci && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase) && ci != "0";

    private static bool IsDumb(Func<string, string?> environment) =>
        string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);

    private static bool IsSet(string? value) => !string.IsNullOrEmpty(value);
}
