using System.Collections.Concurrent;

namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// Finds and reads the policylint.json files that govern documents, like .editorconfig: from each document's folder
/// up to the file system's root, stopping after a file that says <c>"root": true</c>. The nearest file wins; within a
/// file, overrides whose globs match the document apply in order after its top level, the later winning. Each file is
/// read once per run, however many documents share it. Thread-safe.
/// </summary>
internal sealed class ConfigurationSet
{
    private readonly ConcurrentDictionary<string, ConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<ConfigFile>> _chains = new(StringComparer.Ordinal);
    private readonly string? _explicitFile;
    private readonly ConcurrentDictionary<string, Suppressions.SuppressionsFile> _suppressions = new(StringComparer.Ordinal);

    /// <summary>A set that discovers files by walking up; or, with <paramref name="explicitFile"/>, uses that one file for every document.</summary>
    public ConfigurationSet(string? explicitFile = null) => _explicitFile = explicitFile is null ? null : Path.GetFullPath(explicitFile);

    /// <summary>Every file read so far (for their warnings), in the order first read.</summary>
    public IEnumerable<ConfigFile> Loaded => _files.Values.OfType<ConfigFile>().OrderBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>Suppressions files read so far.</summary>
    public IEnumerable<Suppressions.SuppressionsFile> LoadedSuppressions => _suppressions.Values.OrderBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>A suppressions file, read once. Throws <see cref="ConfigurationException"/>.</summary>
    public Suppressions.SuppressionsFile Suppressions(string path) =>
        _suppressions.GetOrAdd(Path.GetFullPath(path), p => File.Exists(p)
            ? Analysis.Suppressions.SuppressionsFile.Read(PathExpander.Normalise(p))
            : throw new ConfigurationException($"{PathExpander.Normalise(p)}: the suppressions file named in the configuration does not exist"));

    /// <summary>
    /// Reads every configuration and suppressions file that governs <paramref name="documents"/> now, so a broken one
    /// stops the run before any output (exit 2). Throws <see cref="ConfigurationException"/>.
    /// </summary>
    public void Preload(IEnumerable<string> documents)
    {
        foreach (var document in documents)
        {
            foreach (var file in For(document).SuppressionFiles)
            {
                _ = Suppressions(file);
            }
        }
    }

    /// <summary>The files that govern <paramref name="documentPath"/>, farthest first. Throws <see cref="ConfigurationException"/>.</summary>
    public IReadOnlyList<ConfigFile> ChainFor(string documentPath)
    {
        if (_explicitFile is not null)
        {
            return [Load(_explicitFile)!];
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? Path.GetFullPath(".");
        return _chains.GetOrAdd(folder, BuildChain);
    }

    /// <summary>The settings for one document, with where each came from.</summary>
    public EffectiveSettings For(string documentPath)
    {
        var chain = ChainFor(documentPath);
        if (chain.Count == 0)
        {
            return EffectiveSettings.Empty;
        }

        var full = Path.GetFullPath(documentPath);
        var settings = new EffectiveSettings();
        foreach (var file in chain)
        {
            settings.Files.Add(file.Path);
            file.Base.ApplyTo(settings);
            var relative = Path.GetRelativePath(file.Folder, full).Replace('\\', '/');
            foreach (var (globs, layer) in file.Overrides)
            {
                if (globs.Any(g => g.IsMatch(relative)))
                {
                    layer.ApplyTo(settings);
                }
            }

            var suppressions = file.SuppressionsFile ?? Path.Combine(file.Folder, ConfigFile.DefaultSuppressionsFile);
            if (file.SuppressionsFile is not null || File.Exists(suppressions))
            {
                settings.SuppressionFiles.Add(suppressions);
            }
        }

        return settings;
    }

    private IReadOnlyList<ConfigFile> BuildChain(string folder)
    {
        var nearestFirst = new List<ConfigFile>();
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ConfigFile.FileName);
            if (Load(candidate) is { } file)
            {
                nearestFirst.Add(file);
                if (file.Root)
                {
                    break;
                }
            }
        }

        nearestFirst.Reverse();
        return nearestFirst;
    }

    private ConfigFile? Load(string path) => _files.GetOrAdd(path, p =>
    {
        if (!File.Exists(p))
        {
            if (p == _explicitFile)
            {
                throw new ConfigurationException($"{p}: the configuration file does not exist");
            }

            return null;
        }

        return ConfigReader.Read(PathExpander.Normalise(p));
    });
}
