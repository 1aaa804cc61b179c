using System.Globalization;

namespace PolicyLint.Cli;

/// <summary>
/// A one-line progress bar on standard error while documents are checked: <c>[########------------] 12/40 name.docx</c>.
/// The line is rewritten in place with a carriage return, and cleared before anything else is printed to the same
/// terminal (<see cref="Clear"/>) and at the end, so it never mixes into the report.
/// </summary>
internal sealed class ProgressBar(TextWriter stderr, int total, int width)
{
    private const string ClearLine = "\r\u001b[2K";
    private const int BarWidth = 24;

    private bool _shown;

    /// <summary>Draws the bar after <paramref name="done"/> of the documents, the last one being <paramref name="path"/>.</summary>
    public void Update(int done, string path)
    {
        stderr.Write(ClearLine + Render(done, total, path, width));
        stderr.Flush();
        _shown = true;
    }

    /// <summary>Takes the bar off the screen.</summary>
    public void Clear()
    {
        if (_shown)
        {
            stderr.Write(ClearLine);
            stderr.Flush();
            _shown = false;
        }
    }

    /// <summary>The text of the bar, no wider than <paramref name="columns"/> less one (a full line would wrap).</summary>
    public static string Render(int done, int total, string path, int columns)
    {
        done = Math.Clamp(done, 0, Math.Max(total, 0));
        int filled = total == 0 ? BarWidth : (int)((long)done * BarWidth / total);
        var counter = string.Create(CultureInfo.InvariantCulture, $"{done}/{total}");
        var line = "[" + new string('#', filled) + new string('-', BarWidth - filled) + "] " + counter;
        int room = Math.Max(20, columns) - 1 - line.Length - 1;
        var name = Path.GetFileName(path);
        if (room > 3 && name.Length > 0)
        {
            line += " " + (name.Length <= room ? name : name[..(room - 1)] + "…");
        }

        return line;
    }
}
