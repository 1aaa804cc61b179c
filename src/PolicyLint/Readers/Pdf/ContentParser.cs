using System.Globalization;
using System.Text;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Tokenises a content stream and hands each operator with its operands to a callback. Written for damaged input:
/// an unexpected character is skipped, never fatal (PDFsharp's content reader throws and loses the whole page, and
/// is slow doing it). Operands: <see cref="double"/> numbers, <see cref="string"/> strings (one char per byte),
/// <see cref="ContentName"/> names, <see cref="List{T}"/> arrays; dictionaries (marked-content properties) are skipped.
/// Inline image data (BI … ID … EI) is stepped over.
/// </summary>
internal static class ContentParser
{
    private const int MaxOperands = 4096;
    private const int MaxArrayItems = 1 << 20;

    public static void Parse(byte[] data, Action<string, List<object>> onOperator, CancellationToken cancellationToken)
    {
        var operands = new List<object>();
        var arrays = new Stack<List<object>>();
        int pos = 0;
        int count = 0;
        while (true)
        {
            if ((++count & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            SkipWhitespace(data, ref pos);
            if (pos >= data.Length)
            {
                return;
            }

            byte b = data[pos];
            object? operand = null;
            switch (b)
            {
                case (byte)'(':
                    operand = ReadLiteral(data, ref pos);
                    break;
                case (byte)'<' when pos + 1 < data.Length && data[pos + 1] == '<':
                    SkipDictionary(data, ref pos);
                    operand = null;
                    if (arrays.Count == 0)
                    {
                        operands.Add(new ContentName("<<>>"));
                    }

                    continue;
                case (byte)'<':
                    operand = ReadHex(data, ref pos);
                    break;
                case (byte)'/':
                    pos++;
                    operand = new ContentName("/" + ReadRegular(data, ref pos));
                    break;
                case (byte)'[':
                    pos++;
                    arrays.Push([]);
                    continue;
                case (byte)']':
                    pos++;
                    if (arrays.Count > 0)
                    {
                        operand = arrays.Pop();
                    }

                    break;
                case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                    pos++;
                    continue;
                default:
                    string word = ReadRegular(data, ref pos);
                    if (word.Length == 0)
                    {
                        pos++;
                        continue;
                    }

                    if (IsNumberStart(word[0]))
                    {
                        operand = double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) && double.IsFinite(n) ? n : 0.0;
                        break;
                    }

                    if (word is "true" or "false" or "null")
                    {
                        operand = word;
                        break;
                    }

                    // An operator: arrays still open are broken; close them into the operands.
                    while (arrays.Count > 0)
                    {
                        var open = arrays.Pop();
                        if (arrays.Count > 0)
                        {
                            arrays.Peek().Add(open);
                        }
                        else
                        {
                            operands.Add(open);
                        }
                    }

                    if (word == "ID")
                    {
                        SkipInlineImage(data, ref pos);
                        operands.Clear();
                        continue;
                    }

                    onOperator(word, operands);
                    operands.Clear();
                    continue;
            }

            if (operand is null)
            {
                continue;
            }

            if (arrays.Count > 0)
            {
                if (arrays.Peek().Count < MaxArrayItems)
                {
                    arrays.Peek().Add(operand);
                }
            }
            else if (operands.Count < MaxOperands)
            {
                operands.Add(operand);
            }
        }
    }

    private static bool IsNumberStart(char c) => c is (>= '0' and <= '9') or '-' or '+' or '.';

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static void SkipWhitespace(byte[] data, ref int pos)
    {
        while (pos < data.Length)
        {
            byte b = data[pos];
            if (IsWhitespace(b))
            {
                pos++;
            }
            else if (b == '%')
            {
                while (pos < data.Length && data[pos] is not (byte)'\n' and not (byte)'\r')
                {
                    pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static string ReadRegular(byte[] data, ref int pos)
    {
        int start = pos;
        while (pos < data.Length && !IsWhitespace(data[pos]) && !IsDelimiter(data[pos]))
        {
            pos++;
        }

        return Encoding.Latin1.GetString(data, start, pos - start);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static string ReadHex(byte[] data, ref int pos)
    {
        pos++;
        var sb = new StringBuilder();
        int high = -1;
        while (pos < data.Length && data[pos] != '>')
        {
            int v = HexValue(data[pos++]);
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
                sb.Append((char)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            sb.Append((char)(high << 4));
        }

        pos++;
        return sb.ToString();
    }

    private static string ReadLiteral(byte[] data, ref int pos)
    {
        pos++;
        var sb = new StringBuilder();
        int depth = 1;
        while (pos < data.Length)
        {
            byte b = data[pos++];
            if (b == '(')
            {
                depth++;
            }
            else if (b == ')')
            {
                if (--depth == 0)
                {
                    break;
                }
            }
            else if (b == '\\' && pos < data.Length)
            {
                byte e = data[pos++];
                switch (e)
                {
                    case (byte)'n': sb.Append('\n'); continue;
                    case (byte)'r': sb.Append('\r'); continue;
                    case (byte)'t': sb.Append('\t'); continue;
                    case (byte)'b': sb.Append('\b'); continue;
                    case (byte)'f': sb.Append('\f'); continue;
                    case >= (byte)'0' and <= (byte)'7':
                        int value = e - '0';
                        for (int i = 0; i < 2 && pos < data.Length && data[pos] is >= (byte)'0' and <= (byte)'7'; i++)
                        {
                            value = (value * 8) + (data[pos++] - '0');
                        }

                        sb.Append((char)(value & 0xFF));
                        continue;
                    case (byte)'\r':
                        if (pos < data.Length && data[pos] == '\n')
                        {
                            pos++;
                        }

                        continue;
                    case (byte)'\n':
                        continue;
                    default:
                        sb.Append((char)e);
                        continue;
                }
            }

            sb.Append((char)b);
        }

        return sb.ToString();
    }

    private static void SkipDictionary(byte[] data, ref int pos)
    {
        int depth = 0;
        while (pos < data.Length)
        {
            if (data[pos] == '<' && pos + 1 < data.Length && data[pos + 1] == '<')
            {
                depth++;
                pos += 2;
            }
            else if (data[pos] == '>' && pos + 1 < data.Length && data[pos + 1] == '>')
            {
                depth--;
                pos += 2;
                if (depth <= 0)
                {
                    return;
                }
            }
            else if (data[pos] == '(')
            {
                ReadLiteral(data, ref pos);
            }
            else
            {
                pos++;
            }
        }
    }

    private static void SkipInlineImage(byte[] data, ref int pos)
    {
        // The data ends at whitespace + "EI" + whitespace (or the end).
        if (pos < data.Length && IsWhitespace(data[pos]))
        {
            pos++;
        }

        while (pos + 2 <= data.Length)
        {
            if (data[pos] == 'E' && data[pos + 1] == 'I' && pos > 0 && IsWhitespace(data[pos - 1])
                && (pos + 2 == data.Length || IsWhitespace(data[pos + 2]) || IsDelimiter(data[pos + 2])))
            {
                pos += 2;
                return;
            }

            pos++;
        }

        pos = data.Length;
    }
}
