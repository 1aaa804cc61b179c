namespace PolicyLint.Readers.Docx;

/// <summary>One list level as it applies to one num instance (abstract level with the instance's overrides applied).</summary>
/// <param name="Format">numFmt: decimal, lowerLetter, bullet…</param>
/// <param name="Text">lvlText, the pattern with %1..%9 placeholders (or the bullet character).</param>
/// <param name="Start">The first value of the level.</param>
/// <param name="Restart">lvlRestart: null restarts after any higher level, 0 never, n after level n.</param>
/// <param name="IsLegal">isLgl: higher levels are shown as decimal numbers.</param>
internal sealed record LevelDefinition(string Format, string? Text, int Start, int? Restart, bool IsLegal);
