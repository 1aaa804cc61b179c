using System.CommandLine;
using PolicyLint.Analysis.Configuration;

namespace PolicyLint.Cli;

/// <summary>
/// The options that choose configuration, shared by check, baseline and config: <c>--config FILE</c> (one file for
/// every document instead of the walk up), <c>--no-config</c> (none at all).
/// </summary>
internal sealed class ConfigurationOptions
{
    private readonly Option<string?> _config = new("--config") { Description = "Use this policylint.json for every document instead of the nearest one above each." };
    private readonly Option<bool> _noConfig = new("--no-config") { Description = "Read no policylint.json (nor suppressions files): the built-in defaults only." };

    public ConfigurationOptions(Command command)
    {
        command.Options.Add(_config);
        command.Options.Add(_noConfig);
    }

    /// <summary>The configuration set to check with (null for --no-config).</summary>
    public ConfigurationSet? Read(ParseResult parse) =>
        parse.GetValue(_noConfig) ? null : new ConfigurationSet(parse.GetValue(_config));
}
