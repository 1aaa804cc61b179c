namespace PolicyLint.Readers;

/// <summary>
/// Counts what is read from a decompressing stream and throws <see cref="DocumentReadException"/> once more than the
/// limit has come out, so a part whose header understates its size (a zip bomb) is stopped after the limit, never read
/// whole. An optional shared <see cref="Budget"/> bounds several streams together.
/// </summary>
internal sealed class LimitedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly Func<string> _reason;
    private readonly Budget? _budget;
    private long _read;

    public LimitedReadStream(Stream inner, long limit, Func<string> reason, Budget? budget = null)
    {
        _inner = inner;
        _limit = limit;
        _reason = reason;
        _budget = budget;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for at most one byte past the limit: enough to know it was passed, never much more.
        long room = _limit - _read + 1;
        if (room < buffer.Length)
        {
            buffer = buffer[..(int)Math.Max(room, 1)];
        }

        int n = _inner.Read(buffer);
        _read += n;
        if (_read > _limit)
        {
            throw new DocumentReadException(_reason());
        }

        _budget?.Spend(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A number of bytes several streams draw on together; overspending throws with the reason given.</summary>
    internal sealed class Budget(long limit, Func<string> reason)
    {
        private long _spent;

        public long Spent => _spent;

        public void Spend(long bytes)
        {
            _spent += bytes;
            if (_spent > limit)
            {
                throw new DocumentReadException(reason());
            }
        }
    }
}
