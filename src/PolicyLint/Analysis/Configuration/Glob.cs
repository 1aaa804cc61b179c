using System.Text;
using System.Text.RegularExpressions;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// A file glob as .editorconfig and .gitignore users write them, matched against a path relative to the
/// configuration file's folder with '/' separators: <c>*</c> any characters but '/', <c>**</c> any folders (also none),
/// <c>?</c> one character, <c>{a,b}</c> either. A glob with no '/' matches the file name in any folder.
/// </summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var p = pattern.Replace('\\', '/').TrimStart('/');
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        if (!p.Contains('/', StringComparison.Ordinal))
        {
            p = "**/" + p;
        }

        _regex = new Regex("^" + Translate(p) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    private static string Translate(string p)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                bool slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '{')
            {
                int close = p.IndexOf('}', i);
                if (close < 0)
                {
                    sb.Append(Regex.Escape("{"));
                    continue;
                }

                sb.Append("(?:").Append(string.Join('|', p[(i + 1)..close].Split(',').Select(Regex.Escape))).Append(')');
                i = close;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }
}
