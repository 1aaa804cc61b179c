using PdfSharp.Pdf;

namespace PolicyLint.Readers.Pdf;

/// <summary>
/// Runs a page's content stream through the text state machine (q/Q/cm, BT/ET, Tf, Tc, Tw, Tz, TL, Ts, Td, TD, Tm,
/// T*, Tj, TJ, ' and ", form XObjects with their /Matrix) and records every shown glyph where it lands. Everything
/// that only paints is ignored. Input-controlled loops check the token and stop at generous limits.
/// </summary>
internal sealed class ContentInterpreter
{
    // A normal page has a few thousand operators; these limits only stop hostile or broken input.
    private const int MaxOperatorsPerPage = 2_000_000;
    private const int MaxGlyphsPerPage = 500_000;
    private const int MaxFormDepth = 12;
    private const int MaxStateDepth = 512;
    private const int MaxStringLength = 1 << 20;

    private readonly FontCache _fonts;
    private readonly CancellationToken _cancellationToken;
    private readonly List<TextGlyph> _glyphs = [];
    private readonly Stack<GraphicsState> _saved = new();
    private readonly HashSet<PdfDictionary> _activeForms = new(ReferenceEqualityComparer.Instance);
    private GraphicsState _state = GraphicsState.Initial(PdfMatrix.Identity);
    private PdfMatrix _textMatrix = PdfMatrix.Identity;
    private PdfMatrix _lineMatrix = PdfMatrix.Identity;
    private int _operators;
    private (double X1, double Y1, double X2, double Y2)? _bounds;

    public ContentInterpreter(FontCache fonts, CancellationToken cancellationToken)
    {
        _fonts = fonts;
        _cancellationToken = cancellationToken;
    }

    /// <summary>True when a limit cut the last page short.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The glyphs of one page, in content-stream order.</summary>
    public List<TextGlyph> ReadPage(PdfPage page)
    {
        _glyphs.Clear();
        _saved.Clear();
        _activeForms.Clear();
        _operators = 0;
        Truncated = false;
        _state = GraphicsState.Initial(PdfMatrix.Identity);
        _textMatrix = _lineMatrix = PdfMatrix.Identity;
        _bounds = PageBounds(page);

        Run(PageContent(page), PageResources(page), 0);
        return _glyphs;
    }

    private static byte[] PageContent(PdfPage page)
    {
        var contents = PdfItems.Get(page, "/Contents");
        if (contents is PdfDictionary single)
        {
            return PdfItems.StreamBytes(single) ?? [];
        }

        if (contents is not PdfArray parts)
        {
            return [];
        }

        // Streams of one page are one content stream split anywhere (even inside a token): join with a newline.
        using var joined = new MemoryStream();
        for (int i = 0; i < parts.Elements.Count; i++)
        {
            if (PdfItems.StreamBytes(PdfItems.Dictionary(PdfItems.At(parts, i))) is { } bytes)
            {
                joined.Write(bytes);
                joined.WriteByte((byte)'\n');
            }
        }

        return joined.ToArray();
    }

    private static PdfDictionary? PageResources(PdfPage page)
    {
        // /Resources is inheritable from the page tree.
        PdfDictionary? node = page;
        for (int i = 0; i < 32 && node is not null; i++)
        {
            if (PdfItems.Dictionary(node, "/Resources") is { } resources)
            {
                return resources;
            }

            node = PdfItems.Dictionary(node, "/Parent");
        }

        return null;
    }

