namespace PolicyLint.Cli;

/// <summary>Finds the docs folder shipped with PolicyLint, so SARIF can link each rule to its page.</summary>
internal static class DocsLocator
{
    /// <summary>A file URI of the folder holding docs/rules (ending in '/'), or null when the docs are not found.</summary>
    public static string? HelpBaseUri()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "docs", "rules")))
            {
                return new Uri(dir.FullName.TrimEnd('/') + "/").AbsoluteUri;
            }
        }

        return null;
    }
}
