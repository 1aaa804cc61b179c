using PolicyLint.Analysis;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Tests.Reporting;

/// <summary>
/// A real document, checked by the real engine, whose path and text carry markup, quotes and ampersands; then every
/// text field of its report (message, heading path, suggestions, error, clause explanation and elements) is given the
/// same payload, so a reporter that forgets to encode any one of them lets markup through.
/// </summary>
internal sealed class HostileReport : IDisposable
{
    /// <summary>Markup that would run script, load something, or break out of an attribute if it were not encoded.</summary>
    public const string Payload = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> \"' onmouseover='window.__pwned=3' & &amp; </p></section>";

    private readonly string _folder;

    public HostileReport()
    {
        _folder = Path.Combine(Path.GetTempPath(), "policylint-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        // Quotes, ampersands and angle brackets are all legal in a Linux file name.
        var path = Path.Combine(_folder, "<script>window.__pwned=4<script> & \"quoted\" 'name'.txt");
        File.WriteAllText(path, """
            1 Restrictive practice <b onclick="window.__pwned=5">policy</b> & "scope"

            Staff use <i>violence and aggression</i> & "challenging behaviour" training when <script>window.__pwned=6</script> service users refuse care.
            """);
        FilePath = path;

        var engine = new PolicyLintEngine(new CheckOptions { AsOf = new DateOnly(2026, 11, 21), Kind = DocumentKind.Policy });
        var plain = engine.CheckOne(path);
        var spanned = plain.Findings.First(f => f.Span.Length > 0);
        Report = plain with
        {
            Error = "could not read " + Payload,
            Findings = [.. plain.Findings.Select(f => f with
            {
                Message = Payload + f.Message,
                Location = f.Location with { Section = Payload },
                Fixes = [new Fix(f.Span, Payload), new Fix(f.Span, "plain & simple")],
            })],
            Clauses =
            [
                .. plain.Clauses,
                new ClauseResult("PL1001", ClauseStatus.Uncertain, Payload, spanned.Span)
                {
                    Elements = [ClauseElement.Absent(Payload), ClauseElement.At(Payload, spanned.Span)],
                    RuleStatus = ClauseStatus.Missing,
                },
            ],
        };
    }

    /// <summary>The hostile file's path.</summary>
    public string FilePath { get; }

    /// <summary>The report with the payload in every field.</summary>
    public DocumentReport Report { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
