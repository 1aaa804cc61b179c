using System.Globalization;
using System.Xml.Linq;
using PolicyLint.Analysis;
using PolicyLint.Readers.Docx;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Writing;

/// <summary>
/// Marks a Word document's main part for review, in its own XML: a comment on the exact words of every finding, a
/// tracked change (deletion and insertion by "PolicyLint") for language findings with one clear replacement, and a
/// comment at the top holding the required-clause scorecard. Words that cannot be marked exactly (they cross a field's
/// edge, lie in a text box, note or header, or are text the reader made, such as a list number) get a comment on the
/// whole paragraph that says so. Existing comments and revisions are left as they are.
/// </summary>
internal sealed class DocxAnnotator
{
    public const string Author = "PolicyLint";
    public const string Initials = "PL";

    // What may sit between the runs a tracked change wraps: markers that carry no text.
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart", "permEnd",
    };

    // What a run inside a tracked change may hold besides its properties: plain text and what stands for characters.
    private static readonly HashSet<string> PlainRunContent = new(StringComparer.Ordinal)
    {
        "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym", "lastRenderedPageBreak",
    };

    // Where a tracked change may be put: the paragraph itself or inline containers that are not revisions or fields.
    private static readonly HashSet<string> TrackableParents = new(StringComparer.Ordinal)
    {
        "p", "hyperlink", "sdtContent", "smartTag", "customXml",
    };

    private readonly XDocument _main;
    private readonly XElement _comments;
    private readonly ParagraphTextMap _map;
    private readonly PolicyDocument _document;
    private readonly XNamespace _w;
    private readonly string _date;
    private readonly bool _trackChanges;
    private readonly RunSplitter _splitter;
    private readonly Dictionary<XElement, XElement> _ourDeletions = [];
    private int _nextId;

    public DocxAnnotator(XDocument main, XElement comments, ParagraphTextMap map, PolicyDocument document, DateTimeOffset now, bool trackChanges)
    {
        _main = main;
        _comments = comments;
        _map = map;
        _document = document;
        _w = main.Root!.Name.Namespace;
        _date = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _trackChanges = trackChanges;
        _nextId = 1 + Math.Max(MaxId(main.Root), MaxId(comments));
        _splitter = new RunSplitter(NextId);
    }

    /// <summary>Comments added (one per finding plus the scorecard).</summary>
    public int CommentCount { get; private set; }

    /// <summary>Tracked changes added.</summary>
    public int TrackedChangeCount { get; private set; }

    /// <summary>Findings whose comment covers their whole paragraph, not the exact words.</summary>
    public int WholeParagraphCount { get; private set; }

    /// <summary>Adds the scorecard comment and one comment (and maybe a tracked change) per finding.</summary>
    public void Annotate(DocumentReport report)
    {
        var top = TopParagraph();
        var marks = new List<Mark> { new(null) { Paragraph = top } };
        marks.AddRange(report.Findings.Select(f => Resolve(f, top)));
        ChooseTrackedChanges(marks);

        // Every cut first, then the wrapping and the markers, so each column is found in the runs as they end up.
        foreach (var group in marks.Where(m => m.Text is not null).GroupBy(m => m.Text!))
        {
            var columns = group.SelectMany(m => m.Fix is null ? new[] { m.Start, m.End } : [m.Start, m.End, m.FixStart, m.FixEnd]).Distinct();
            foreach (var column in columns.OrderDescending())
            {
                _splitter.SplitAt(group.Key, column);
            }
        }

        foreach (var mark in marks.Where(m => m.Fix is not null))
        {
            Track(mark);
        }

        foreach (var mark in marks)
        {
            Comment(mark, report);
        }
    }

    private Mark Resolve(Finding finding, XElement top)
    {
        if (finding.Span.Length == 0)
        {
            return new Mark(finding) { Paragraph = top };
        }

        var (paragraph, start, end) = Locate(finding.Span);
        var entry = _map[paragraph];
        if (entry is null)
        {
            return new Mark(finding) { Paragraph = top, Note = "PolicyLint could not find these words in the document's XML" };
        }

        if (entry.Element.Document != _main)
        {
            return OutsideBody(finding, entry, top);
        }

        if (entry.Element.Ancestors().Any(e => WordXml.Is(e, "txbxContent")))
        {
            return new Mark(finding) { Paragraph = Outermost(entry.Element), Note = "the words are in a text box" };
        }

        if (end < 0 || !Matches(entry, start, end, _document.GetText(finding.Span)))
        {
            return new Mark(finding) { Paragraph = entry.Element, Note = "the words are not all text of this paragraph (a list or heading number, an image description, or text across paragraphs)" };
        }

        var pieces = entry.PiecesIn(start, end).ToList();
        if (pieces.Any(p => !RunSplitter.IsEditable(p, entry.Element)))
        {
            return new Mark(finding) { Paragraph = entry.Element, Note = "the words are in an equation, a ruby or alternative content that cannot be marked" };
        }

        if (pieces.Select(FieldOf).Distinct().Count() > 1)
        {
            return new Mark(finding) { Paragraph = entry.Element, Note = "the words cross the edge of a field" };
        }

        return new Mark(finding) { Paragraph = entry.Element, Text = entry, Start = start, End = end };
    }

    // The paragraph and columns [start, end) of a span, from the document's own source map; end is -1 when the span's
    // characters do not run on in one paragraph.
    private (int Paragraph, int Start, int End) Locate(TextSpan span)
    {
        var first = _document.SourceMap.Map(span.Start);
        var last = _document.SourceMap.Map(span.End - 1);
        int paragraph = first.Paragraph ?? first.Line;
        bool runsOn = (last.Paragraph ?? last.Line) == paragraph && last.Column == first.Column + span.Length - 1;
        return (paragraph, first.Column, runsOn ? first.Column + span.Length : -1);
    }

    private static bool Matches(ParagraphText entry, int start, int end, string expected)
    {
        var text = entry.Text;
        return start >= 1 && end - 1 <= text.Length && string.CompareOrdinal(text, start - 1, expected, 0, expected.Length) == 0 && end - start == expected.Length;
    }

    // A complex field's serial, or the simple field holding the piece: words that cross either edge are not cut.
    private static object FieldOf(TextPiece piece) =>
        piece.Source.Ancestors().FirstOrDefault(e => WordXml.Is(e, "fldSimple")) is { } simple ? simple : piece.Field;

    private Mark OutsideBody(Finding finding, ParagraphText entry, XElement top)
    {
        var note = entry.Element.Ancestors().FirstOrDefault(e => WordXml.Is(e, "footnote") || WordXml.Is(e, "endnote"));
        if (note is not null)
        {
            var kind = note.Name.LocalName;
            var id = WordXml.Attr(note, "id");
            var reference = _main.Root!.Descendants().FirstOrDefault(e => WordXml.Is(e, kind + "Reference") && WordXml.Attr(e, "id") == id);
            if (reference?.Ancestors().LastOrDefault(e => WordXml.Is(e, "p")) is { } holder)
            {
                return new Mark(finding) { Paragraph = holder, Note = $"the words are in the {kind} marked in this paragraph" };
            }

            return new Mark(finding) { Paragraph = top, Note = $"the words are in a {kind}" };
        }

        return new Mark(finding) { Paragraph = top, Note = "the words are in a header or footer" };
    }

    private static XElement Outermost(XElement paragraph) =>
        paragraph.AncestorsAndSelf().Last(e => WordXml.Is(e, "p"));

    private XElement TopParagraph()
    {
        var body = WordXml.Child(_main.Root, "body")!;
        if (_map[1] is { } first && first.Element.Document == _main)
        {
            return Outermost(first.Element);
        }

        if (body.Descendants().FirstOrDefault(e => WordXml.Is(e, "p")) is { } p)
        {
            return p;
        }

        // A body with no paragraph at all: the scorecard needs one to hang on.
        var created = new XElement(_w + "p");
        body.AddFirst(created);
        return created;
    }

    private void ChooseTrackedChanges(List<Mark> marks)
    {
        var taken = new List<(ParagraphText Paragraph, int Start, int End)>();
        foreach (var mark in marks)
        {
            if (mark.Finding is not { } finding || !_trackChanges || finding.Rule.Category != RuleCategory.Language)
            {
                continue;
            }

            var replacements = finding.Fixes.Select(f => (f.Span, f.Replacement)).Distinct().ToList();
            if (replacements.Count != 1 || replacements[0].Span.Length == 0)
            {
                continue;
            }

            if (mark.Text is null)
            {
                mark.NoChange = "The suggested change is not tracked, because the words could not be marked exactly.";
                continue;
            }

            var fix = finding.Fixes[0];
            var (paragraph, start, end) = Locate(fix.Span);
            if (paragraph != mark.Text.Number || end < 0 || !Matches(mark.Text, start, end, _document.GetText(fix.Span)))
            {
                mark.NoChange = "The suggested change is not tracked: its words could not be found exactly.";
                continue;
            }

            if (taken.Any(t => t.Paragraph == mark.Text && t.Start < end && start < t.End))
            {
                mark.NoChange = "The suggested change is not tracked: it overlaps another tracked change.";
                continue;
            }

            taken.Add((mark.Text, start, end));
            mark.Fix = fix;
            mark.FixStart = start;
            mark.FixEnd = end;
        }
    }

    private void Track(Mark mark)
    {
        var entry = mark.Text!;
        var pieces = entry.PiecesIn(mark.FixStart, mark.FixEnd).ToList();
        var runs = pieces.Select(p => p.Run!).Distinct().ToList();
        var parent = runs[0].Parent!;
        string? refusal = null;
        if (pieces.Any(p => FieldOf(p) is not 0))
        {
            refusal = "the words are in a field, whose result Word may rebuild";
        }
        else if (parent.AncestorsAndSelf().TakeWhile(e => e != entry.Element).Any(e => WordXml.Is(e, "ins") || WordXml.Is(e, "moveTo")))
        {
            refusal = "the words are inside another reviewer's tracked change";
        }
        else if (runs.Any(r => r.Parent != parent) || !WordXml.IsWord(parent) || !TrackableParents.Contains(parent.Name.LocalName))
        {
            refusal = "the words are split across a link or a content control";
        }

        var first = runs[0];
        var last = runs[^1];
        var span = refusal is null ? Between(first, last) : [];
        if (refusal is null && span.Any(n => !CanWrap(n)))
        {
            refusal = "the runs hold more than text (a field mark, a note or comment reference, a drawing)";
        }

        if (refusal is not null)
        {
            mark.Fix = null;
            mark.NoChange = $"The suggested change is not tracked: {refusal}.";
            return;
        }

        var original = _document.GetText(mark.Fix!.Span);
        var replacement = Capitalisation.Like(original, mark.Fix.Replacement);
        var deletion = Revision("del");
        first.AddBeforeSelf(deletion);
        foreach (var node in span)
        {
            node.Remove();
        }

        deletion.Add(span);
        foreach (var t in deletion.Descendants().Where(e => WordXml.Is(e, "t")).ToList())
        {
            t.Name = _w + "delText";
        }

        var run = new XElement(_w + "r");
        if (WordXml.Child(first, "rPr") is { } rPr)
        {
            run.Add(_splitter.Properties(rPr));
        }

        run.Add(new XElement(_w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), replacement));
        var insertion = Revision("ins");
        insertion.Add(run);
        deletion.AddAfterSelf(insertion);
        _ourDeletions[deletion] = insertion;
        mark.Replacement = replacement;
        TrackedChangeCount++;
    }

    private static List<XNode> Between(XElement first, XElement last)
    {
        var nodes = new List<XNode> { first };
        for (var node = first.NextNode; node is not null && nodes[^1] != last; node = node.NextNode)
        {
            nodes.Add(node);
        }

        return nodes;
    }

    private static bool CanWrap(XNode node) => node switch
    {
        XText text => string.IsNullOrWhiteSpace(text.Value),
        XElement e when WordXml.Is(e, "r") => e.Elements().All(c => WordXml.Is(c, "rPr") || (WordXml.IsWord(c) && PlainRunContent.Contains(c.Name.LocalName))),
        XElement e => WordXml.IsWord(e) && Markers.Contains(e.Name.LocalName),
        _ => false,
    };

    private XElement Revision(string name) => new(
        _w + name,
        new XAttribute(_w + "id", NextId()),
        new XAttribute(_w + "author", Author),
        new XAttribute(_w + "date", _date));

    private void Comment(Mark mark, DocumentReport report)
    {
        int id = NextId();
        var start = new XElement(_w + "commentRangeStart", new XAttribute(_w + "id", id));
        var end = new XElement(_w + "commentRangeEnd", new XAttribute(_w + "id", id));
        var reference = new XElement(_w + "r", new XElement(_w + "commentReference", new XAttribute(_w + "id", id)));
        if (mark.Text is { } entry)
        {
            var firstRun = entry.Pieces[entry.IndexAt(mark.Start)].Run!;
            var lastRun = entry.Pieces[entry.IndexAt(mark.End - 1)].Run!;
            ClimbStart(firstRun).AddBeforeSelf(start);
            ClimbEnd(lastRun).AddAfterSelf(end, reference);
        }
        else
        {
            if (WordXml.Child(mark.Paragraph, "pPr") is { } pPr)
            {
                pPr.AddAfterSelf(start);
            }
            else
            {
                mark.Paragraph.AddFirst(start);
            }

            mark.Paragraph.Add(end, reference);
            if (mark.Finding is not null && mark.Finding.Span.Length > 0)
            {
                WholeParagraphCount++;
            }
        }

        var comment = new XElement(
            _w + "comment",
            new XAttribute(_w + "id", id),
            new XAttribute(_w + "author", Author),
            new XAttribute(_w + "date", _date),
            new XAttribute(_w + "initials", Initials));
        var lines = mark.Finding is { } finding ? FindingLines(finding, mark) : ScorecardLines(report);
        bool firstLine = true;
        foreach (var line in lines)
        {
            var paragraph = new XElement(_w + "p");
            if (firstLine)
            {
                paragraph.Add(new XElement(_w + "r", new XElement(_w + "annotationRef")));
            }

            var run = new XElement(_w + "r");
            if (firstLine)
            {
                run.Add(new XElement(_w + "rPr", new XElement(_w + "b")));
            }

            run.Add(new XElement(_w + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), Clean(line)));
            paragraph.Add(run);
            comment.Add(paragraph);
            firstLine = false;
        }

        _comments.Add(comment);
        CommentCount++;
    }

    private static IEnumerable<string> FindingLines(Finding finding, Mark mark)
    {
        yield return ReviewText.Heading(finding);
        yield return finding.Message;
        yield return ReviewText.Why(finding.Rule);
        if (ReviewText.Instead(finding) is { } instead)
        {
            yield return instead;
        }

        if (mark.Note is not null)
        {
            var quote = finding.Text.Length > 0 ? $" The words: '{ReviewText.Quote(finding.Text, 120)}'." : string.Empty;
            yield return $"This comment covers the whole paragraph because {mark.Note}.{quote}";
        }

        if (mark.Replacement is not null)
        {
            yield return $"The change to '{mark.Replacement}' is tracked: accept or reject it.";
        }
        else if (mark.NoChange is not null)
        {
            yield return mark.NoChange;
        }
    }

    private static IEnumerable<string> ScorecardLines(DocumentReport report)
    {
        yield return $"PolicyLint review: {ReviewText.Counts(report.Findings)}. Each finding has its own comment; suggested wording is a tracked change where there is one clear replacement.";
        yield return ReviewText.ScorecardTitle(report);
        foreach (var line in ReviewText.Scorecard(report))
        {
            yield return line.ToString();
        }
    }

    // A comment's start goes before the first run, or before the tracked change that now holds it.
    private XElement ClimbStart(XElement node)
    {
        while (node.Parent is { } parent && _ourDeletions.ContainsKey(parent) && parent.Elements().First() == node)
        {
            node = parent;
        }

        return node;
    }

    // A comment's end goes after the last run, or after the insertion that follows the deletion holding it.
    private XElement ClimbEnd(XElement node)
    {
        while (node.Parent is { } parent && _ourDeletions.ContainsKey(parent) && parent.Elements().Last() == node)
        {
            node = parent;
        }

        return _ourDeletions.TryGetValue(node, out var insertion) ? insertion : node;
    }

    private int NextId() => _nextId++;

    private static int MaxId(XElement root)
    {
        int max = 0;
        foreach (var e in root.DescendantsAndSelf())
        {
            foreach (var a in e.Attributes())
            {
                if (a.Name.LocalName == "id" && int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v > max && v < int.MaxValue / 2)
                {
                    max = v;
                }
            }
        }

        return max;
    }

    // Line breaks read from w:br are not text in a comment; characters XML cannot hold never came from XML.
    private static string Clean(string text) => text.Replace('\n', ' ');

    /// <summary>One comment to add: which finding (null for the scorecard), where it goes, and its tracked change.</summary>
    private sealed class Mark(Finding? finding)
    {
        public Finding? Finding { get; } = finding;

        public required XElement Paragraph { get; init; }

        /// <summary>The paragraph's text when the words are marked exactly; null for a comment on the whole paragraph.</summary>
        public ParagraphText? Text { get; init; }

        public int Start { get; init; }

        public int End { get; init; }

        /// <summary>Why the comment covers the whole paragraph (null when exact, or for whole-document comments).</summary>
        public string? Note { get; init; }

        public Fix? Fix { get; set; }

        public int FixStart { get; set; }

        public int FixEnd { get; set; }

        public string? Replacement { get; set; }

        public string? NoChange { get; set; }
    }
}
