namespace PolicyLint.Readers.Pdf;

/// <summary>
/// One shown character code, placed on the page. Coordinates are in a frame turned so the text runs left to right
/// (<see cref="Rotation"/> quarter turns), with Y up: a line is a run of glyphs with nearly the same <see cref="Y"/>.
/// </summary>
internal readonly record struct TextGlyph(string Text, double X, double EndX, double Y, double Size, int Rotation, bool Bold);
