using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace PolicyLint.Readers.Docx;

/// <summary>
/// List numbers as Word shows them, computed from numbering.xml: a paragraph's num instance points to an abstractNum
/// whose levels give the format (numFmt), the pattern (lvlText "%1.%2") and the start; the instance may override
/// levels and starts (lvlOverride). Counters advance in document order and deeper levels restart when a higher level
/// is used (lvlRestart). Instances sharing an abstractNum share counters unless they override a start, which is how
/// Word continues a list split into several instances and restarts one that says so.
/// The number text never lives in the runs, so this is the only way to know "3.2" or "a)".
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<string, XElement> _abstractById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XElement> _numById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);
    private readonly DocxStyles _styles;

    public DocxNumbering(XDocument? numbering, DocxStyles styles)
    {
        _styles = styles;
        if (numbering?.Root is null)
        {
            return;
        }

        foreach (var a in WordXml.Children(numbering.Root, "abstractNum"))
        {
            var id = WordXml.Attr(a, "abstractNumId");
            if (id is not null)
            {
                _abstractById.TryAdd(id, a);
            }
        }

        foreach (var n in WordXml.Children(numbering.Root, "num"))
        {
            var id = WordXml.Attr(n, "numId");
            if (id is not null)
            {
                _numById.TryAdd(id, n);
            }
        }
    }

    /// <summary>
    /// Advances the counters for a numbered paragraph and returns its number text ("3.2", "a)", "•"), or null when
    /// the paragraph is not numbered (no numPr, numId 0, an unknown instance, or an empty pattern).
    /// </summary>
    public string? NextMarker(XElement? pPr)
    {
        var numPr = WordXml.Child(pPr, "numPr");
        var numId = WordXml.Val(numPr, "numId");
        int? level = WordXml.IntAttr(WordXml.Child(numPr, "ilvl"), "val");
        string? styleId = null;
        if (numId is null)
        {
            var fromStyle = _styles.StyleNumbering(pPr);
            numId = fromStyle.NumId;
            level ??= fromStyle.Level;
            styleId = fromStyle.StyleId;
        }

        if (numId is null || numId == "0" || !_numById.TryGetValue(numId, out var num))
        {
            return null;
        }

        var abstractNum = ResolveAbstract(num);
        if (abstractNum is null)
        {
            return null;
        }

        // A style-linked list (heading styles) names the level through the level's own pStyle.
        level ??= FindLevelForStyle(abstractNum, styleId ?? _styles.EffectiveStyleId(pPr)) ?? 0;
        int ilvl = Math.Clamp(level.Value, 0, Levels - 1);

        var definitions = new LevelDefinition[Levels];
        for (int i = 0; i < Levels; i++)
        {
            definitions[i] = Definition(num, abstractNum, i);
        }

        bool ownCounters = WordXml.Children(num, "lvlOverride").Any(o => WordXml.Child(o, "startOverride") is not null || WordXml.Child(o, "lvl") is not null);
        string key = ownCounters ? "num:" + numId : "abs:" + WordXml.Attr(abstractNum, "abstractNumId");
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        counters[ilvl] = counters[ilvl] is int current ? current + 1 : definitions[ilvl].Start;
        for (int d = ilvl + 1; d < Levels; d++)
        {
            int? restart = definitions[d].Restart;
            if (restart is null || (restart.Value != 0 && ilvl < restart.Value))
            {
                counters[d] = null;
            }
        }

        var def = definitions[ilvl];
        if (def.Format == "bullet")
        {
            return BulletText(def.Text);
        }

        var text = new StringBuilder();
        var pattern = def.Text ?? string.Empty;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                int l = pattern[i + 1] - '1';
                int value = counters[l] ?? definitions[l].Start;
                text.Append(Format(value, def.IsLegal && l != ilvl ? "decimal" : definitions[l].Format));
                i++;
            }
            else
            {
                text.Append(pattern[i]);
            }
        }

        var marker = text.ToString().Trim();
        return marker.Length == 0 ? null : marker;
    }

    /// <summary>Formats one counter value in a numFmt; formats without a Latin rendering fall back to decimal.</summary>
    public static string Format(int value, string? format) => format switch
    {
        "none" => string.Empty,
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "ordinal" => value.ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string OrdinalSuffix(int value) => (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };

    // Word's letter numbering repeats the letter: 27 is "aa", 28 "bb".
    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        char letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                sb.Append(symbols[i]);
                value -= values[i];
            }
        }

        return sb.ToString();
    }

    // Bullets are often Symbol/Wingdings private-use characters (U+F0B7); they show as a bullet.
    private static string? BulletText(string? lvlText)
    {
        if (string.IsNullOrWhiteSpace(lvlText))
        {
            return "•";
        }

        var t = lvlText.Trim();
        return t.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : t;
    }

    private XElement? ResolveAbstract(XElement num)
    {
        var abstractId = WordXml.Val(num, "abstractNumId");
        if (abstractId is null || !_abstractById.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        // numStyleLink: the levels live in the abstractNum of the numbering style's own instance.
        var link = WordXml.Val(abstractNum, "numStyleLink");
        if (link is not null && !abstractNum.Elements().Any(e => WordXml.Is(e, "lvl")))
        {
            var linkedNumId = _styles.NumberingStyleNumId(link);
            if (linkedNumId is not null && _numById.TryGetValue(linkedNumId, out var linkedNum))
            {
                var linkedAbstractId = WordXml.Val(linkedNum, "abstractNumId");
                if (linkedAbstractId is not null && _abstractById.TryGetValue(linkedAbstractId, out var linked))
                {
                    return linked;
                }
            }
        }

        return abstractNum;
    }

    private static int? FindLevelForStyle(XElement abstractNum, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        foreach (var lvl in WordXml.Children(abstractNum, "lvl"))
        {
            if (WordXml.Val(lvl, "pStyle") == styleId)
            {
                return WordXml.IntAttr(lvl, "ilvl");
            }
        }

        return null;
    }

    private static LevelDefinition Definition(XElement num, XElement abstractNum, int ilvl)
    {
        string level = ilvl.ToString(CultureInfo.InvariantCulture);
        XElement? lvl = WordXml.Children(abstractNum, "lvl").FirstOrDefault(l => WordXml.Attr(l, "ilvl") == level);
        int? startOverride = null;
        foreach (var o in WordXml.Children(num, "lvlOverride"))
        {
            if (WordXml.Attr(o, "ilvl") != level)
            {
                continue;
            }

            startOverride = WordXml.IntAttr(WordXml.Child(o, "startOverride"), "val");
            lvl = WordXml.Child(o, "lvl") ?? lvl;
        }

        int start = startOverride ?? WordXml.IntAttr(WordXml.Child(lvl, "start"), "val") ?? 0;
        var restartElement = WordXml.Child(lvl, "lvlRestart");
        return new LevelDefinition(
            WordXml.Val(lvl, "numFmt") ?? "decimal",
            WordXml.Val(lvl, "lvlText"),
            start,
            restartElement is null ? null : WordXml.IntAttr(restartElement, "val"),
            WordXml.IsOn(WordXml.Child(lvl, "isLgl")));
    }
}
