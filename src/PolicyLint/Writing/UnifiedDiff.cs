using System.Globalization;
using System.Text;

namespace PolicyLint.Writing;

/// <summary>
/// A unified diff of two versions of a text whose edits stay inside lines (what <c>policylint fix</c> makes): line i
/// of the old text corresponds to line i of the new, so hunks are runs of changed lines with three lines of context
/// either side, and each hunk has the same range in both versions. Readable by <c>patch</c> and <c>git apply</c>.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    /// <exception cref="ArgumentException">The texts have a different number of lines.</exception>
    public static string Create(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (oldLines, oldFinal) = Split(before);
        var (newLines, newFinal) = Split(after);
        if (oldLines.Count != newLines.Count)
        {
            throw new ArgumentException("UnifiedDiff compares texts with the same number of lines.", nameof(after));
        }

        var changed = Enumerable.Range(0, oldLines.Count).Where(i => !string.Equals(oldLines[i], newLines[i], StringComparison.Ordinal)).ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        var diff = new StringBuilder();
        diff.Append("--- ").Append(path).Append('\n');
        diff.Append("+++ ").Append(path).Append('\n');
        int index = 0;
        while (index < changed.Count)
        {
            int first = Math.Max(0, changed[index] - Context);
            int lastChanged = changed[index];
            // Changed lines whose contexts touch or overlap go in one hunk.
            while (index + 1 < changed.Count && changed[index + 1] - lastChanged <= 2 * Context + 1)
            {
                lastChanged = changed[++index];
            }

            index++;
            int last = Math.Min(oldLines.Count - 1, lastChanged + Context);
            int count = last - first + 1;
            diff.Append(CultureInfo.InvariantCulture, $"@@ -{first + 1},{count} +{first + 1},{count} @@\n");
            for (int i = first; i <= last; i++)
            {
                bool isFinal = i == oldLines.Count - 1;
                if (string.Equals(oldLines[i], newLines[i], StringComparison.Ordinal))
                {
                    Line(diff, ' ', oldLines[i], isFinal && !oldFinal);
                }
                else
                {
                    Line(diff, '-', oldLines[i], isFinal && !oldFinal);
                    Line(diff, '+', newLines[i], isFinal && !newFinal);
                }
            }
        }

        return diff.ToString();
    }

    private static void Line(StringBuilder diff, char mark, string text, bool noNewline)
    {
        diff.Append(mark).Append(text).Append('\n');
        if (noNewline)
        {
            diff.Append("\\ No newline at end of file\n");
        }
    }

    /// <summary>The lines without their endings, and whether the text ends with a line ending.</summary>
    private static (List<string> Lines, bool EndsWithNewline) Split(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        bool endsWithNewline = start == text.Length && text.Length > 0;
        if (!endsWithNewline)
        {
            lines.Add(text[start..]);
        }

        return (lines, endsWithNewline);
    }
}
