using System.CommandLine;
using System.Globalization;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Cli;

/// <summary>
/// The options that say how to read and judge documents, shared by <c>check</c>, <c>review</c> and <c>fix</c>:
/// <c>--kind</c>, <c>--setting</c> and, where the command takes them, <c>--as-of</c> and <c>--password</c>.
/// </summary>
internal sealed class DocumentOptions
{
    private readonly Option<string?> _kind = new("--kind") { Description = "Treat every document as this kind instead of detecting it: specification, policy or other." };
    private readonly Option<string> _setting = new("--setting") { Description = "The care setting: " + string.Join(", ", Names.Settings) + ".", DefaultValueFactory = _ => "social-care" };
    private readonly Option<string?>? _asOf;
    private readonly Option<string[]>? _password;

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="datesAndPasswords"/> adds --as-of and --password too.</summary>
    public DocumentOptions(Command command, bool datesAndPasswords = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        _kind.AcceptOnlyFromAmong([.. Names.Kinds]);
        _setting.AcceptOnlyFromAmong([.. Names.Settings]);
        command.Options.Add(_kind);
        command.Options.Add(_setting);
        if (datesAndPasswords)
        {
            _asOf = new("--as-of") { Description = "The date that date rules compare against, YYYY-MM-DD (default: today)." };
            _password = new("--password")
            {
                Description = "A user password for encrypted PDFs; give it more than once to try several. PDFs with an empty user password open without one.",
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
            command.Options.Add(_asOf);
            command.Options.Add(_password);
        }
    }

    /// <summary>What the options came to; a date not in the form YYYY-MM-DD is a usage error, written to <paramref name="stderr"/>.</summary>
    public bool TryRead(ParseResult parse, TextWriter stderr, TimeProvider clock, out DocumentChoice choice)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(clock);
        choice = default!;
        DateOnly date = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (_asOf is not null && parse.GetValue(_asOf) is { } asOfText &&
            !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            stderr.WriteLine($"policylint: --as-of '{asOfText}' is not a date in the form YYYY-MM-DD");
            return false;
        }

        // Both options accept only known names, so these parses cannot fail.
        DocumentKind? kind = parse.GetValue(_kind) is { } k && Names.TryParseKind(k, out var parsedKind) ? parsedKind : null;
        _ = Names.TryParseSetting(parse.GetValue(_setting)!, out var setting);
        choice = new DocumentChoice(
            kind,
            setting,
            SettingGiven: parse.GetResult(_setting) is { Implicit: false },
            date,
            _password is null ? [] : parse.GetValue(_password) ?? []);
        return true;
    }
}

/// <summary>The kind, setting (and whether the command line named it), date and PDF passwords a command was given.</summary>
internal sealed record DocumentChoice(DocumentKind? Kind, CareSetting Setting, bool SettingGiven, DateOnly AsOf, IReadOnlyList<string> PdfPasswords);
