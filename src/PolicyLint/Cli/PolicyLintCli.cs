namespace PolicyLint.Cli;

internal static class PolicyLintCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        stdout.WriteLine("policylint: the command line is being built");
        stderr.Flush();
        return 2;
    }
}
