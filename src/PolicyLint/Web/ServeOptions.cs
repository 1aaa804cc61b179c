using PolicyLint.Readers;

namespace PolicyLint.Web;

/// <summary>How <c>policylint serve</c> listens and what it accepts.</summary>
internal sealed record ServeOptions
{
    /// <summary>The default address: this computer only, on a port the system chooses.</summary>
    public const string DefaultUrl = "http://127.0.0.1:0";

    /// <summary>Addresses to listen on (Kestrel URL syntax).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>Most files in one upload.</summary>
    public int MaxFiles { get; init; } = 20;

    /// <summary>
    /// The reader limits each uploaded document is checked within; <see cref="ReaderLimits.MaxFileBytes"/> is also the
    /// largest upload of one file, and <see cref="ReaderLimits.Timeout"/> the time one document may take.
    /// </summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>
    /// The folder under which each request gets its private folder (default: the system's temporary folder). Tests set
    /// it to see that nothing is left behind.
    /// </summary>
    public string? TempRoot { get; init; }

    /// <summary>"Today" for date rules and the time stamped on reviewed copies.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where the one line per request (counts only) goes; null for none.</summary>
    public TextWriter? Log { get; init; }

    /// <summary>
    /// The largest request body accepted: every file at its limit plus room for the form's own parts. Past it the
    /// server stops reading and answers 413.
    /// </summary>
    public long MaxRequestBytes
    {
        get
        {
            try
            {
                return checked((MaxFiles * Limits.MaxFileBytes) + (1 << 20));
            }
            catch (OverflowException)
            {
                return long.MaxValue;
            }
        }
    }
}