    private static (double, double, double, double)? PageBounds(PdfPage page)
    {
        PdfDictionary? node = page;
        for (int i = 0; i < 32 && node is not null; i++)
        {
            if (PdfItems.Array(node, "/MediaBox") is { Elements.Count: 4 } box
                && PdfItems.Number(PdfItems.At(box, 0)) is double x1 && PdfItems.Number(PdfItems.At(box, 1)) is double y1
                && PdfItems.Number(PdfItems.At(box, 2)) is double x2 && PdfItems.Number(PdfItems.At(box, 3)) is double y2)
            {
                return (Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
            }

            node = PdfItems.Dictionary(node, "/Parent");
        }

        return null;
    }

    private static double Num(List<object> operands, int index) =>
        index >= 0 && index < operands.Count && operands[index] is double value ? value : 0;

    private static string? Str(object? operand) => operand is string s ? (s.Length > MaxStringLength ? s[..MaxStringLength] : s) : null;

    private void Run(byte[] content, PdfDictionary? resources, int depth)
    {
        ContentParser.Parse(content, (op, operands) =>
        {
            if (Truncated)
            {
                return;
            }

            if (++_operators > MaxOperatorsPerPage || _glyphs.Count > MaxGlyphsPerPage)
            {
                Truncated = true;
                return;
            }

            if ((_operators & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            Execute(op, operands, resources, depth);
        }, _cancellationToken);
    }

    private void Execute(string op, List<object> operands, PdfDictionary? resources, int depth)
    {
        switch (op)
        {
            case "q":
                if (_saved.Count < MaxStateDepth)
                {
                    _saved.Push(_state);
                }

                break;
            case "Q":
                if (_saved.Count > 0)
                {
                    _state = _saved.Pop();
                }

                break;
            case "cm" when operands.Count >= 6:
                var cm = new PdfMatrix(Num(operands, 0), Num(operands, 1), Num(operands, 2), Num(operands, 3), Num(operands, 4), Num(operands, 5));
                _state = _state with { Ctm = cm.Multiply(_state.Ctm) };
                break;
            case "BT":
                _textMatrix = _lineMatrix = PdfMatrix.Identity;
                break;
            case "Tf" when operands.Count >= 2:
                var fontDict = operands[0] is ContentName name ? PdfItems.Dictionary(PdfItems.Dictionary(resources, "/Font"), name.Name) : null;
                _state = _state with { Font = _fonts.Get(fontDict), FontSize = Num(operands, 1) };
                break;
            case "Tc":
                _state = _state with { CharSpacing = Num(operands, 0) };
                break;
            case "Tw":
                _state = _state with { WordSpacing = Num(operands, 0) };
                break;
            case "Tz":
                _state = _state with { HorizontalScale = Num(operands, 0) / 100.0 };
                break;
            case "TL":
                _state = _state with { Leading = Num(operands, 0) };
                break;
            case "Ts":
                _state = _state with { Rise = Num(operands, 0) };
                break;
            case "Td":
                MoveLine(Num(operands, 0), Num(operands, 1));
                break;
            case "TD":
                _state = _state with { Leading = -Num(operands, 1) };
                MoveLine(Num(operands, 0), Num(operands, 1));
                break;
            case "Tm" when operands.Count >= 6:
                _textMatrix = _lineMatrix = new PdfMatrix(Num(operands, 0), Num(operands, 1), Num(operands, 2), Num(operands, 3), Num(operands, 4), Num(operands, 5));
                break;
            case "T*":
                MoveLine(0, -_state.Leading);
                break;
            case "Tj":
                Show(operands.Count > 0 ? operands[^1] : null);
                break;
            case "'":
                MoveLine(0, -_state.Leading);
                Show(operands.Count > 0 ? operands[^1] : null);
                break;
            case "\"" when operands.Count >= 3:
                _state = _state with { WordSpacing = Num(operands, 0), CharSpacing = Num(operands, 1) };
                MoveLine(0, -_state.Leading);
                Show(operands[2]);
                break;
            case "TJ":
                Show(operands.Count > 0 ? operands[^1] : null);
                break;
            case "Do" when operands.Count > 0 && operands[0] is ContentName xname:
                RunForm(PdfItems.Dictionary(PdfItems.Dictionary(resources, "/XObject"), xname.Name), resources, depth);
                break;
        }
    }

    private void MoveLine(double tx, double ty)
    {
        _lineMatrix = PdfMatrix.Translation(tx, ty).Multiply(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private void RunForm(PdfDictionary? form, PdfDictionary? parentResources, int depth)
    {
        if (form is null || PdfItems.Name(form, "/Subtype") != "/Form" || depth >= MaxFormDepth || !_activeForms.Add(form))
        {
            return;
        }

        try
        {
            var bytes = PdfItems.StreamBytes(form);
            if (bytes is null || bytes.Length == 0)
            {
                return;
            }

            var saved = _state;
            var savedText = (_textMatrix, _lineMatrix);
            if (PdfItems.Array(form, "/Matrix") is { Elements.Count: 6 } m)
            {
                var matrix = new PdfMatrix(
                    PdfItems.Number(PdfItems.At(m, 0)) ?? 1, PdfItems.Number(PdfItems.At(m, 1)) ?? 0,
                    PdfItems.Number(PdfItems.At(m, 2)) ?? 0, PdfItems.Number(PdfItems.At(m, 3)) ?? 1,
                    PdfItems.Number(PdfItems.At(m, 4)) ?? 0, PdfItems.Number(PdfItems.At(m, 5)) ?? 0);
                _state = _state with { Ctm = matrix.Multiply(_state.Ctm) };
            }

            int savedDepth = _saved.Count;
            Run(bytes, PdfItems.Dictionary(form, "/Resources") ?? parentResources, depth + 1);
            while (_saved.Count > savedDepth)
            {
                _saved.Pop();
            }

            _state = saved;
            (_textMatrix, _lineMatrix) = savedText;
        }
        finally
        {
            _activeForms.Remove(form);
        }
    }

    private void Show(object? operand)
    {
        var font = _state.Font ?? _fonts.Get(null);
        var device = _textMatrix.Multiply(_state.Ctm);
        if (!device.IsFinite)
        {
            return;
        }

        double fontSize = _state.FontSize;
        double th = _state.HorizontalScale;
        double size = Math.Abs(fontSize) * device.VerticalScale;
        int rotation = QuarterTurns(device.A, device.B);
        double advance = 0;
        if (operand is List<object> array)
        {
            foreach (var element in array)
            {
                if (element is string text)
                {
                    advance = ShowString(Str(text)!, font, device, advance, size, rotation);
                }
                else if (element is double n)
                {
                    advance -= n / 1000.0 * fontSize * th;
                }
            }
        }
        else if (Str(operand) is { } text)
        {
            advance = ShowString(text, font, device, advance, size, rotation);
        }

        _textMatrix = PdfMatrix.Translation(advance, 0).Multiply(_textMatrix);
    }

    private double ShowString(string bytes, PdfFont font, PdfMatrix device, double advance, double size, int rotation)
    {
        var state = _state;
        double th = state.HorizontalScale;
        int pos = 0;
        while (pos < bytes.Length)
        {
            int length = font.NextCode(bytes, pos, out uint code);
            if (length <= 0)
            {
                break;
            }

            pos += length;
            var glyph = font.Glyph(code, length);
            double glyphWidth = glyph.Advance * state.FontSize * th;
            double step = glyphWidth + ((state.CharSpacing + (glyph.IsWordSpace ? state.WordSpacing : 0)) * th);
            if (glyph.Text.Length > 0 && _glyphs.Count <= MaxGlyphsPerPage)
            {
                var (x0, y0) = device.Transform(advance, state.Rise);
                var (x1, y1) = device.Transform(advance + glyphWidth, state.Rise);
                if (Inside(x0, y0))
                {
                    var (cx0, cy0) = Turn(x0, y0, rotation);
                    var (cx1, _) = Turn(x1, y1, rotation);
                    _glyphs.Add(new TextGlyph(glyph.Text, cx0, Math.Max(cx0, cx1), cy0, size, rotation, font.IsBold));
                }
            }

            advance += step;
        }

        return advance;
    }

    private bool Inside(double x, double y)
    {
        if (_bounds is not { } b)
        {
            return true;
        }

        const double slack = 4;
        return x >= b.X1 - slack && x <= b.X2 + slack && y >= b.Y1 - slack && y <= b.Y2 + slack;
    }

    private static int QuarterTurns(double a, double b)
    {
        if (a == 0 && b == 0)
        {
            return 0;
        }

        double angle = Math.Atan2(b, a) * 180 / Math.PI;
        int turns = (int)Math.Round(angle / 90.0);
        return ((turns % 4) + 4) % 4;
    }

    private static (double X, double Y) Turn(double x, double y, int rotation) => rotation switch
    {
        1 => (y, -x),
        2 => (-x, -y),
        3 => (-y, x),
        _ => (x, y),
    };
}
