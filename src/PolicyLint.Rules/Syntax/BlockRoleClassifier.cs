using System.Text.RegularExpressions;

namespace PolicyLint.Rules.Syntax;

/// <summary>
/// Settles every block's <see cref="Block.Role"/> from layout and text, the same way for every format: what the
/// reader stated wins (a Word "TOC 1" style, a running header); then page numbers and lines repeated across pages are
/// page furniture, dot-leader entries and the list under a "Contents" heading are contents, "Version 3.1",
/// "Approved by", "Review date" lines and the tables holding them are document control, short blocks before the first
/// prose on the first page are the title, and sections headed "References" or "Glossary" lend their role to their
/// blocks. Layout roles are settled before sections are built (a contents entry set as a heading opens no section);
/// section roles after.
/// </summary>
internal sealed partial class BlockRoleClassifier
{
    private const int MaxControlWords = 40;
    private const int MaxCoverBlocks = 20;

    private readonly string _text;
    private readonly IReadOnlyList<Block> _blocks;
    private readonly SourceMap _map;
    private readonly string[] _texts;
    private readonly int[] _words;

    public BlockRoleClassifier(string text, IReadOnlyList<Block> blocks, SourceMap map)
    {
        _text = text;
        _blocks = blocks;
        _map = map;
        _texts = [.. blocks.Select(b => text.Substring(b.Span.Start, b.Span.Length))];
        _words = [.. _texts.Select(WordCount)];
    }

    /// <summary>Roles that follow from the block itself and its neighbours.</summary>
    public void ClassifyLayout()
    {
        foreach (var block in _blocks)
        {
            block.Role = block.StatedRole ?? FromKind(block.Kind);
        }

        MarkPageFurniture();
        MarkContents();
        MarkDocumentControl();
        MarkCover();
        MarkCitations();
    }

    /// <summary>Roles that follow from the section a block is in (run once sections exist).</summary>
    public void ClassifySections()
    {
        foreach (var block in _blocks)
        {
            if (block.Section is not { } section || !IsOpen(block))
            {
                continue;
            }

            if (block.Kind != BlockKind.Heading && ControlSectionTitle().IsMatch(section.Title) && _words[block.Index] <= MaxControlWords)
            {
                block.Role = BlockRole.DocumentControl;
            }
            else if (block.Kind != BlockKind.Heading && section.Role == SectionRole.References)
            {
                block.Role = BlockRole.References;
            }
            else if (block.Kind != BlockKind.Heading && section.Role == SectionRole.Glossary)
            {
                block.Role = BlockRole.Glossary;
            }
        }
    }

    private static BlockRole FromKind(BlockKind kind) => kind switch
    {
        BlockKind.Heading => BlockRole.Heading,
        BlockKind.ListItem => BlockRole.ListItem,
        BlockKind.TableCell => BlockRole.TableCell,
        BlockKind.BlockQuote => BlockRole.Quotation,
        BlockKind.Note => BlockRole.Note,
        BlockKind.HeaderFooter => BlockRole.PageFurniture,
        BlockKind.Comment => BlockRole.Comment,
        _ => BlockRole.Body,
    };

    /// <summary>True while the block's role is only what its kind implies: later evidence may still say more.</summary>
    private static bool IsOpen(Block block) =>
        block.StatedRole is null && block.Role is BlockRole.Body or BlockRole.Heading or BlockRole.ListItem or BlockRole.TableCell;

