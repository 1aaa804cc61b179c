using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace PolicyLint.Readers.Html;

/// <summary>
/// Where the text of a parsed page came from. AngleSharp gives elements a source position but text nodes none, so
/// the character tokens the tokenizer reads are recorded as they pass (each with its exact source range), joined into
/// one stream of decoded text, and every character of the stream is aligned with its source character inside its
/// token's range: a character reference maps to its '&amp;', "\r\n" to its '\r', and a dropped NUL is passed over.
/// A text node of the tree is then found in the stream: at the point the previous node ended when it fits there (the
/// usual case, as the tree keeps source order), otherwise at its first occurrence between its parent's or preceding
/// sibling's start tag and the next element's start tag (text a table moved out of itself, text after a skipped
/// title or script). Comments are recorded the same way with their whole source range.
/// </summary>
internal sealed class HtmlSourceText
{
    private readonly string _source;
    private readonly List<(int Start, int End, string Data)> _runs = [];
    private readonly List<(int Start, int End, string Data)> _comments = [];
    private string _stream = string.Empty;
    private int[] _offsets = [];
    private int _cursor;
    private int _commentCursor;

    public HtmlSourceText(string source)
    {
        _source = source;
    }

    /// <summary>Records a token as the tokenizer reads it.</summary>
    public void OnToken(HtmlToken token, TextRange range)
    {
        int start = Math.Clamp(range.Start.Index, 0, _source.Length);
        int end = Math.Clamp(range.End.Index, start, _source.Length);
        if (token.Type == HtmlTokenType.Character && !string.IsNullOrEmpty(token.Data))
        {
            _runs.Add((start, end, token.Data));
        }
        else if (token.Type == HtmlTokenType.Comment)
        {
            _comments.Add((start, end, token.Data ?? string.Empty));
        }
    }

    /// <summary>Builds the aligned stream once parsing is over.</summary>
    public void Seal(CancellationToken cancellationToken)
    {
        long length = 0;
        foreach (var run in _runs)
        {
            length += run.Data.Length;
        }

        var stream = new StringBuilder((int)Math.Min(length, int.MaxValue));
        var offsets = new int[length];
        int at = 0;
        for (int r = 0; r < _runs.Count; r++)
        {
            if ((r & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (start, end, data) = _runs[r];
            Align(data, start, end, offsets.AsSpan(at, data.Length));
            stream.Append(data);
            at += data.Length;
        }

        _stream = stream.ToString();
        _offsets = offsets;
        _runs.Clear();
    }

    /// <summary>
    /// The stream index where a text node's <paramref name="data"/> starts, or -1. <paramref name="after"/> is the
    /// source index of the start tag of the node's parent or preceding sibling element (the text comes after it);
    /// <paramref name="before"/> that of the next element in tree order (the text comes before it), or -1.
    /// </summary>
    public int Find(string data, int after, int before)
    {
        if (data.Length == 0 || data.Length > _stream.Length)
        {
            return -1;
        }

        int lo = StreamIndexAtOrAfter(after);
        int hi = before > after ? StreamIndexAtOrAfter(before) : _stream.Length;
        int found = -1;
        if (_cursor >= lo && _cursor + data.Length <= hi && string.CompareOrdinal(_stream, _cursor, data, 0, data.Length) == 0)
        {
            found = _cursor;
        }
        else
        {
            found = IndexOf(data, Math.Max(_cursor, lo), hi);
            if (found < 0 && lo < _cursor)
            {
                found = IndexOf(data, lo, hi);
            }

            if (found < 0 && hi < _stream.Length)
            {
                found = IndexOf(data, lo, _stream.Length);
            }
        }

        if (found >= 0)
        {
            _cursor = found + data.Length;
        }

        return found;
    }

    /// <summary>The source index of the stream character at <paramref name="streamIndex"/>.</summary>
    public int SourceIndex(int streamIndex) => _offsets[streamIndex];

    /// <summary>
    /// The source range of the next comment holding <paramref name="data"/> that starts after source index
    /// <paramref name="after"/> (as for <see cref="Find"/>), or null.
    /// </summary>
    public (int Start, int End)? FindComment(string data, int after)
    {
        // Comments are recorded in source order: the first one starting at or after 'after' by binary search.
        int first = 0, last = _comments.Count;
        while (first < last)
        {
            int mid = (first + last) >>> 1;
            if (_comments[mid].Start < after)
            {
                first = mid + 1;
            }
            else
            {
                last = mid;
            }
        }

        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = pass == 0 ? Math.Max(_commentCursor, first) : first; i < _comments.Count; i++)
            {
                if (_comments[i].Data == data)
                {
                    _commentCursor = i + 1;
                    return (_comments[i].Start, _comments[i].End);
                }
            }
        }

        return null;
    }

