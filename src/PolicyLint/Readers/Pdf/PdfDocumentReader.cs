using System.Text.RegularExpressions;
using PolicyLint.Rules.Syntax;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Reads a PDF. PdfPig parses the file (cross-reference tables and streams, repair of damaged ones, filters, fonts,
/// encryption) and gives each page's letters with their baselines; PolicyLint assembles the letters into lines
/// (<see cref="LineAssembler"/>) and lines into blocks (<see cref="PdfLayout"/>), which keeps words apart where a PDF
/// draws no space and keeps columns apart. Positions are page and line on the page.
/// </summary>
/// <remarks>
/// Guards for what PdfPig does not bound: a form XObject that draws itself, directly or through others, would
/// recurse until the process dies, so the XObject graph is checked before any page is read and pages that reach a
/// cycle are skipped and named (<see cref="PdfFormCycles"/>); PdfPig takes no cancellation token, so the token is
/// checked between pages; a page that throws costs that page only; a page with more letters than
/// <see cref="MaxLettersPerPage"/> is cut there and reported.
/// </remarks>
internal sealed partial class PdfDocumentReader : IDocumentReader
{
    /// <summary>Letters read from one page at most; a page holding more is cut and reported.</summary>
    public const int MaxLettersPerPage = 200_000;

    /// <summary>Pages read at most; a longer document is read up to here and reported.</summary>
    public const int MaxPages = 10_000;

    private const double EdgeSlack = 4;

    private readonly IReadOnlyList<string> _passwords;

    /// <summary>A reader that opens unencrypted PDFs and those with an empty user password.</summary>
    public PdfDocumentReader()
        : this([])
    {
    }

    /// <summary>A reader that also tries <paramref name="passwords"/> on encrypted PDFs, in order.</summary>
    public PdfDocumentReader(IReadOnlyList<string> passwords) => _passwords = passwords;

    public SourceFormat Format => SourceFormat.Pdf;

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public PolicyDocument Read(string path, Stream content, CancellationToken cancellationToken) =>
        Read(path, content, ReaderLimits.Default, cancellationToken);

    public PolicyDocument Read(string path, Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();
        byte[] bytes = ReadAll(content);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentReadException("the file is not a PDF (no %PDF header)");
        }

        PdfStreamGuard.Check(bytes, limits, cancellationToken);

        using var document = Open(bytes);
        var builder = limits.Builder(path, SourceFormat.Pdf);
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException("the PDF's page tree is damaged", ex);
        }

        if (pageCount > MaxPages)
        {
            builder.AddMessage("PL9001", $"the PDF has {pageCount:N0} pages, over the limit of {MaxPages:N0}; only the first {MaxPages:N0} were read");
            pageCount = MaxPages;
        }

        // Before any page is read: which pages would draw a form that draws itself.
        var cyclic = PdfFormCycles.PagesReachingCycle(document, pageCount, cancellationToken);

        // A page object the page tree names again is not read again (trusted only when our count agrees with PdfPig's).
        var order = PdfPageOrder.Leaves(document, pageCount, cancellationToken);
        var readObjects = new HashSet<IndirectReference>();
        int repeated = 0;
        var pages = new List<IReadOnlyList<TextLine>>(pageCount);
        var unreadable = new List<(int Page, string Reason)>();
        for (int number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (order is not null && order.Count == pageCount && order[number - 1] is { } pageObject && !readObjects.Add(pageObject))
            {
                pages.Add([]);
                repeated++;
                continue;
            }

            if (cyclic.Contains(number))
            {
                pages.Add([]);
                builder.AddMessage("PL9001", $"page {number} draws a form that draws itself (a cycle of form XObjects) and was skipped");
                continue;
            }

            try
            {
                var page = document.GetPage(number);
                pages.Add(Lines(page, cancellationToken, out bool truncated));
                if (truncated)
                {
                    builder.AddMessage("PL9001", $"page {number} has more than {MaxLettersPerPage:N0} letters; the rest of the page was skipped");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DocumentReadException)
            {
                // One damaged page costs that page only; it is reported, not hidden.
                pages.Add([]);
                unreadable.Add((number, PageFailure(ex)));
            }
        }

        if (repeated > 0)
        {
            builder.AddMessage("PL9001", $"the PDF's page tree names {repeated:N0} pages that are a page already read (the same page object more than once); they were skipped");
        }

        if (unreadable.Count > 0)
        {
            // Each reason once, with the pages it cost: a font missing on every page is one message, not forty.
            foreach (var group in unreadable.GroupBy(u => u.Reason))
            {
                var numbers = group.Select(u => u.Page).ToList();
                var which = numbers.Count == 1 ? $"page {numbers[0]} could not be read and was skipped"
                    : numbers.Count <= 5 ? $"pages {string.Join(", ", numbers)} could not be read and were skipped"
                    : $"{numbers.Count} pages could not be read and were skipped (first: page {numbers[0]})";
                builder.AddMessage("PL9001", $"{which}: {group.Key}");
            }
        }

        PdfLayout.Build(builder, pages, cancellationToken);
        return builder.Build();
    }

    private static byte[] ReadAll(Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var segment) && segment.Offset == 0 && segment.Count == memory.Length)
        {
            return segment.Array!.Length == segment.Count ? segment.Array : segment.AsSpan().ToArray();
        }

        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    private PdfDocument Open(byte[] bytes)
    {
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
        };
        if (_passwords.Count > 0)
        {
            options.Passwords = [.. _passwords];
        }

        try
        {
            return PdfDocument.Open(bytes, options);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException(_passwords.Count == 0
                ? "the PDF is encrypted and needs a password (give it with --password)"
                : "the PDF is encrypted and none of the passwords given opens it", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException(DamageReason(ex), ex);
        }
    }

    /// <summary>
    /// The page's lines. Letters are taken in drawing order, turned so each runs left to right, with compatibility
    /// characters folded. Text drawn outside the visible page (printers' slug lines, crop marks, notes left off the
    /// page) is kept, as its own lines marked <see cref="TextLine.OffPage"/>, so nothing is lost and the layout gives
    /// it the page-furniture role instead of checking it.
    /// </summary>
    private static List<TextLine> Lines(Page page, CancellationToken cancellationToken, out bool truncated)
    {
        var letters = page.Letters;
        truncated = letters.Count > MaxLettersPerPage;
        int count = Math.Min(letters.Count, MaxLettersPerPage);
        var visible = new List<TextGlyph>(count);
        List<TextGlyph>? offPage = null;
        var boldNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        double width = page.Width, height = page.Height;
        for (int i = 0; i < count; i++)
        {
            var letter = letters[i];
            string text = Printable(letter.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var start = letter.StartBaseLine;
            var end = letter.EndBaseLine;
            int rotation = QuarterTurns(letter.TextOrientation, start.X, start.Y, end.X, end.Y);
            var (x0, y0) = Turn(start.X, start.Y, rotation);
            var (x1, _) = Turn(end.X, end.Y, rotation);
            double size = letter.PointSize > 0 ? letter.PointSize : Math.Abs(letter.FontSize);
            var glyph = new TextGlyph(CompatibilityFold.Apply(text), x0, Math.Max(x0, x1), y0, size, rotation, IsBold(letter, boldNames));
            bool onPage = start.X >= -EdgeSlack && start.X <= width + EdgeSlack && start.Y >= -EdgeSlack && start.Y <= height + EdgeSlack;
            (onPage ? visible : offPage ??= []).Add(glyph);
        }

        var lines = LineAssembler.Assemble(visible, cancellationToken);
        if (offPage is not null)
        {
            lines.AddRange(LineAssembler.Assemble(offPage, cancellationToken).Select(l => l with { OffPage = true }));
        }

        return lines;
    }

    /// <summary>
    /// The letter's text without control characters. A font with no map to Unicode comes out as raw character codes
    /// (often below U+0020); they are not text. Dropping them keeps the gap between letters, from which the line
    /// assembler infers the space the font drew.
    /// </summary>
    private static string Printable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        foreach (char c in value)
        {
            if (IsJunk(c))
            {
                return string.Concat(value.Where(ch => !IsJunk(ch)));
            }
        }

        return value;

        static bool IsJunk(char c) => (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F' or '\uFFFD' or '\0';
    }

    private static bool IsBold(Letter letter, Dictionary<string, bool> boldNames)
    {
        var font = letter.FontDetails;
        if (font is null)
        {
            return false;
        }

        if (font.IsBold || font.Weight >= 600)
        {
            return true;
        }

        // A page has a few fonts and thousands of letters: each font name is matched once.
        var name = font.Name ?? string.Empty;
        if (!boldNames.TryGetValue(name, out bool bold))
        {
            boldNames[name] = bold = BoldName().IsMatch(name);
        }

        return bold;
    }

    private static int QuarterTurns(TextOrientation orientation, double x0, double y0, double x1, double y1)
    {
        switch (orientation)
        {
            case TextOrientation.Horizontal: return 0;
            case TextOrientation.Rotate90: return 1;
            case TextOrientation.Rotate180: return 2;
            case TextOrientation.Rotate270: return 3;
        }

        double dx = x1 - x0, dy = y1 - y0;
        if (dx == 0 && dy == 0)
        {
            return 0;
        }

        int turns = (int)Math.Round(Math.Atan2(dy, dx) * 2 / Math.PI);
        return ((turns % 4) + 4) % 4;
    }

    private static (double X, double Y) Turn(double x, double y, int rotation) => rotation switch
    {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    };

    /// <summary>Why a page could not be read, in words a user can act on, from what the parser threw.</summary>
    private static string PageFailure(Exception ex)
    {
        string message = ex.Message;
        if (message.Contains("font", StringComparison.OrdinalIgnoreCase) || message.Contains("cmap", StringComparison.OrdinalIgnoreCase)
            || ex is NullReferenceException)
        {
            return "a font on the page could not be read (often a font that is not embedded in the file)";
        }

        if (message.Contains("filter", StringComparison.OrdinalIgnoreCase) || message.Contains("decode", StringComparison.OrdinalIgnoreCase)
            || message.Contains("flate", StringComparison.OrdinalIgnoreCase) || message.Contains("stream", StringComparison.OrdinalIgnoreCase))
        {
            return "the page's content stream is damaged";
        }

        return "the page's content is damaged";
    }

    private static string DamageReason(Exception ex)
    {
        string message = ex.Message;
        if (ex is PdfDocumentStackDepthException)
        {
            return "the PDF nests objects deeper than PolicyLint reads (a damaged or hostile file)";
        }

        if (message.Contains("xref", StringComparison.OrdinalIgnoreCase) || message.Contains("trailer", StringComparison.OrdinalIgnoreCase)
            || message.Contains("cross", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF's cross-reference table is damaged";
        }

        if (message.Contains("encrypt", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF uses an encryption PolicyLint cannot read";
        }

        if (message.Contains("page", StringComparison.OrdinalIgnoreCase) || message.Contains("catalog", StringComparison.OrdinalIgnoreCase))
        {
            return "the PDF's page tree is damaged";
        }

        return "the PDF's structure is damaged and could not be read";
    }

    [GeneratedRegex(@"bold|black|heavy|semibold|demi", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoldName();
}