    private void MarkPageFurniture()
    {
        // Page numbers and "Page 2 of 41" lines, wherever they are.
        foreach (var block in _blocks)
        {
            // A number alone in a table cell or list is data, not a page number.
            if (IsOpen(block) && block.Kind is BlockKind.Paragraph or BlockKind.Heading && _words[block.Index] <= 25 &&
                (PageNumberBlock().IsMatch(_texts[block.Index]) || PageOfPages().IsMatch(_texts[block.Index])))
            {
                block.Role = BlockRole.PageFurniture;
            }
        }

        // Lines repeated across pages (paged formats: at the top or bottom of the page) or, in formats without pages,
        // three or more times: running titles, the organisation's name, a website's navigation.
        var pages = _blocks.Select(b => _map.Map(b.Span.Start).Page).ToArray();
        bool paged = pages.Any(p => p is not null);
        var edge = paged ? PageEdges(pages) : null;
        var groups = new Dictionary<string, List<Block>>(StringComparer.Ordinal);
        foreach (var block in _blocks)
        {
            // Without pages only paragraphs count: repeated headings, list items ("Docx writer:" in a changelog) and
            // table cells are structure, not furniture.
            if (!IsOpen(block) || _words[block.Index] is 0 or > 20 || (!paged && block.Kind != BlockKind.Paragraph) || (paged && !edge![block.Index]) ||
                _texts[block.Index].TrimEnd().EndsWith(':'))
            {
                continue;
            }

            var key = RepeatKey(_texts[block.Index]);
            if (key.Length < 3)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(block);
        }

        int pageCount = paged ? pages.Max(p => p ?? 0) : 0;
        foreach (var list in groups.Values)
        {
            bool repeated = paged
                ? list.Select(b => pages[b.Index]).Distinct().Count() >= (pageCount <= 3 ? 2 : 3)
                : list.Count >= 3;
            if (repeated)
            {
                foreach (var block in list)
                {
                    block.Role = BlockRole.PageFurniture;
                }
            }
        }
    }

    /// <summary>For each block, true when it is among the first or last three blocks of its page.</summary>
    private bool[] PageEdges(int?[] pages)
    {
        var edge = new bool[_blocks.Count];
        int start = 0;
        while (start < _blocks.Count)
        {
            int end = start;
            while (end + 1 < _blocks.Count && pages[end + 1] == pages[start])
            {
                end++;
            }

            for (int i = start; i <= end; i++)
            {
                edge[i] = i - start < 3 || end - i < 3;
            }

            start = end + 1;
        }

        return edge;
    }

    private static string RepeatKey(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = chars.Length > 0;
                continue;
            }

            if (space)
            {
                chars.Append(' ');
                space = false;
            }

