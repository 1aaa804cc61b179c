namespace PolicyLint.Web;

/// <summary>
/// A request's private folder for its uploaded documents: made for the request with mode 700 (only this user can
/// list or read it), deleted with everything in it when the request is over, whether it succeeded or not.
/// </summary>
internal sealed class UploadFolder : IDisposable
{
    private int _next;

    private UploadFolder(string path) => FullPath = path;

    /// <summary>The folder's path.</summary>
    public string FullPath { get; }

    /// <summary>Makes a new private folder under <paramref name="root"/> (the system's temporary folder when null).</summary>
    public static UploadFolder Create(string? root)
    {
        string path;
        if (root is null)
        {
            // mkdtemp(3) underneath: a fresh name, created 0700 in one step.
            path = Directory.CreateTempSubdirectory("policylint-serve-").FullName;
        }
        else
        {
            path = Path.Combine(root, "policylint-serve-" + Guid.NewGuid().ToString("N"));
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            // Whatever the umask did, the folder is the user's alone.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new UploadFolder(path);
    }

    /// <summary>
    /// A path for the next uploaded file, keeping its (cleaned) name so readers and messages see it; each file gets a
    /// sub-folder of its own, so two uploads with one name never collide.
    /// </summary>
    public string NextFilePath(string name)
    {
        var folder = Path.Combine(FullPath, (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(FullPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
