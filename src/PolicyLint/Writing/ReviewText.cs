using System.Globalization;
using PolicyLint.Analysis;
using PolicyLint.Reporting;
using PolicyLint.Rules;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Writing;

/// <summary>
/// The words of a review, shared by the Word comments and the Markdown report: the severity label (Error, Warning,
/// Tip, as Word's Accessibility Checker names them), one sentence of why with the guidance it comes from, the
/// alternatives, and the scorecard lines.
/// </summary>
internal static class ReviewText
{
    /// <summary>"Error", "Warning" or "Tip".</summary>
    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "Error",
        Severity.Warning => "Warning",
        _ => "Tip",
    };

    /// <summary>"Warning: PL2002 Say 'person' rather than 'service user'".</summary>
    public static string Heading(Finding finding) => $"{Label(finding.Severity)}: {finding.RuleId} {finding.Rule.Title}";

    /// <summary>The first sentence of the rule's description and the guidance it comes from.</summary>
    public static string Why(RuleDescriptor rule)
    {
        var sentence = FirstSentence(rule.Description);
        var sources = string.Join("; ", rule.Citations.Select(c => c.ToString()));
        return sources.Length > 0 ? $"Why: {sentence} (Source: {sources}.)" : $"Why: {sentence}";
    }

    /// <summary>"Instead: 'people' or 'people supported'.", or null when the finding suggests nothing.</summary>
    public static string? Instead(Finding finding)
    {
        var suggestions = finding.Suggestions.Distinct(StringComparer.Ordinal).ToList();
        return suggestions.Count == 0 ? null : "Instead: " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + ".";
    }

    /// <summary>Counts of findings by label: "2 errors, 30 warnings, 8 tips".</summary>
    public static string Counts(IReadOnlyCollection<Finding> findings)
    {
        int errors = findings.Count(f => f.Severity == Severity.Error);
        int warnings = findings.Count(f => f.Severity == Severity.Warning);
        int tips = findings.Count(f => f.Severity is Severity.Info);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(tips, "tip")}";
    }

    /// <summary>The scorecard's title line: "Required clauses (specification): 7 partial, 13 missing".</summary>
    public static string ScorecardTitle(DocumentReport report)
    {
        var kind = report.Kind is { } k ? Names.Of(k) : "unknown kind";
        if (report.Clauses.Count == 0)
        {
            return $"Required clauses ({kind}): none apply to a document of this kind.";
        }

        var counts = string.Join(", ", report.Clauses.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Names.Of(g.Key)}"));
        return $"Required clauses ({kind}): {counts}";
    }

    /// <summary>The clauses in rule order, each with its status, title, where its evidence is and what is missing.</summary>
    public static IEnumerable<ScorecardLine> Scorecard(DocumentReport report)
    {
        foreach (var clause in report.Clauses.OrderBy(c => c.RuleId, StringComparer.Ordinal))
        {
            var title = RuleCatalog.Find(clause.RuleId)?.Title ?? clause.RuleId;
            string? where = null;
            string? quote = null;
            if (clause.Evidence is { } span && report.Document is { } document)
            {
                var location = document.Locate(span.Start);
                where = Where(report, location);
                quote = Quote(document.GetText(span), 90);
            }

            var missing = clause.Status == ClauseStatus.Present ? [] : clause.Elements.Where(e => !e.Found).Select(e => e.Name).ToList();
            yield return new ScorecardLine(clause.RuleId, clause.Status, title, where, quote, missing) { Nearest = clause.Status == ClauseStatus.Missing };
        }
    }

    /// <summary>A location as people read it: "paragraph 42 (in 3 Outcomes)", "line 12", "page 3, line 12".</summary>
    public static string Where(DocumentReport report, PolicyLint.Rules.Syntax.SourceLocation location)
    {
        var at = report.Format switch
        {
            PolicyLint.Rules.Syntax.SourceFormat.Docx => $"paragraph {location.Paragraph ?? location.Line}",
            PolicyLint.Rules.Syntax.SourceFormat.Pdf => $"page {location.Page ?? 1}, line {location.Line}",
            _ => $"line {location.Line}",
        };
        return location.Section is { Length: > 0 } section ? $"{at} (in {section})" : at;
    }

    /// <summary>Text on one line, cut at a word near <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Quote(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }

        int cut = flat.LastIndexOf(' ', max);
        return string.Concat(flat.AsSpan(0, cut > max / 2 ? cut : max), "…");
    }

    /// <summary>The first sentence of a description ("e.g." and "i.e." do not end one).</summary>
    public static string FirstSentence(string text)
    {
        for (int i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]) &&
                !EndsWithAbbreviation(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text.TrimEnd();
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        foreach (var abbreviation in new[] { "e.g", "i.e", "etc", "cf", "para", "s", "No" })
        {
            int start = dot - abbreviation.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, abbreviation, 0, abbreviation.Length) == 0 && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Plural(int n, string one) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : one + "s")}");
}

/// <summary>One clause of the scorecard: its status, title, where its evidence is, a quote of it, and what is missing.</summary>
internal sealed record ScorecardLine(string RuleId, ClauseStatus Status, string Title, string? Where, string? Quote, IReadOnlyList<string> Missing)
{
    /// <summary>True when the quote is only the nearest text to a missing clause, not evidence of it.</summary>
    public bool Nearest { get; init; }

    /// <summary>"Partial: PL1001 Title. Evidence at paragraph 49: 'The Provider…'. Missing: a, b."</summary>
    public override string ToString()
    {
        var status = Names.Of(Status);
        var text = $"{char.ToUpperInvariant(status[0])}{status[1..]}: {RuleId} {Title}.";
        if (Where is not null)
        {
            text += Nearest ? $" Nearest text, at {Where}: '{Quote}'." : $" Evidence at {Where}: '{Quote}'.";
        }
        else
        {
            text += " No evidence found.";
        }

        if (Missing.Count > 0)
        {
            text += " Missing: " + string.Join(", ", Missing) + ".";
        }

        return text;
    }
}
