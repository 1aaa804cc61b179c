namespace PolicyLint.Readers;

/// <summary>How guarded work ended.</summary>
internal readonly record struct GuardOutcome<T>(bool Finished, T? Result, Exception? Error)
{
    /// <summary>True when the work ran out of time: it was cancelled, or never came back and was abandoned.</summary>
    public bool TimedOut => !Finished || Error is OperationCanceledException;
}

/// <summary>
/// Runs the work for one document on its own thread, with a large stack and a time limit. The work is given a token
/// that is cancelled when the limit is reached; readers and the rule driver check it in every loop the input controls.
/// Code that cannot be cancelled (a parser in a library) is abandoned if it has not come back shortly after the limit:
/// the thread is a background thread, so it never keeps the process alive, and the run goes on without it.
/// </summary>
internal static class DocumentGuard
{
    /// <summary>
    /// The stack of a document thread. Parsers recurse (Markdig over nested blocks, PdfPig over nested objects); every
    /// nesting they accept is bounded by <see cref="ReaderLimits.MaxNestingDepth"/> or by the library, and this stack is
    /// far deeper than those bounds need, so a deep but accepted document never overflows it.
    /// </summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>How long work that ignores cancellation is waited for after the limit before it is abandoned.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public static GuardOutcome<T> Run<T>(Func<CancellationToken, T> work, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(work);

        // Not disposed: an abandoned thread may still look at its token.
        var cts = new CancellationTokenSource();
        T? result = default;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work(cts.Token);
                }
                catch (Exception ex)
                {
                    error = ex;
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "policylint document",
        };

        thread.Start();
        if (timeout <= TimeSpan.Zero || timeout >= TimeSpan.FromDays(1))
        {
            thread.Join();
        }
        else if (!thread.Join(timeout))
        {
            cts.Cancel();
            if (!thread.Join(Grace))
            {
                return new GuardOutcome<T>(false, default, null);
            }
        }

        return new GuardOutcome<T>(true, result, error);
    }
}