    private int IndexOf(string data, int from, int to)
    {
        if (from < 0 || to - from < data.Length)
        {
            return -1;
        }

        return _stream.IndexOf(data, from, to - from, StringComparison.Ordinal);
    }

    // Offsets never decrease along the stream (tokens come in source order), so a binary search finds the first
    // stream character at or after a source index.
    private int StreamIndexAtOrAfter(int sourceIndex)
    {
        if (sourceIndex <= 0)
        {
            return 0;
        }

        int lo = 0, hi = _offsets.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_offsets[mid] < sourceIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Maps each character of a token's decoded <paramref name="data"/> to its index in source[start..end).</summary>
    private void Align(string data, int start, int end, Span<int> offsets)
    {
        int k = start;
        int i = 0;
        while (i < data.Length)
        {
            if (k >= end)
            {
                // Not found in the range (should not happen): keep the last known place.
                int last = i > 0 ? offsets[i - 1] : Math.Max(start, Math.Min(end, _source.Length) - 1);
                offsets[i..].Fill(last);
                return;
            }

            char s = _source[k];
            char d = data[i];
            if (s == '&' && TryReference(k, end, out var decoded, out int referenceEnd))
            {
                if (string.CompareOrdinal(data, i, decoded, 0, decoded.Length) == 0 || d != '&')
                {
                    // Every character a reference stands for is anchored at its '&'.
                    int n = Math.Max(1, Math.Min(decoded.Length, data.Length - i));
                    offsets.Slice(i, n).Fill(k);
                    i += n;
                    k = referenceEnd;
                    continue;
                }
            }

            if (s == d)
            {
                offsets[i++] = k++;
            }
            else if (s == '\r' && d == '\n')
            {
                offsets[i++] = k++;
                if (k < end && _source[k] == '\n')
                {
                    k++;
                }
            }
            else
            {
                // A source character the tokenizer dropped (NUL) or replaced: pass over it.
                k++;
            }
        }
    }

    /// <summary>Reads a character reference at source[at] ('&amp;') as the HTML tokenizer does in text.</summary>
    private bool TryReference(int at, int end, out string decoded, out int referenceEnd)
    {
        decoded = string.Empty;
        referenceEnd = at;
        int p = at + 1;
        if (p < end && _source[p] == '#')
        {
            p++;
            bool hex = p < end && (_source[p] is 'x' or 'X');
            if (hex)
            {
                p++;
            }

            int digits = p;
            long value = 0;
            while (p < end && (hex ? char.IsAsciiHexDigit(_source[p]) : char.IsAsciiDigit(_source[p])))
            {
                char c = _source[p];
                int digit = char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
                value = Math.Min((value * (hex ? 16 : 10)) + digit, 0x110000);
                p++;
            }

            if (p == digits)
            {
                return false;
            }

            if (p < end && _source[p] == ';')
            {
                p++;
            }

            decoded = NumericReference(value);
            referenceEnd = p;
            return true;
        }

        int nameStart = p;
        while (p < end && p - nameStart < 40 && char.IsAsciiLetterOrDigit(_source[p]))
        {
            p++;
        }

        if (p == nameStart)
        {
            return false;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (p < end && _source[p] == ';')
        {
            var symbol = resolver.GetSymbol(_source.Substring(nameStart, p - nameStart + 1));
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                referenceEnd = p + 1;
                return true;
            }
        }

        // The legacy names that need no semicolon ("&amp", "&copy", "&not"): the longest one that fits.
        for (int e = p; e > nameStart; e--)
        {
            var symbol = resolver.GetSymbol(_source[nameStart..e]);
            if (!string.IsNullOrEmpty(symbol))
            {
                decoded = symbol;
                referenceEnd = e;
                return true;
            }
        }

        return false;
    }

    private static string NumericReference(long value)
    {
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            return "\uFFFD";
        }

        if (value is >= 0x80 and <= 0x9F)
        {
            // The tokenizer reads these as the Windows-1252 characters they were meant to be.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString([(byte)value]);
        }

        return char.ConvertFromUtf32((int)value);
    }
}
