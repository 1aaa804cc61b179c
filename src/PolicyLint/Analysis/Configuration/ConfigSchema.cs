namespace PolicyLint.Analysis.Configuration;

/// <summary>
/// The JSON schema of policylint.json (schemas/policylint.schema.json), carried in the tool so that an installed copy
/// can give it to an editor without the repository or the network.
/// </summary>
internal static class ConfigSchema
{
    /// <summary>The name <c>policylint init</c> gives the copy it writes beside policylint.json.</summary>
    public const string FileName = ".policylint.schema.json";

    /// <summary>What policylint.json's <c>$schema</c> says: the copy beside it, which editors resolve from the file's own folder.</summary>
    public const string Reference = "./" + FileName;

    /// <summary>The schema's bytes, exactly as in the repository.</summary>
    public static byte[] Bytes()
    {
        var assembly = typeof(ConfigSchema).Assembly;
        using var stream = assembly.GetManifestResourceStream("PolicyLint.policylint.schema.json")
            ?? throw new InvalidOperationException("the configuration schema is missing from the tool");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
