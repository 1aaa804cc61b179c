using System.Globalization;
using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// A parsed CMap: codespace ranges (how many bytes each code takes), code → Unicode (ToUnicode: bfchar and both
/// bfrange forms, several characters per code for ligatures) and code → CID (embedded /Encoding CMaps: cidchar,
/// cidrange). Large ranges are kept as ranges and looked up on demand, so an identity range over 0000–FFFF costs nothing.
/// </summary>
internal sealed class CMap
{
    // Pathological CMaps could declare millions of entries; real ones stay far below this.
    private const int MaxEntries = 200_000;

    private readonly List<(byte[] Low, byte[] High)> _codespaces = [];
    private readonly Dictionary<long, string> _unicode = [];
    private readonly List<(int Length, uint Low, uint High, string? Start, string[]? Each)> _unicodeRanges = [];
    private readonly Dictionary<long, int> _cids = [];
    private readonly List<(int Length, uint Low, uint High, int Cid)> _cidRanges = [];
    private int _entries;

    private CMap()
    {
    }

    /// <summary>The name of a predefined CMap this one builds on (usecmap), e.g. Identity-H.</summary>
    public string? UsesCMap { get; private set; }

    public bool HasCodespaces => _codespaces.Count > 0;

    public bool HasUnicode => _unicode.Count > 0 || _unicodeRanges.Count > 0;

    public bool HasCids => _cids.Count > 0 || _cidRanges.Count > 0;

    /// <summary>The largest code length a codespace declares, or a guess from the mappings when none is declared.</summary>
    public int MaxCodeLength { get; private set; }

    public static CMap Parse(byte[] data)
    {
        var map = new CMap();
        try
        {
            map.Load(new CMapLexer(data));
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentException or OverflowException or FormatException)
        {
            // A damaged CMap keeps what was read before the damage.
        }

        if (map.MaxCodeLength == 0)
        {
            map.MaxCodeLength = 1;
        }

        return map;
    }

    /// <summary>The length of the code starting at <paramref name="pos"/>, by the codespace ranges.</summary>
    public int CodeLength(string bytes, int pos)
    {
        int remaining = bytes.Length - pos;
        foreach (var (low, high) in _codespaces)
        {
            int n = low.Length;
            if (n > remaining)
            {
                continue;
            }

            bool inside = true;
            for (int i = 0; i < n && inside; i++)
            {
                int b = bytes[pos + i] & 0xFF;
                inside = b >= low[i] && b <= high[i];
            }

            if (inside)
            {
                return n;
            }
        }

        return Math.Min(Math.Max(1, _codespaces.Count > 0 ? _codespaces.Min(c => c.Low.Length) : MaxCodeLength), Math.Max(1, remaining));
    }

    public string? ToUnicode(uint code, int length)
    {
        if (_unicode.TryGetValue(Key(code, length), out var text))
        {
            return text;
        }

        foreach (var (len, low, high, start, each) in _unicodeRanges)
        {
            if (len != length || code < low || code > high)
            {
                continue;
            }

            int delta = (int)(code - low);
            if (each is not null)
            {
                return delta < each.Length ? each[delta] : null;
            }

            if (start is { Length: > 0 })
            {
                // The range increments the last UTF-16 unit of the destination.
                return string.Concat(start.AsSpan(0, start.Length - 1), ((char)(start[^1] + delta)).ToString());
            }
        }

        return null;
    }

    public int? ToCid(uint code, int length)
    {
        if (_cids.TryGetValue(Key(code, length), out int cid))
        {
            return cid;
        }

        foreach (var (len, low, high, start) in _cidRanges)
        {
            if (len == length && code >= low && code <= high)
            {
                return start + (int)(code - low);
            }
        }

        return null;
    }

    private static long Key(uint code, int length) => ((long)length << 32) | code;

    private static uint ToCode(byte[] bytes)
    {
        uint code = 0;
        for (int i = 0; i < bytes.Length && i < 4; i++)
        {
            code = (code << 8) | bytes[i];
        }

        return code;
    }