            chars.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return chars.ToString();
    }

    private void MarkContents()
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (!IsOpen(block))
            {
                continue;
            }

            var text = _texts[i];
            // Entries joined into one block (PDF lines at regular spacing): mostly entries, not a page of prose that
            // happens to hold a contents page (a whole document read as one block).
            int leaders = LeaderEntry().Count(text);
            if ((leaders >= 2 && _words[i] <= leaders * 25) || (IsEntryLine(text, strongOnly: true) && !text.Contains('\n') && _words[i] <= 40))
            {
                block.Role = BlockRole.Contents;
                continue;
            }

            var lines = text.Split('\n');
            if (lines.Length >= 2 && lines.Count(l => IsEntryLine(l, strongOnly: false)) * 10 >= lines.Length * 6 && lines.Count(l => IsEntryLine(l, strongOnly: false)) >= 2)
            {
                block.Role = BlockRole.Contents;
                continue;
            }

            if (ContentsHeading().IsMatch(text.Trim()))
            {
                block.Role = BlockRole.Contents;
                i = MarkContentsRegion(i + 1) - 1;
            }
        }

        // Entries between two contents entries ("Appendix A Forms" without a page number) belong to them.
        for (int i = 1; i + 1 < _blocks.Count; i++)
        {
            if (IsOpen(_blocks[i]) && _blocks[i - 1].Role == BlockRole.Contents && _blocks[i + 1].Role == BlockRole.Contents && IsShortLine(_texts[i]))
            {
                _blocks[i].Role = BlockRole.Contents;
            }
        }
    }

    /// <summary>Marks the entries after a "Contents" heading; returns the index of the first block after them.</summary>
    private int MarkContentsRegion(int from)
    {
        int i = from;
        while (i < _blocks.Count)
        {
            var block = _blocks[i];
            if (block.Role == BlockRole.PageFurniture || block.Kind == BlockKind.Comment)
            {
                i++;
                continue;
            }

            if (!IsOpen(block) && block.Role != BlockRole.Contents)
            {
                break;
            }

            bool entry = block.Role == BlockRole.Contents || _texts[i].Split('\n').All(l => IsEntryLine(l, strongOnly: false));
            if (!entry && IsShortLine(_texts[i]))
            {
                // A short line counts when an entry follows within two blocks ("Appendices" then "A Forms ... 12").
                entry = Enumerable.Range(i + 1, 2).Any(k => k < _blocks.Count && IsOpen(_blocks[k]) && _texts[k].Split('\n').All(l => IsEntryLine(l, strongOnly: false)));
            }

            if (!entry)
            {
                break;
            }

            block.Role = BlockRole.Contents;
            i++;
        }

        return i;
    }

    private static bool IsEntryLine(string line, bool strongOnly)
    {
        line = line.Trim();
        if (line.Length == 0)
        {
            return false;
        }

        if (LeaderEntry().IsMatch(line))
        {
            return true;
        }

        // "3.2 Training 7", or a back-of-book index line "advertising, 36, 45–46".
        return !strongOnly && WordCount(line) <= 15 && TrailingPageNumber().IsMatch(line) && (IndexLine().IsMatch(line) || !SentenceInside().IsMatch(line));
    }

    private static bool IsShortLine(string text) =>
        WordCount(text) <= 12 && !text.Contains('\n') && text.TrimEnd() is { Length: > 0 } t && t[^1] is not ('.' or ';' or ',');

    private void MarkDocumentControl()
    {
        // Lines and paragraphs: every line a "Key: value" line or a short value, at least one key.
        for (int i = 0; i < _blocks.Count; i++)
        {
            if (IsOpen(_blocks[i]) && _blocks[i].Kind != BlockKind.Heading && _words[i] <= MaxControlWords && IsControlText(_texts[i]))
            {
                _blocks[i].Role = BlockRole.DocumentControl;
            }
        }

        // Tables: a run of cells with two or more control labels is a control table; its short cells are control.
        int start = 0;
        while (start < _blocks.Count)
        {
            if (_blocks[start].Kind != BlockKind.TableCell)
            {
                start++;
                continue;
            }

            int end = start;
            while (end + 1 < _blocks.Count && _blocks[end + 1].Kind == BlockKind.TableCell)
            {
                end++;
            }

            int labels = 0, strong = 0;
            for (int i = start; i <= end; i++)
            {
                bool control = _blocks[i].Role == BlockRole.DocumentControl;
                labels += control || ChangeRecordLabel().IsMatch(_texts[i].Trim()) ? 1 : 0;
                strong += control || StrongChangeRecordLabel().IsMatch(_texts[i].Trim()) ? 1 : 0;
            }

            if (labels >= 2 && strong >= 1)
            {
                for (int i = start; i <= end; i++)
                {
                    if (IsOpen(_blocks[i]) && _words[i] <= 25)
                    {
                        _blocks[i].Role = BlockRole.DocumentControl;
                    }
                }
            }

            start = end + 1;
        }

        // A value right after its label ("Review date" | "March 2024", in a cell or on the next line).
        for (int i = 1; i < _blocks.Count; i++)
        {
            if (IsOpen(_blocks[i]) && _blocks[i - 1].Role == BlockRole.DocumentControl && ControlLabelOnly().IsMatch(_texts[i - 1].Trim()) &&
                _words[i] <= 8 && !LooksLikeSentence(_texts[i]))
            {
                _blocks[i].Role = BlockRole.DocumentControl;
            }
        }
    }

    private static bool IsControlText(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int keys = 0;
        foreach (var line in lines)
        {
            if (IsControlLine(line))
            {
                keys++;
            }
            else if (WordCount(line) > 6 || LooksLikeSentence(line))
            {
                return false;
            }
        }

        return keys > 0;
    }

    private static bool IsControlLine(string line)
    {
        if (WordCount(line) > 14 || (LooksLikeSentence(line) && WordCount(line) >= 8))
        {
            return false;
        }

        var m = ControlKey().Match(line);
        if (!m.Success)
        {
            return false;
        }

        var rest = line[m.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] is ':' or '-' or '\u2013' or '\u2014' or '|' or '(' or '=')
        {
            return true;
        }

        // Without a colon a label's line is not punctuated like a clause: "reviewed by the registered manager." is prose.
        var trimmed = line.TrimEnd();
        var undotted = trimmed.TrimEnd('.');
        if (trimmed[^1] is '.' or ';' or ',' or '!' or '?' && !(undotted.Length > 0 && char.IsDigit(undotted[^1])))
        {
            return false;
        }

        // "Version 3.1", "Review Autumn 2016", "Next review to be April 2018", "Approved by Trust Board", "Author Jo Bloggs";
        // not "Review the care plan" or "Status of the person".
        return ControlValue().IsMatch(rest) || m.Value.EndsWith(" by", StringComparison.OrdinalIgnoreCase) ||
            (WordCount(rest) <= 4 && !WeakKey().IsMatch(m.Value) && rest.Length > 0 && char.IsUpper(rest[0]));
    }

    private static bool LooksLikeSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' && WordCount(t) >= 6;
    }

    private void MarkCover()
    {
        // The cover: short unpunctuated lines before the first sentence, list or table, on the first page.
        var pages = _blocks.Select(b => _map.Map(b.Span.Start).Page).ToArray();
        bool seenHeading = false;
        for (int i = 0; i < _blocks.Count && i < MaxCoverBlocks; i++)
        {
            var block = _blocks[i];
            if (block.Role is BlockRole.DocumentControl or BlockRole.PageFurniture or BlockRole.Comment)
            {
                continue;
            }

            var t = _texts[i].TrimEnd();
            if (pages[i] is > 1 || block.Role == BlockRole.Contents || block.Kind is BlockKind.ListItem or BlockKind.TableCell or BlockKind.BlockQuote ||
                t.Length == 0 || t[^1] is '.' or '!' or '?' or ':' or ';' or ',' || _words[i] > 20 ||
                (block.Kind == BlockKind.Heading && NumberedTitle().IsMatch(t)))
            {
                return;
            }

            // Of headings only the first is the title ("# Introduction" after it is the first section), unless in capitals.
            if (IsOpen(block) && (block.Kind != BlockKind.Heading || !seenHeading || !t.Any(char.IsLower)))
            {
                block.Role = BlockRole.Title;
            }

            seenHeading |= block.Kind == BlockKind.Heading;
        }
    }

    private void MarkCitations()
    {
        for (int i = 0; i < _blocks.Count; i++)
        {
            if (IsOpen(_blocks[i]) && _blocks[i].Kind is BlockKind.Paragraph or BlockKind.ListItem && _words[i] <= 80 && CitationEntry().IsMatch(_texts[i]))
            {
                _blocks[i].Role = BlockRole.Citation;
            }
        }
    }

    private static int WordCount(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    [GeneratedRegex(@"^\s*(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?\s*(?:(?:of|/)\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberBlock();

    [GeneratedRegex(@"\bpage\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageOfPages();

    // Leaders then a page number: "Training ........ 6", "Scope . . . . . ii"; not an ellipsis before "I" in prose.
    [GeneratedRegex(@"(?:\.{4,}|(?:\.\s){4,}|\u2026{2,}|_{4,}|\u00B7{3,})\s*(?:\d{1,3}|[ivxlc]{1,6})(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeaderEntry();

    [GeneratedRegex(@"^\S.*\p{L}.*[^\d\s]\s+(?:\d{1,3}|[ivx]{1,5})$|^\S[^,]*\p{L}[^,]*,\s*\d{1,4}[a-z]?(?:[\u2013\-]\d{1,4})?(?:,\s*\d{1,4}[a-z]?(?:[\u2013\-]\d{1,4})?)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPageNumber();

    // A full stop followed by a space and a capital inside the line: prose, not an entry.
    [GeneratedRegex(@"[a-z]{2}[.;]\s+[A-Z]|,\s", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@",\s*\d{1,4}[a-z]?(?:[\u2013\-]\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexLine();

    [GeneratedRegex(@"^(?:table\s+of\s+)?contents?(?:\s+page)?:?$|^index$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+|[A-Z]\.?\s+|(?:section|part|appendix)\s+\w+\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedTitle();

    private const string Keys =
        @"(?:document\s+|policy\s+)?version(?:\s+(?:no\.?|number|control|history))?|v\d+(?:\.\d+)*" +
        @"|approved\s+by|approval(?:\s+date)?|approving\s+(?:body|committee)|ratified\s+by|ratification(?:\s+date)?|ratifying\s+(?:body|committee)" +
        @"|(?:document\s+|date\s+)?(?:last\s+)?(?:updated|modified|created)" +
        @"|date\s+(?:of\s+)?(?:approval|approved|ratified|ratification|issued?|published|publication|of\s+issue|effective|agreed|adopted|written)" +
        @"|date\s+(?:of\s+)?(?:next\s+|last\s+)?review(?:ed)?|date\s+for\s+review|(?:next\s+|last\s+)?review(?:\s+(?:date|due|by))?(?:\s+date)?|reviewed(?:\s+(?:by|on))?|due\s+for\s+review" +
        @"|author(?:\(s\)|s)?|(?:policy|document|procedure)\s+(?:owner|lead|author|reference|ref\.?|number|no\.?|status|type|id)|owner|(?:lead|responsible|accountable)\s+(?:officer|director|manager|person|lead)|sponsor|executive\s+lead" +
        @"|status|issue\s+(?:date|no\.?|number)|effective\s+(?:date|from)|implementation\s+date|supersedes|replaces|reference\s+(?:no\.?|number)|target\s+audience|circulation|distribution" +
        @"|equality\s+impact\s+assess(?:ment|ed)|summary\s+of\s+changes|change\s+(?:record|history)|amendment\s+history|revision\s+history|document\s+(?:control|history|information|details)|version\s+control";

    [GeneratedRegex(@"^(?:(?:next|last)\s+)?review|^status|^owner|^distribution|^circulation|^sponsor", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakKey();

    [GeneratedRegex(@"^(?:" + Keys + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlKey();

    [GeneratedRegex(@"^(?:" + Keys + @")\s*[:\-\u2013(|]?\s*(?:\(by\)\s*:?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlLabelOnly();

    [GeneratedRegex(@"^(?:(?:to\s+be|is|was|due|by|on|in|of)\s+){0,3}(?:v?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:spring|summer|autumn|fall|winter)\b|draft|final|approved|current|n/?a\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlValue();

    [GeneratedRegex(@"^(?:version|v(?:er)?\.?|date|author|changes?|description|summary|reason|approved\s+by|reviewed\s+by|review\s+date|issue|amendments?|details\s+of\s+changes?|page|section|comments?)\s*(?:no\.?|number|date)?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeRecordLabel();

    [GeneratedRegex(@"^(?:version|v(?:er)?\.?\s*no\.?|author|approved\s+by|reviewed\s+by|review\s+date|amendments?|(?:summary|details|description)\s+of\s+(?:changes?|amendments?)|changes?\s+made)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongChangeRecordLabel();

    [GeneratedRegex(@"\b(?:document\s+control|version\s+control|revision\s+history|version\s+history|change\s+(?:record|history|log)|amendment\s+(?:history|record)|document\s+(?:history|information|details)|policy\s+details|approval\s+and\s+ratification|ratification|equality\s+impact\s+assessment)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlSectionTitle();

    // "Surname, A. (2019) …", "Surname, A. and Other, B. 2019 …", "Department of Health (2014) Positive and …".
    [GeneratedRegex(@"^\s*(?:[A-Z][\w'\u2019\-]+,\s+(?:[A-Z]\.\s?){1,3}.{0,160}?\(?(?:19|20)\d{2}[a-z]?\)?|(?:[A-Z][\w&'\u2019\-]*\s+){0,6}(?:of\s+|and\s+|for\s+)?[A-Z][\w&'\u2019\-]*\s+\((?:19|20)\d{2}[a-z]?\)\.?\s+['\u2018""\u201C]?[A-Z][a-z]+\s+[a-z]*\s*[A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CitationEntry();
}
