namespace PolicyLint.Readers.Pdf;

/// <summary>
/// What one character code of a font means: its text (empty when unknown, several characters for a ligature), its
/// advance in text space per unit of font size, and whether word spacing (Tw) applies to it (single-byte code 32).
/// </summary>
internal readonly record struct PdfGlyph(string Text, double Advance, bool IsWordSpace);
