using System.Globalization;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Writing;

/// <summary>One replacement in a source file: the source offset, the text it replaces and the new text.</summary>
internal sealed record SourceEdit(string RuleId, int Offset, string Original, string Replacement, SourceLocation Location);

/// <summary>A fix that was not applied, with where it was and why.</summary>
internal sealed record SkippedFix(string RuleId, SourceLocation Location, string Reason);

/// <summary>
/// Turns a Markdown or text document's findings into edits of its source. Each chosen finding's first fix is mapped
/// from the normalised text back to the source through the reader's own source map (line and column, the column
/// counting UTF-16 code units in the decoded file); the edit is made only when the source at that place holds exactly
/// the words the fix replaces, start and end mapped to the same line. Anything else (emphasis or a link inside the
/// words, a line break between them, an escape, a folded character) is skipped with a reason rather than guessed.
/// The replacement takes the capitalisation of the source words.
/// </summary>
internal static class SourceFixer
{
    public static (IReadOnlyList<SourceEdit> Edits, IReadOnlyList<SkippedFix> Skipped) Plan(string source, PolicyDocument document, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        var lineStarts = LineStarts(source);
        var edits = new List<SourceEdit>();
        var skipped = new List<SkippedFix>();
        foreach (var finding in findings)
        {
            if (finding.Fixes.Count == 0)
            {
                continue;
            }

            var fix = finding.Fixes[0];
            var words = document.GetText(fix.Span);
            var location = document.Locate(fix.Span.Start);
            if (words.Length == 0)
            {
                skipped.Add(new SkippedFix(finding.RuleId, location, "the fix replaces no text"));
                continue;
            }

            var start = document.SourceMap.Map(fix.Span.Start);
            var last = document.SourceMap.Map(fix.Span.End - 1);
            int offset = OffsetOf(lineStarts, source.Length, start);
            bool sameLine = last.Line == start.Line && last.Column == start.Column + words.Length - 1;
            if (offset < 0 || !sameLine || offset + words.Length > source.Length ||
                !source.AsSpan(offset, words.Length).SequenceEqual(words))
            {
                skipped.Add(new SkippedFix(finding.RuleId, location, $"the source here does not read exactly '{words}' (formatting, a line break or an escape inside the words); change it by hand"));
                continue;
            }

            var original = source.Substring(offset, words.Length);
            edits.Add(new SourceEdit(finding.RuleId, offset, original, Capitalisation.Like(original, fix.Replacement), location));
        }

        // Two rules can offer a fix for overlapping words; the first (leftmost) wins and the other is reported.
        var chosen = new List<SourceEdit>();
        foreach (var edit in edits.OrderBy(e => e.Offset).ThenBy(e => e.RuleId, StringComparer.Ordinal))
        {
            if (chosen.Count > 0 && edit.Offset < chosen[^1].Offset + chosen[^1].Original.Length)
            {
                skipped.Add(new SkippedFix(edit.RuleId, edit.Location, $"overlaps the {chosen[^1].RuleId} fix of the same words; run fix again afterwards"));
                continue;
            }

            chosen.Add(edit);
        }

        return (chosen, skipped);
    }

    /// <summary>The source with the edits made (edits in offset order, none overlapping).</summary>
    public static string Apply(string source, IReadOnlyList<SourceEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(edits);
        var result = new System.Text.StringBuilder(source.Length);
        int at = 0;
        foreach (var edit in edits)
        {
            result.Append(source, at, edit.Offset - at).Append(edit.Replacement);
            at = edit.Offset + edit.Original.Length;
        }

        return result.Append(source, at, source.Length - at).ToString();
    }

    /// <summary>Where each line starts; lines end at "\r\n", "\n" or "\r", as the readers count them.</summary>
    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int OffsetOf(int[] lineStarts, int length, SourcePosition position)
    {
        if (position.Line < 1 || position.Line > lineStarts.Length || position.Column < 1)
        {
            return -1;
        }

        int offset = lineStarts[position.Line - 1] + position.Column - 1;
        int lineEnd = position.Line < lineStarts.Length ? lineStarts[position.Line] : length;
        return offset < lineEnd ? offset : -1;
    }

    /// <summary>"12:5" for a message.</summary>
    public static string Where(SourceLocation location) =>
        string.Create(CultureInfo.InvariantCulture, $"{location.Line}:{location.Column}");
}
