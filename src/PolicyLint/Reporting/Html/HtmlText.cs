using System.Text;

namespace PolicyLint.Reporting.Html;

/// <summary>
/// Encodes text for HTML element content and quoted attribute values. Everything that comes from a document, a path
/// or a message goes through here: the five markup characters become references, and characters HTML does not allow
/// (C0 controls other than tab, line feed and carriage return, lone surrogates, noncharacters) become U+FFFD.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };

            if (replacement is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                if (IsAllowed(c))
                {
                    sb?.Append(c);
                    continue;
                }

                replacement = "\uFFFD";
            }

            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>Writes <paramref name="text"/> encoded.</summary>
    public static void Write(TextWriter writer, string? text) => writer.Write(Encode(text));

    private static bool IsAllowed(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' => false,
            >= '\u007F' and <= '\u009F' => false,
            _ when char.IsSurrogate(c) => false,
            '\uFFFE' or '\uFFFF' => false,
            >= '\uFDD0' and <= '\uFDEF' => false,
            _ => true,
        };
}
