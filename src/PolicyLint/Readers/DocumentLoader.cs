using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers;

/// <summary>
/// Picks a reader by extension and runs it under guards: a size limit, a time limit, and a catch-all that turns any
/// failure into a reason naming what went wrong. Nothing a reader throws escapes as a stack trace.
/// </summary>
internal sealed class DocumentLoader
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentLoader(IEnumerable<IDocumentReader> readers, long maxBytes = DefaultMaxBytes, TimeSpan? timeout = null)
    {
        foreach (var reader in readers)
        {
            foreach (var ext in reader.Extensions)
            {
                _byExtension[ext] = reader;
            }
        }

        MaxBytes = maxBytes;
        Timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public long MaxBytes { get; }

    public TimeSpan Timeout { get; }

    public IEnumerable<string> Extensions => _byExtension.Keys;

    public bool Handles(string path) => _byExtension.ContainsKey(System.IO.Path.GetExtension(path));

    public DocumentLoadResult Load(string path)
    {
        var ext = System.IO.Path.GetExtension(path);
        if (!_byExtension.TryGetValue(ext, out var reader))
        {
            return DocumentLoadResult.Failed(path, null, ext.Length == 0
                ? "the file has no extension; PolicyLint reads .md, .txt, .docx, .pdf, .html and .htm"
                : $"'{ext}' files are not supported; PolicyLint reads .md, .txt, .docx, .pdf, .html and .htm");
        }

        return ReadGuarded(reader, path, MaxBytes, Timeout);
    }

    /// <summary>Runs one reader on one file with the guards. Public to tests so every reader is tested the same way.</summary>
    public static DocumentLoadResult ReadGuarded(IDocumentReader reader, string path, long maxBytes, TimeSpan timeout)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return DocumentLoadResult.Failed(path, reader.Format, "the file does not exist");
            }

            if (info.Length > maxBytes)
            {
                return DocumentLoadResult.Failed(path, reader.Format, $"the file is {info.Length / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentLoadResult.Failed(path, reader.Format, "the file could not be opened: " + ex.Message);
        }

        using var cts = new CancellationTokenSource();
        var task = Task.Factory.StartNew(
            () =>
            {
                using var stream = new MemoryStream(bytes, writable: false);
                return reader.Read(path, stream, cts.Token);
            },
            cts.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            if (!task.Wait(timeout))
            {
                cts.Cancel();
                return DocumentLoadResult.Failed(path, reader.Format, $"reading took longer than {timeout.TotalSeconds:0} s and was stopped (the file may be damaged)");
            }

            return new DocumentLoadResult(path, reader.Format, task.Result, null);
        }
        catch (AggregateException agg)
        {
            var inner = agg.InnerException ?? agg;
            return inner switch
            {
                DocumentReadException dre => DocumentLoadResult.Failed(path, reader.Format, dre.Message),
                OperationCanceledException => DocumentLoadResult.Failed(path, reader.Format, "reading was stopped"),
                _ => DocumentLoadResult.Failed(path, reader.Format, $"the file is damaged or not a valid {reader.Format} file ({inner.GetType().Name}: {FirstLine(inner.Message)})"),
            };
        }
    }

    private static string FirstLine(string message)
    {
        int nl = message.IndexOfAny(['\r', '\n']);
        return nl < 0 ? message : message[..nl];
    }
}
