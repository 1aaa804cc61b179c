using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Reporting;

/// <summary>
/// How the text reporter marks words: <see cref="Plain"/> leaves them alone, <see cref="Ansi"/> wraps them in ANSI
/// colour codes. Colour is only ever added around a word, so the plain output is the coloured one with the codes taken
/// out.
/// </summary>
internal sealed class TextStyle
{
    private const string Reset = "\u001b[0m";

    private readonly bool _ansi;

    private TextStyle(bool ansi) => _ansi = ansi;

    public static TextStyle Plain { get; } = new(false);

    public static TextStyle Ansi { get; } = new(true);

    public bool IsColoured => _ansi;

    public string Severity(Severity severity, string text) => Wrap(severity switch
    {
        Rules.Diagnostics.Severity.Error => "\u001b[1;31m",
        Rules.Diagnostics.Severity.Warning => "\u001b[33m",
        Rules.Diagnostics.Severity.Info => "\u001b[36m",
        _ => string.Empty,
    }, text);

    public string Status(ClauseStatus status, string text) => Wrap(status switch
    {
        ClauseStatus.Present => "\u001b[32m",
        ClauseStatus.Partial => "\u001b[33m",
        ClauseStatus.Uncertain => "\u001b[35m",
        _ => "\u001b[31m",
    }, text);

    public string Bold(string text) => Wrap("\u001b[1m", text);

    public string Dim(string text) => Wrap("\u001b[2m", text);

    /// <summary>A count, coloured as its severity when it is not zero.</summary>
    public string Count(Severity severity, string text, int n) => n == 0 ? text : Severity(severity, text);

    private string Wrap(string code, string text) => _ansi && code.Length > 0 && text.Length > 0 ? code + text + Reset : text;
}
