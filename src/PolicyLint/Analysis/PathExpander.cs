namespace PolicyLint.Analysis;

/// <summary>Turns the paths a user gave into the files to check: files as given, folders searched recursively for supported extensions.</summary>
internal static class PathExpander
{
    /// <summary>Files to check (sorted, distinct) and the inputs that do not exist.</summary>
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs, Func<string, bool> supported)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(Normalise(input));
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
                {
                    var name = Path.GetFileName(file);
                    if (supported(file) && !name.StartsWith("~$", StringComparison.Ordinal) && !name.StartsWith('.') && !IsRepositoryFile(name))
                    {
                        files.Add(Normalise(file));
                    }
                }
            }
            else
            {
                missing.Add(input);
            }
        }

        return ([.. files], missing);
    }

    /// <summary>
    /// README, CHANGELOG, LICENSE and CONTRIBUTING files describe a folder of policies; they are not policies. Found while
    /// searching folders they are passed over; named on the command line they are checked.
    /// </summary>
    public static bool IsRepositoryFile(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        return stem.Equals("README", StringComparison.OrdinalIgnoreCase) || stem.Equals("CHANGELOG", StringComparison.OrdinalIgnoreCase) ||
               stem.Equals("LICENSE", StringComparison.OrdinalIgnoreCase) || stem.Equals("CONTRIBUTING", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Paths print with forward slashes, relative to the current folder when under it.</summary>
    public static string Normalise(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var chosen = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return chosen.Replace('\\', '/');
    }
}
