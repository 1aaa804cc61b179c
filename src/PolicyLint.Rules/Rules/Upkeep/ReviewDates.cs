using System.Globalization;
using System.Text.RegularExpressions;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Rules.Upkeep;

/// <summary>A date written in a document: its span, its text and the last day it covers.</summary>
/// <param name="Span">Where the date is written.</param>
/// <param name="Text">The date as written.</param>
/// <param name="LastDay">The day itself, or for a month-only date ("March 2022") the last day of that month.</param>
internal readonly record struct WrittenDate(TextSpan Span, string Text, DateOnly LastDay);

/// <summary>
/// Finds review dates ("Review date: 1 March 2022", "Next review March 2022", "to be reviewed by 01/03/2022") and
/// version numbers ("Version 2", "v1.3"). Dates are parsed here, culture-invariantly, with UK day/month order for
/// numeric dates; a label in one block ("Review date" in a table cell) may take its date from the start of the next.
/// </summary>
internal static partial class ReviewDates
{
    private const string Month =
        "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private const string Date =
        @"(?<date>(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})" +
        @"|(?<nd>\d{1,2})(?<sep>[/.\-])(?<nm>\d{1,2})\k<sep>(?<ny>\d{4}|\d{2})" +
        @"|(?<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dm>" + Month + @")\.?,?\s+(?<dy>\d{4})" +
        @"|(?<md>" + Month + @")\.?\s+(?<mdd>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdy>\d{4})" +
        @"|(?<mm>" + Month + @")\.?,?\s+(?<my>\d{4})" +
        @"|(?<sm>\d{1,2})/(?<sy>\d{4})" +
        @"|(?<season>spring|summer|autumn|fall|winter)\s+(?<seasony>\d{4}))(?![\d/.\-]\d)(?!\w)";

    private const string Separator = @"\G[\s:\-\u2013\u2014=|,()]*(?:(?:is|was|on|by|in|due|date|of|the|before|no\s+later\s+than|to|be|set\s+for|planned\s+for)\b[\s:\-\u2013\u2014=,()]*){0,4}";

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dates of the next review given in a sentence (or, for a label ending its block, at the start of the next block).</summary>
    /// <remarks>
    /// In document control and on the cover a bare "Review" is a label too ("Review Autumn 2016"); in prose it is not
    /// ("we review March 2020 data").
    /// </remarks>
    public static IEnumerable<WrittenDate> NextReviewDates(AnalysisDocument analysis, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var dates = DatesAfter(analysis, sentence, NextReviewCue());
        if (sentence.Block.Role is BlockRole.DocumentControl or BlockRole.Title or BlockRole.PageFurniture)
        {
            dates.AddRange(DatesAfter(analysis, sentence, ReviewLabel()));
        }

        return dates.DistinctBy(d => d.Span);
    }

    /// <summary>Any review date, next or last, in a sentence (or in the block after a label).</summary>
    public static IEnumerable<WrittenDate> AnyReviewDates(AnalysisDocument analysis, Sentence sentence) =>
        NextReviewDates(analysis, sentence).Concat(DatesAfter(analysis, sentence, LastReviewCue()));

    /// <summary>True when the sentence gives a version number, or is a "Version" label whose block is followed by one.</summary>
    public static bool HasVersion(AnalysisDocument analysis, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sentence);
        var text = analysis.Text;
        var inSentence = analysis.GetText(sentence.Span);
        if (Version().IsMatch(inSentence))
        {
            return true;
        }

        var label = VersionLabel().Match(inSentence);
        if (label.Success && IsOnlySeparators(text, sentence.Span.Start + label.Index + label.Length, sentence.Block.Span.End) &&
            NextBlock(analysis, sentence.Block) is { } next)
        {
            return VersionNumberAtStart().IsMatch(analysis.GetText(next.Span));
        }

