namespace PolicyLint.Analysis.Configuration;

/// <summary>A configuration, suppressions or baseline file that cannot be used: the message names the file, line and column.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }

    public ConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ConfigurationException()
    {
    }
}
