using PolicyLint.Readers;

namespace PolicyLint.Analysis;

/// <summary>What the paths a user gave came to: the files to check, the inputs that do not exist, and the folders (or
/// entries) that could not be searched, each with the reason.</summary>
internal sealed record ExpandedPaths(List<string> Files, List<string> Missing, List<(string Path, string Reason)> Unsearchable)
{
    /// <summary>The files and the missing inputs only.</summary>
    public void Deconstruct(out List<string> files, out List<string> missing)
    {
        files = Files;
        missing = Missing;
    }
}

/// <summary>
/// Turns the paths a user gave into the files to check: files as given, folders searched recursively for supported
/// extensions. The search follows symbolic links to folders but never enters a folder twice (so a link loop ends at
/// once), checks each real file once however many paths lead to it (the first path in ordinal order is kept), keeps
/// special files (FIFOs, devices, sockets) with a supported extension so the loader can refuse them by name without
/// opening them, and reports a folder it cannot read instead of passing over it.
/// </summary>
internal static class PathExpander
{
    /// <summary>Expands <paramref name="inputs"/>; files are sorted and distinct.</summary>
    public static ExpandedPaths Expand(IEnumerable<string> inputs, Func<string, bool> supported)
    {
        var byIdentity = new Dictionary<FileIdentity, string>();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var unsearchable = new List<(string, string)>();
        var visited = new HashSet<object>();
        foreach (var input in inputs)
        {
            var facts = FileProbe.Probe(input);
            if (facts.Kind == FileKind.Missing)
            {
                missing.Add(input);
            }
            else if (facts.Kind == FileKind.Directory)
            {
                Walk(input, facts, supported, visited, byIdentity, files, unsearchable);
            }
            else if (facts.Error is not null)
            {
                unsearchable.Add((Normalise(input), "it could not be looked at: " + facts.Error));
            }
            else
            {
                // Named on the command line: checked whatever it is; the loader refuses what it cannot read, by name.
                Keep(Normalise(input), facts.Identity, byIdentity, files);
            }
        }

        return new ExpandedPaths([.. files], missing, [.. unsearchable.Distinct().OrderBy(u => u.Item1, StringComparer.Ordinal)]);
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

    private static void Walk(
        string root,
        FileFacts rootFacts,
        Func<string, bool> supported,
        HashSet<object> visited,
        Dictionary<FileIdentity, string> byIdentity,
        SortedSet<string> files,
        List<(string, string)> unsearchable)
    {
        var pending = new Stack<string>();
        if (visited.Add(FolderKey(root, rootFacts)))
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                unsearchable.Add((Normalise(folder), "the folder could not be read, so the files in it were not checked: " + Reason(ex)));
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            for (int i = entries.Length - 1; i >= 0; i--)
            {
                var entry = entries[i];
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var facts = FileProbe.Probe(entry, followLinks: false);
                if (facts.Kind == FileKind.SymbolicLink)
                {
                    facts = FileProbe.Probe(entry);
                }

                bool wanted = supported(entry) && !name.StartsWith("~$", StringComparison.Ordinal) && !IsRepositoryFile(name);
                if (facts.Kind == FileKind.Directory)
                {
                    // A folder reached again (a link back up the tree, or a second link to one folder) is not searched again.
                    if (visited.Add(FolderKey(entry, facts)))
                    {
                        pending.Push(entry);
                    }
                }
                else if (facts.Error is not null && facts.Kind != FileKind.Missing && !wanted && !facts.Error.Contains("loop", StringComparison.Ordinal))
                {
                    // Not even its kind can be seen (no search permission): it may be a folder of policies.
                    unsearchable.Add((Normalise(entry), "it could not be looked at, so it was not checked: " + facts.Error));
                }
                else if (wanted)
                {
                    // Regular files, and also special files, broken links and link loops with a policy's extension:
                    // the loader refuses those by name (without opening them) instead of their being passed over.
                    Keep(Normalise(entry), facts.Error is null ? facts.Identity : null, byIdentity, files);
                }
            }
        }
    }

    private static object FolderKey(string path, FileFacts facts) =>
        facts.Identity is { } id ? id : SafeFullPath(path);

    private static string SafeFullPath(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static void Keep(string path, FileIdentity? identity, Dictionary<FileIdentity, string> byIdentity, SortedSet<string> files)
    {
        if (identity is not { } id)
        {
            files.Add(path);
            return;
        }

        if (byIdentity.TryGetValue(id, out var existing))
        {
            if (string.CompareOrdinal(path, existing) >= 0)
            {
                return;
            }

            files.Remove(existing);
        }

        byIdentity[id] = path;
        files.Add(path);
    }

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}