        return false;
    }

    /// <summary>Parses a date at the start of <paramref name="text"/>, or null.</summary>
    public static WrittenDate? ParseAt(string text, int start, int end)
    {
        var m = DateRegex().Match(text, start, end - start);
        return m.Success && m.Index == start ? ToDate(m, text) : null;
    }

    private static List<WrittenDate> DatesAfter(AnalysisDocument analysis, Sentence sentence, Regex cue)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(sentence);
        var text = analysis.Text;
        var span = sentence.Span;
        var results = new List<WrittenDate>();

        // Every search is bounded to the sentence (beginning and length), never to a copy of the text before it:
        // copying the prefix for each sentence made a long document quadratic.
        for (var c = cue.Match(text, span.Start, span.Length); c.Success; c = c.NextMatch())
        {
            int after = c.Index + c.Length;
            var sep = SeparatorRegex().Match(text, after, span.End - after);
            int at = sep.Success ? sep.Index + sep.Length : after;
            var date = DateRegex().Match(text, at, span.End - at);
            if (date.Success && date.Index == at && ToDate(date, text) is { } d)
            {
                results.Add(d);
                continue;
            }

            // A label that ends its block ("Review date" in a table cell, "Next review:" on its own line): the date
            // starts the following block.
            // ("Next Review Date (by)": the separator has taken the "(by)").
            if (IsOnlySeparators(text, at, sentence.Block.Span.End) && NextBlock(analysis, sentence.Block) is { } next)
            {
                int start = next.Span.Start;
                while (start < next.Span.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                if (ParseAt(text, start, next.Span.End) is { } nd)
                {
                    results.Add(nd);
                }
            }
        }

        return results;
    }

    private static Block? NextBlock(AnalysisDocument analysis, Block block)
    {
        var blocks = analysis.Document.Blocks;
        for (int i = block.Index + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Comment)
            {
                return blocks[i];
            }
        }

        return null;
    }

    private static bool IsOnlySeparators(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!(char.IsWhiteSpace(text[i]) || text[i] is ':' or '-' or '\u2013' or '\u2014' or '=' or '|' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static WrittenDate? ToDate(Match m, string text)
    {
        int year, month, day = 0;
        var g = m.Groups;
        if (g["iy"].Success)
        {
            (year, month, day) = (Int(g["iy"]), Int(g["im"]), Int(g["id"]));
        }
        else if (g["nd"].Success)
        {
            // UK order: day/month/year.
            (year, month, day) = (Year(g["ny"]), Int(g["nm"]), Int(g["nd"]));
        }
        else if (g["dd"].Success)
        {
            (year, month, day) = (Int(g["dy"]), MonthOf(g["dm"].Value), Int(g["dd"]));
        }
        else if (g["md"].Success)
        {
            (year, month, day) = (Int(g["mdy"]), MonthOf(g["md"].Value), Int(g["mdd"]));
        }
        else if (g["mm"].Success)
        {
            (year, month) = (Int(g["my"]), MonthOf(g["mm"].Value));
        }
        else if (g["season"].Success)
        {
            // The season's last month; winter runs into the next year.
            (year, month) = g["season"].Value.ToLowerInvariant() switch
            {
                "spring" => (Int(g["seasony"]), 5),
                "summer" => (Int(g["seasony"]), 8),
                "winter" => (Int(g["seasony"]) + 1, 2),
                _ => (Int(g["seasony"]), 11),
            };
        }
        else
        {
            (year, month) = (Int(g["sy"]), Int(g["sm"]));
        }

        if (year is < 1900 or > 2199 || month is < 1 or > 12)
        {
            return null;
        }

        int days = DateTime.DaysInMonth(year, month);
        if (day == 0)
        {
            day = days;
        }
        else if (day > days)
        {
            return null;
        }

        var group = g["date"];
        return new WrittenDate(new TextSpan(group.Index, group.Length), text.Substring(group.Index, group.Length), new DateOnly(year, month, day));
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(Group g)
    {
        int y = Int(g);
        return g.Value.Length == 2 ? 2000 + y : y;
    }

    private static int MonthOf(string name) =>
        Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(@"(?<!\b(?:last|previous|original|initial|prior|date\s+of)\s+)\breview\b(?!\s+(?:date|due|of)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewLabel();

    [GeneratedRegex(@"\b(?:(?:date\s+of\s+)?next\s+review(?:\s+date)?|date\s+for\s+(?:next\s+)?review|(?<!\b(?:last|previous|original|initial|prior)\s+)review\s+date|review\s+due(?:\s+date)?|due\s+for\s+review|(?:to|will|must|should|shall)\s+be\s+reviewed(?:\s+(?:by|on|in|before))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextReviewCue();

    [GeneratedRegex(@"\b(?:(?:last|previous)\s+review(?:ed)?(?:\s+(?:date|on|in))?|date\s+of\s+(?:last|previous)\s+review|date\s+reviewed|reviewed(?:\s+(?:on|in))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastReviewCue();

    [GeneratedRegex(Separator, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"\b" + Date, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"\bversion(?:\s+(?:no\.?|number))?\s*[:\-]?\s*\d+(?:\.\d+)*\b|\bv\.?\s?\d+(?:\.\d+)*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex(@"\bversion(?:\s+(?:no\.?|number))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionLabel();

    [GeneratedRegex(@"^\s*v?\d+(?:\.\d+)*\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumberAtStart();
}
