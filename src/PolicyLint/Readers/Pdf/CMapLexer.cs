namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Splits a CMap (a small PostScript program) into tokens. Only what CMaps use is recognised; dictionaries and
/// procedures come out as words, which the parser skips.
/// </summary>
internal sealed class CMapLexer
{
    private readonly byte[] _data;
    private int _pos;

    public CMapLexer(byte[] data) => _data = data;

    public CMapToken Next()
    {
        SkipWhitespaceAndComments();
        if (_pos >= _data.Length)
        {
            return new CMapToken(CMapTokenKind.End, string.Empty, null);
        }

        byte b = _data[_pos];
        switch (b)
        {
            case (byte)'[':
                _pos++;
                return new CMapToken(CMapTokenKind.ArrayStart, "[", null);
            case (byte)']':
                _pos++;
                return new CMapToken(CMapTokenKind.ArrayEnd, "]", null);
            case (byte)'<' when _pos + 1 < _data.Length && _data[_pos + 1] == '<':
                _pos += 2;
                return new CMapToken(CMapTokenKind.Word, "<<", null);
            case (byte)'>' when _pos + 1 < _data.Length && _data[_pos + 1] == '>':
                _pos += 2;
                return new CMapToken(CMapTokenKind.Word, ">>", null);
            case (byte)'<':
                return new CMapToken(CMapTokenKind.String, string.Empty, ReadHex());
            case (byte)'(':
                return new CMapToken(CMapTokenKind.String, string.Empty, ReadLiteral());
            case (byte)'/':
                _pos++;
                return new CMapToken(CMapTokenKind.Name, ReadRegular(), null);
            default:
                string word = ReadRegular();
                if (word.Length == 0)
                {
                    // A stray delimiter such as '>' or '{': step over it.
                    _pos++;
                    return new CMapToken(CMapTokenKind.Word, ((char)b).ToString(), null);
                }

                return new CMapToken(CMapTokenKind.Word, word, null);
        }
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _data.Length)
        {
            byte b = _data[_pos];
            if (IsWhitespace(b))
            {
                _pos++;
            }
            else if (b == '%')
            {
                while (_pos < _data.Length && _data[_pos] is not (byte)'\n' and not (byte)'\r')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private string ReadRegular()
    {
        int start = _pos;
        while (_pos < _data.Length && !IsWhitespace(_data[_pos]) && !IsDelimiter(_data[_pos]))
        {
            _pos++;
        }

        return System.Text.Encoding.Latin1.GetString(_data, start, _pos - start);
    }

    private byte[] ReadHex()
    {
        _pos++; // '<'
        var bytes = new List<byte>();
        int high = -1;
        while (_pos < _data.Length && _data[_pos] != '>')
        {
            int v = HexValue(_data[_pos++]);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        _pos++; // '>'
        return [.. bytes];
    }

    private byte[] ReadLiteral()
    {
        _pos++; // '('
        var bytes = new List<byte>();
        int depth = 1;
        while (_pos < _data.Length)
        {
            byte b = _data[_pos++];
            if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                break;
            }
            else if (b == '\\' && _pos < _data.Length)
            {
                byte e = _data[_pos++];
                switch (e)
                {
                    case (byte)'n': bytes.Add(10); continue;
                    case (byte)'r': bytes.Add(13); continue;
                    case (byte)'t': bytes.Add(9); continue;
                    case (byte)'b': bytes.Add(8); continue;
                    case (byte)'f': bytes.Add(12); continue;
                    case >= (byte)'0' and <= (byte)'7':
                        int value = e - '0';
                        for (int i = 0; i < 2 && _pos < _data.Length && _data[_pos] is >= (byte)'0' and <= (byte)'7'; i++)
                        {
                            value = (value * 8) + (_data[_pos++] - '0');
                        }

                        bytes.Add((byte)value);
                        continue;
                    case (byte)'\n' or (byte)'\r':
                        continue;
                    default:
                        bytes.Add(e);
                        continue;
                }
            }

            bytes.Add(b);
        }

        return [.. bytes];
    }
}
