namespace PolicyLint;

internal static class Program
{
    public static int Main(string[] args) => Cli.PolicyLintCli.Run(args, Console.Out, Console.Error, terminal: Cli.TerminalInfo.FromConsole());
}
