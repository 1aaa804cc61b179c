namespace PolicyLint.Cli;

/// <summary>Writes a report file whole or not at all: to a temporary file beside it, then moved into place.</summary>
internal static class ReportFile
{
    public static bool Write(string path, Action<TextWriter> write, TextWriter stderr)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"policylint: cannot write '{path}': the folder '{dir}' does not exist");
            return false;
        }

        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policylint: cannot write '{path}': {ex.Message}");
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            return false;
        }
    }
}
