using System.Text;
using System.Text.Json;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// Where each value (and each property name) of a JSON text starts, by JSON Pointer, as 1-based line and column, so an
/// error about a value can name the place a person must edit. Built with one pass of <see cref="Utf8JsonReader"/>;
/// comments and trailing commas are allowed, as in the configuration file.
/// </summary>
internal sealed class JsonPositions
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly byte[] _utf8;
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _names = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="utf8"/>; throws <see cref="JsonException"/> (with line and position) when it is not JSON.</summary>
    public JsonPositions(byte[] utf8)
    {
        _utf8 = utf8;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        // Each open container: its pointer, and for arrays the next index (-1 for objects).
        var stack = new Stack<(string Pointer, int NextIndex)>();
        string? pendingName = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = Escape(reader.GetString()!);
                _names[stack.Peek().Pointer + "/" + pendingName] = reader.TokenStartIndex;
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            string pointer;
            if (stack.Count == 0)
            {
                pointer = string.Empty;
            }
            else if (stack.Peek().NextIndex >= 0)
            {
                var (parent, index) = stack.Pop();
                pointer = parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                stack.Push((parent, index + 1));
            }
            else
            {
                pointer = stack.Peek().Pointer + "/" + pendingName;
            }

            _values[pointer] = reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                stack.Push((pointer, -1));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                stack.Push((pointer, 0));
            }
        }
    }

    /// <summary>The line and column where the value at <paramref name="pointer"/> starts (1, 1 when unknown).</summary>
    public (int Line, int Column) Of(string pointer) => At(_values.TryGetValue(pointer, out long at) ? at : 0);

    /// <summary>The line and column of the property name of <paramref name="pointer"/> (else its value).</summary>
    public (int Line, int Column) NameOf(string pointer) => _names.TryGetValue(pointer, out long at) ? At(at) : Of(pointer);

    /// <summary>A property name as a JSON Pointer segment.</summary>
    public static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private (int Line, int Column) At(long offset)
    {
        int line = 1;
        long lineStart = 0;
        for (long i = 0; i < offset && i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = Encoding.UTF8.GetCharCount(_utf8, (int)lineStart, (int)(offset - lineStart)) + 1;
        return (line, column);
    }
}