    private static string DecodeDestination(byte[] bytes)
    {
        if (bytes.Length % 2 == 1)
        {
            // Some producers write one byte per character; read it as Latin-1 rather than lose it.
            return Encoding.Latin1.GetString(bytes);
        }

        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    private void Load(CMapLexer lexer)
    {
        var previous = new List<CMapToken>(4);
        for (var token = lexer.Next(); token.Kind != CMapTokenKind.End; token = lexer.Next())
        {
            if (token.Kind != CMapTokenKind.Word)
            {
                previous.Add(token);
                if (previous.Count > 4)
                {
                    previous.RemoveAt(0);
                }

                continue;
            }

            switch (token.Word)
            {
                case "begincodespacerange":
                    ReadCodespaces(lexer);
                    break;
                case "beginbfchar":
                    ReadBfChars(lexer);
                    break;
                case "beginbfrange":
                    ReadBfRanges(lexer);
                    break;
                case "begincidchar":
                    ReadCidChars(lexer);
                    break;
                case "begincidrange":
                    ReadCidRanges(lexer);
                    break;
                case "usecmap" when previous.Count > 0 && previous[^1].Kind == CMapTokenKind.Name:
                    UsesCMap = previous[^1].Word;
                    break;
            }

            previous.Clear();
            if (_entries > MaxEntries)
            {
                return;
            }
        }
    }

    private void NoteLength(int length)
    {
        if (length is > 0 and <= 4 && _codespaces.Count == 0)
        {
            MaxCodeLength = Math.Max(MaxCodeLength, length);
        }
    }

    private void ReadCodespaces(CMapLexer lexer)
    {
        while (true)
        {
            var low = lexer.Next();
            if (low.Kind != CMapTokenKind.String)
            {
                return;
            }

            var high = lexer.Next();
            if (high.Kind != CMapTokenKind.String || low.Bytes!.Length != high.Bytes!.Length || low.Bytes.Length is 0 or > 4)
            {
                continue;
            }

            _codespaces.Add((low.Bytes, high.Bytes));
            MaxCodeLength = Math.Max(MaxCodeLength, low.Bytes.Length);

            // Shorter codespaces must be tried first only when they cannot be a prefix of longer ones; ordering by
            // length keeps the common 1-byte + 2-byte mixtures (e.g. 00-80 and 8140-9FFC) right.
            _codespaces.Sort((x, y) => x.Low.Length.CompareTo(y.Low.Length));
        }
    }

    private void ReadBfChars(CMapLexer lexer)
    {
        while (_entries++ < MaxEntries)
        {
            var src = lexer.Next();
            if (src.Kind != CMapTokenKind.String)
            {
                return;
            }

            var dst = lexer.Next();
            string? text = dst.Kind switch
            {
                CMapTokenKind.String => DecodeDestination(dst.Bytes!),
                CMapTokenKind.Name => GlyphNames.ToUnicode(dst.Word),
                _ => null,
            };
            if (dst.Kind == CMapTokenKind.Word)
            {
                return;
            }

            if (text is not null && src.Bytes!.Length is > 0 and <= 4)
            {
                _unicode[Key(ToCode(src.Bytes), src.Bytes.Length)] = text;
                NoteLength(src.Bytes.Length);
            }
        }
    }

    private void ReadBfRanges(CMapLexer lexer)
    {
        while (_entries++ < MaxEntries)
        {
            var low = lexer.Next();
            if (low.Kind != CMapTokenKind.String)
            {
                return;
            }

            var high = lexer.Next();
            var dst = lexer.Next();
            if (high.Kind != CMapTokenKind.String || low.Bytes!.Length is 0 or > 4)
            {
                return;
            }

            int length = low.Bytes.Length;
            uint lo = ToCode(low.Bytes);
            uint hi = ToCode(high.Bytes!);
            if (hi < lo)
            {
                continue;
            }

            NoteLength(length);
            if (dst.Kind == CMapTokenKind.String)
            {
                _unicodeRanges.Add((length, lo, hi, DecodeDestination(dst.Bytes!), null));
            }
            else if (dst.Kind == CMapTokenKind.ArrayStart)
            {
                var each = new List<string>();
                for (var item = lexer.Next(); item.Kind is CMapTokenKind.String or CMapTokenKind.Name; item = lexer.Next())
                {
                    each.Add(item.Kind == CMapTokenKind.String ? DecodeDestination(item.Bytes!) : GlyphNames.ToUnicode(item.Word) ?? string.Empty);
                    _entries++;
                }

                _unicodeRanges.Add((length, lo, hi, null, [.. each]));
            }
            else
            {
                return;
            }
        }
    }

    private void ReadCidChars(CMapLexer lexer)
    {
        while (_entries++ < MaxEntries)
        {
            var src = lexer.Next();
            if (src.Kind != CMapTokenKind.String)
            {
                return;
            }

            var cid = lexer.Next();
            if (src.Bytes!.Length is > 0 and <= 4 && int.TryParse(cid.Word, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                _cids[Key(ToCode(src.Bytes), src.Bytes.Length)] = value;
            }
        }
    }

    private void ReadCidRanges(CMapLexer lexer)
    {
        while (_entries++ < MaxEntries)
        {
            var low = lexer.Next();
            if (low.Kind != CMapTokenKind.String)
            {
                return;
            }

            var high = lexer.Next();
            var cid = lexer.Next();
            if (high.Kind == CMapTokenKind.String && low.Bytes!.Length is > 0 and <= 4
                && int.TryParse(cid.Word, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                _cidRanges.Add((low.Bytes.Length, ToCode(low.Bytes), ToCode(high.Bytes!), value));
            }
        }
    }
}
