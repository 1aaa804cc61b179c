using PolicyLint.Rules.Syntax;

namespace PolicyLint.Readers;

/// <summary>
/// Picks a reader by extension and runs it within the <see cref="ReaderLimits"/>: only regular files are opened (a
/// FIFO, a device or a socket is refused unopened), never more than the size limit is read whatever the file claims,
/// the document the reader builds is held to the block limits, and any failure becomes a reason naming what went
/// wrong. Nothing a reader throws escapes as a stack trace. The time limit is kept by the caller, which runs the
/// load on a guarded thread (<see cref="DocumentGuard"/>), or by <see cref="ReadGuarded"/>.
/// </summary>
internal sealed class DocumentLoader
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, IDocumentReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentLoader(IEnumerable<IDocumentReader> readers, ReaderLimits? limits = null)
    {
        foreach (var reader in readers)
        {
            foreach (var ext in reader.Extensions)
            {
                _byExtension[ext] = reader;
            }
        }

        Limits = limits ?? ReaderLimits.Default;
    }

    public ReaderLimits Limits { get; }

    public IEnumerable<string> Extensions => _byExtension.Keys;

    public bool Handles(string path) => _byExtension.ContainsKey(System.IO.Path.GetExtension(path));

    public SourceFormat? FormatOf(string path) => _byExtension.TryGetValue(System.IO.Path.GetExtension(path), out var reader) ? reader.Format : null;

    /// <summary>Reads <paramref name="path"/> on the calling thread. Only cancellation escapes (the caller's time limit).</summary>
    public DocumentLoadResult Load(string path, CancellationToken cancellationToken)
    {
        var ext = System.IO.Path.GetExtension(path);
        if (!_byExtension.TryGetValue(ext, out var reader))
        {
            return DocumentLoadResult.Failed(path, null, ext.Length == 0
                ? "the file has no extension; PolicyLint reads .md, .txt, .docx, .pdf, .html and .htm"
                : $"'{ext}' files are not supported; PolicyLint reads .md, .txt, .docx, .pdf, .html and .htm");
        }

        return Read(reader, path, Limits, cancellationToken);
    }

    /// <summary>Reads on a guarded thread with a size and a time limit, the other limits at their defaults.</summary>
    public static DocumentLoadResult ReadGuarded(IDocumentReader reader, string path, long maxBytes, TimeSpan timeout) =>
        ReadGuarded(reader, path, ReaderLimits.Default with { MaxFileBytes = maxBytes, Timeout = timeout });

    /// <summary>Reads on a guarded thread with the time limit (tests run every reader this way).</summary>
    public static DocumentLoadResult ReadGuarded(IDocumentReader reader, string path, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        var outcome = DocumentGuard.Run(ct => Read(reader, path, limits, ct), limits.Timeout);
        if (outcome.TimedOut)
        {
            return DocumentLoadResult.Failed(path, reader.Format, TimeoutReason("reading", limits));
        }

        return outcome.Error is null
            ? outcome.Result!
            : DocumentLoadResult.Failed(path, reader.Format, Unexpected(reader.Format, outcome.Error));
    }

    /// <summary>The reason given for a document stopped at the time limit while <paramref name="doing"/> ("reading", "checking").</summary>
    public static string TimeoutReason(string doing, ReaderLimits limits) =>
        $"{doing} took longer than {limits.TimeLimit} and was stopped (the file may be damaged, or too large to {(doing == "reading" ? "read" : "check")} in time)";

    /// <summary>Reads one file with one reader, within the limits but on the calling thread.</summary>
    public static DocumentLoadResult Read(IDocumentReader reader, string path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            var bytes = ReadBounded(path, limits, cancellationToken);
            using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
            var document = reader.Read(path, stream, limits, cancellationToken);
            CheckShape(document, limits);
            return new DocumentLoadResult(path, reader.Format, document, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (DocumentReadException ex)
        {
            return DocumentLoadResult.Failed(path, reader.Format, ex.Message);
        }
        catch (DocumentLimitException ex)
        {
            return DocumentLoadResult.Failed(path, reader.Format, LimitReason(ex, limits));
        }
        catch (Exception ex)
        {
            return DocumentLoadResult.Failed(path, reader.Format, Unexpected(reader.Format, ex));
        }
    }

    /// <summary>
    /// The bytes of a regular file, never more than the size limit. The path is looked at before it is opened (a FIFO,
    /// a device, a socket or a folder is refused unopened), the opened file is checked to be the one looked at, and
    /// reading stops one byte past the limit even if the file grows or states a smaller length than it has.
    /// </summary>
    public static byte[] ReadBounded(string path, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var facts = FileProbe.Probe(path);
        if (facts.Kind == FileKind.Missing)
        {
            throw new DocumentReadException("the file does not exist");
        }

        if (facts.Error is not null)
        {
            throw new DocumentReadException("the file could not be opened: " + facts.Error);
        }

        if (facts.Kind != FileKind.Regular)
        {
            throw new DocumentReadException($"it is {FileProbe.Describe(facts.Kind)}, not a regular file; PolicyLint reads only regular files and did not open it");
        }

        if (facts.Length > limits.MaxFileBytes)
        {
            throw new DocumentReadException($"the file is {ReaderLimits.Size(facts.Length)}, over {limits.FileSizeLimit}");
        }

        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var opened = FileProbe.Probe(handle);
            if (opened.Kind != FileKind.Regular || (facts.Identity is not null && opened.Identity != facts.Identity))
            {
                throw new DocumentReadException("the file was replaced while it was being opened and was not read");
            }

            long cap = limits.MaxFileBytes;
            var buffer = new byte[(int)Math.Min(Math.Max(opened.Length, facts.Length) + 1, Math.Min(cap + 1, Array.MaxLength))];
            long total = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (total == buffer.Length)
                {
                    if (total > cap)
                    {
                        throw new DocumentReadException($"the file grew past {limits.FileSizeLimit} while it was read");
                    }

                    long grown = Math.Min(Math.Min(Math.Max(buffer.Length * 2L, 81920), cap + 1), Array.MaxLength);
                    if (grown <= buffer.Length)
                    {
                        throw new DocumentReadException($"the file is larger than {limits.FileSizeLimit}");
                    }

                    Array.Resize(ref buffer, (int)grown);
                }

                int want = (int)Math.Min(buffer.Length - total, 1 << 20);
                int read = RandomAccess.Read(handle, buffer.AsSpan((int)total, want), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            if (total > cap)
            {
                throw new DocumentReadException($"the file grew past {limits.FileSizeLimit} while it was read");
            }

            if (total != buffer.Length)
            {
                Array.Resize(ref buffer, (int)total);
            }

            return buffer;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException("the file could not be opened: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// The document as built is held to the block limits too, for a reader that does not pass them to its builder.
    /// </summary>
    private static void CheckShape(PolicyDocument document, ReaderLimits limits)
    {
        if (document.Blocks.Count > limits.MaxBlocks)
        {
            throw new DocumentLimitException(DocumentLimit.Blocks, limits.MaxBlocks);
        }

        foreach (var block in document.Blocks)
        {
            if (block.Span.Length > limits.MaxBlockChars)
            {
                throw new DocumentLimitException(DocumentLimit.BlockChars, limits.MaxBlockChars);
            }
        }
    }

    /// <summary>The reason for a document that broke one of the builder's limits.</summary>
    public static string LimitReason(DocumentLimitException ex, ReaderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(limits);
        return ex.Limit switch
        {
            DocumentLimit.Blocks => $"the document has more blocks (headings, paragraphs, list items, table cells) than {limits.BlocksLimit}",
            DocumentLimit.BlockChars => $"a block (a paragraph, heading, list item or table cell) is longer than {limits.BlockCharsLimit}",
            _ => ex.Message,
        };
    }

    private static string Unexpected(SourceFormat format, Exception ex) => ex switch
    {
        DocumentReadException dre => dre.Message,
        OutOfMemoryException => "the file needs more memory than is available to read; it may be damaged or hostile",
        InsufficientExecutionStackException => $"the file is nested too deeply to read (it may be damaged or hostile)",
        _ => $"the file is damaged or not a valid {format} file ({ex.GetType().Name}: {FirstLine(ex.Message)})",
    };

    private static string FirstLine(string message)
    {
        int nl = message.IndexOfAny(['\r', '\n']);
        return nl < 0 ? message : message[..nl];
    }
}
