namespace PolicyLint.Cli;

/// <summary>Writes a report file whole or not at all: to a temporary file beside it, then moved into place.</summary>
internal static class ReportFile
{
    public static bool Write(string path, Action<TextWriter> write, TextWriter stderr) =>
        WriteStream(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
                write(writer);
            },
            stderr);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> the same way (a reviewed Word copy).</summary>
    public static bool WriteBytes(string path, byte[] content, TextWriter stderr) =>
        WriteStream(path, stream => stream.Write(content), stderr);

    private static bool WriteStream(string path, Action<Stream> write, TextWriter stderr)
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
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
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
