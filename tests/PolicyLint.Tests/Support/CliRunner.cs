using PolicyLint.Cli;

namespace PolicyLint.Tests.Support;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>A fixed "today" so date rules never depend on the machine's clock.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(TerminalInfo.Redirected, args);

    /// <summary>Runs as if standard output and error were what <paramref name="terminal"/> says (a terminal, a CI log…).</summary>
    public static (int Exit, string Out, string Err) Run(TerminalInfo terminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = PolicyLintCli.Run(args, stdout, stderr, new FixedClock(Today), terminal);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
