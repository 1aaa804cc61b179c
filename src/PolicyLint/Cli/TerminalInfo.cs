namespace PolicyLint.Cli;

/// <summary>
/// What the command line knows about where its output goes: whether standard output and standard error are
/// interactive terminals, and the environment (NO_COLOR, CI, TERM). Passed in, so tests can say what a terminal is.
/// </summary>
/// <param name="StdoutIsTerminal">Standard output is a terminal, not a file or a pipe.</param>
/// <param name="StderrIsTerminal">Standard error is a terminal.</param>
/// <param name="Environment">Reads an environment variable (null when unset).</param>
/// <param name="Width">The terminal's width in columns, when known.</param>
internal sealed record TerminalInfo(bool StdoutIsTerminal, bool StderrIsTerminal, Func<string, string?> Environment, int Width = 80)
{
    /// <summary>Both streams redirected, nothing in the environment: plain text, no progress bar.</summary>
    public static TerminalInfo Redirected { get; } = new(false, false, _ => null);

    /// <summary>The process's own console.</summary>
    public static TerminalInfo FromConsole()
    {
        int width = 80;
        if (!Console.IsErrorRedirected)
        {
            try
            {
                width = Console.WindowWidth > 0 ? Console.WindowWidth : 80;
            }
            catch (IOException)
            {
                // Not a real terminal after all: keep the default.
            }
        }

        return new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, System.Environment.GetEnvironmentVariable, width);
    }
}
