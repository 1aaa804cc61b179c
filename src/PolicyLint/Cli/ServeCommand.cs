using System.CommandLine;
using System.Runtime.InteropServices;
using PolicyLint.Web;

namespace PolicyLint.Cli;

/// <summary>
/// <c>policylint serve</c>: the page to drop documents on and its API (<see cref="PolicyLintServer"/>), on this
/// computer only unless <c>--urls</c> says otherwise, until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var urls = new Option<string[]>("--urls")
        {
            Description = "Where to listen, e.g. http://127.0.0.1:8080 (several separated by ';'). Default: http://127.0.0.1 on a free port, reachable from this computer only.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var maxFiles = new Option<int?>("--max-files") { Description = "Most files in one upload (default 20).", HelpName = "count" };
        var command = new Command("serve", "Serve a page to drop documents on (and its API: POST /api/check, /api/report, /api/review) for people who would rather not use a terminal.") { urls, maxFiles };
        var limits = new LimitOptions(command);
        command.SetAction(parse =>
        {
            if (!limits.TryRead(parse, stderr, out var readerLimits))
            {
                return PolicyLintCli.ExitUsage;
            }

            int files = parse.GetValue(maxFiles) ?? 20;
            if (files < 1)
            {
                stderr.WriteLine("policylint: --max-files must be at least 1");
                return PolicyLintCli.ExitUsage;
            }

            var addresses = (parse.GetValue(urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var options = new ServeOptions
            {
                Urls = addresses.Count > 0 ? addresses : [ServeOptions.DefaultUrl],
                MaxFiles = files,
                Limits = readerLimits,
                Clock = clock,
                Log = TextWriter.Synchronized(stderr),
            };
            return Serve(options, stdout, stderr);
        });
        return command;
    }

    private static int Serve(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        foreach (var url in options.Urls.Where(u => !PolicyLintServer.IsLoopbackUrl(u)))
        {
            stderr.WriteLine($"policylint: warning: listening on {url} reaches beyond this computer: anyone who can connect to it can send documents to check. Use it only on a network you trust.");
        }

        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        PolicyLintServer server;
        try
        {
            server = PolicyLintServer.StartAsync(options).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException or UriFormatException or ArgumentException)
        {
            stderr.WriteLine($"policylint: cannot listen on {string.Join(", ", options.Urls)}: {ex.Message}");
            return PolicyLintCli.ExitUsage;
        }

        try
        {
            var shown = server.Addresses.Select(a => a.EndsWith('/') ? a : a + "/");
            stdout.WriteLine($"PolicyLint is serving {string.Join(" and ", shown)} — press Ctrl+C to stop");
            stdout.Flush();
            stop.Token.WaitHandle.WaitOne();
            stdout.WriteLine("PolicyLint has stopped serving.");
            return PolicyLintCli.ExitClean;
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
