using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Rules.Tool;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Analysis.Suppressions;

/// <summary>
/// Applies the suppression markers a document carries to its findings: Markdown, HTML and plain-text markers (comment
/// blocks the readers kept apart from the prose) and Word comments or replies. A marker suppresses only the rules it
/// names, only where it reaches, and only when it gives a reason; it is itself reported when it gives none (PL9003),
/// names a rule that does not exist (PL9004) or reaches no finding of its rule (PL9005). Suppressed findings stay in
/// the list, marked with <see cref="SuppressionKind.InSource"/> and the reason.
/// </summary>
internal static class InSourceSuppressor
{
    /// <summary>Where a marker reaches: a predicate over findings, and the marker's own span and text for reporting.</summary>
    private sealed record Directive(SuppressionMarker Marker, string RuleId, TextSpan MarkerSpan, string MarkerText, Func<Finding, bool> Covers);

    public static List<Finding> Apply(PolicyDocument document, IReadOnlyList<Finding> findings, Func<string, bool> isKnownRule)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        var directives = new List<Directive>();
        CollectCommentBlocks(document, directives);
        CollectWordComments(document, directives);
        if (directives.Count == 0)
        {
            return [.. findings];
        }

        var result = findings.ToList();
        var reported = new List<Finding>();
        var noReason = new HashSet<SuppressionMarker>(ReferenceEqualityComparer.Instance);
        foreach (var d in directives)
        {
            if (!isKnownRule(d.RuleId))
            {
                reported.Add(ToolFinding(document, ToolRules.UnknownRuleId, d, d.RuleId));
                continue;
            }

            if (d.Marker.Justification is not { } reason)
            {
                if (noReason.Add(d.Marker))
                {
                    reported.Add(ToolFinding(document, ToolRules.SuppressionWithoutJustification, d, string.Join(", ", d.Marker.RuleIds)));
                }

                continue;
            }

            int hits = 0;
            for (int i = 0; i < result.Count; i++)
            {
                var f = result[i];
                if (f.Rule.Category != RuleCategory.Tool && string.Equals(f.RuleId, d.RuleId, StringComparison.OrdinalIgnoreCase) && d.Covers(f))
                {
                    hits++;
                    if (!f.IsSuppressed)
                    {
                        result[i] = f with { Suppression = new Suppression(SuppressionKind.InSource, reason) };
                    }
                }
            }

            if (hits == 0)
            {
                reported.Add(ToolFinding(document, ToolRules.UnusedSuppression, d, d.RuleId));
            }
        }

        result.AddRange(reported);
        // Stable: findings at one offset keep the driver's order, markers' findings after them.
        return [.. result.OrderBy(f => f.Span.Start)];
    }

    private static void CollectCommentBlocks(PolicyDocument document, List<Directive> directives)
    {
        var blocks = document.Blocks;
        // Open disables by rule id: the directive's index in the list and where its range starts.
        var open = new Dictionary<string, (SuppressionMarker Marker, Block Block)>(StringComparer.OrdinalIgnoreCase);
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind != BlockKind.Comment || SuppressionMarker.Parse(document.GetText(block.Span)) is not { } marker)
            {
                continue;
            }

            var text = document.GetText(block.Span);
            switch (marker.Action)
            {
                case MarkerAction.Disable:
                    foreach (var id in IdsOrNone(marker))
                    {
                        Close(document, directives, open, id, document.Text.Length);
                        open[id] = (marker, block);
                    }

                    break;
                case MarkerAction.Enable:
                    var ids = marker.RuleIds.Count > 0 ? marker.RuleIds : [.. open.Keys];
                    foreach (var id in ids)
                    {
                        Close(document, directives, open, id, block.Span.Start);
                    }

                    break;
                case MarkerAction.DisableNextLine:
                    var next = blocks.Skip(b + 1).FirstOrDefault(x => x.Kind != BlockKind.Comment);
                    foreach (var id in IdsOrNone(marker))
                    {
                        Func<Finding, bool> covers = next is null
                            ? _ => false
                            : NextLine(document, next);
                        directives.Add(new Directive(marker, id, block.Span, text, covers));
                    }

                    break;
            }
        }

        foreach (var id in open.Keys.ToList())
        {
            Close(document, directives, open, id, document.Text.Length);
        }
    }

    private static Func<Finding, bool> NextLine(PolicyDocument document, Block next)
    {
        int line = document.Locate(next.Span.Start).Line;
        int start = next.Span.Start, end = next.Span.End;
        return f => f.Span.Start >= start && f.Span.Start <= end && f.Location.Line == line;
    }

    private static void Close(PolicyDocument document, List<Directive> directives, Dictionary<string, (SuppressionMarker Marker, Block Block)> open, string id, int end)
    {
        if (!open.Remove(id, out var started))
        {
            return;
        }

        int start = started.Block.Span.End;
        directives.Add(new Directive(started.Marker, id, started.Block.Span, document.GetText(started.Block.Span), f => f.Span.Start >= start && f.Span.Start < end));
    }

    private static void CollectWordComments(PolicyDocument document, List<Directive> directives)
    {
        if (document.Comments.Count == 0)
        {
            return;
        }

        var byId = document.Comments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var comment in document.Comments)
        {
            if (SuppressionMarker.Parse(comment.Text) is not { } marker || marker.Action == MarkerAction.Enable)
            {
                continue;
            }

            var parent = comment.ParentId is { } pid && byId.TryGetValue(pid, out var p) ? p : null;
            var span = comment.Span.Length == 0 && parent is not null ? parent.Span : comment.Span;
            var ids = marker.RuleIds.Count > 0 || parent is null
                ? marker.RuleIds
                : SuppressionMarker.FirstRuleId(parent.Text) is { } parentRule ? [parentRule] : [];
            if (ids.Count != marker.RuleIds.Count)
            {
                marker = marker with { RuleIds = ids };
            }

            int start = span.Start, end = span.End;
            var block = document.BlockAt(start);
            Func<Finding, bool> covers = span.Length == 0
                ? f => block is not null && f.Span.Start >= block.Span.Start && f.Span.Start <= block.Span.End
                : f => f.Span.Start < end && (f.Span.End > start || (f.Span.Length == 0 && f.Span.Start >= start));
            var firstLine = comment.Text.Split('\n')[0].Trim();
            foreach (var id in IdsOrNone(marker))
            {
                directives.Add(new Directive(marker, id, span, firstLine, covers));
            }
        }
    }

    /// <summary>The ids a marker names; a marker naming none is reported once as naming an unknown rule "(none)".</summary>
    private static IReadOnlyList<string> IdsOrNone(SuppressionMarker marker) => marker.RuleIds.Count > 0 ? marker.RuleIds : ["(no rule id)"];

    private static Finding ToolFinding(PolicyDocument document, RuleDescriptor descriptor, Directive d, string argument) => new()
    {
        Rule = descriptor,
        Severity = descriptor.DefaultSeverity,
        Message = descriptor.FormatMessage(argument),
        Span = new TextSpan(d.MarkerSpan.Start, 0),
        Text = d.MarkerText.Length > 120 ? d.MarkerText[..120] : d.MarkerText,
        Location = document.Locate(d.MarkerSpan.Start),
    };
}
