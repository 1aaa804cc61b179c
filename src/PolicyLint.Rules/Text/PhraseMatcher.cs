namespace PolicyLint.Rules.Text;

/// <summary>
/// All rules' phrases compiled once into one matcher: phrases are indexed by what their first element accepts, so a
/// sentence is scanned once, token by token, trying only the phrases that can start there. Each phrase belongs to an
/// owner (a rule's registration); matches come back with the owner so the driver can dispatch them.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Compiled>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Compiled>> _byExact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<Compiled>> _byPrefix = [];

    /// <summary>Compiles phrases with their owners.</summary>
    public PhraseMatcher(IEnumerable<(Phrase Phrase, int Owner)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var (phrase, owner) in phrases)
        {
            var compiled = new Compiled(phrase, owner, Parse(phrase.Pattern));
            var first = compiled.Elements[0];
            if (first.Optional || first.Gap > 0)
            {
                throw new ArgumentException($"A phrase must start with a required word: '{phrase.Pattern}'.", nameof(phrases));
            }

            foreach (var alt in first.Alternatives)
            {
                switch (alt.Mode)
                {
                    case MatchMode.Stem: Add(_byStem, alt.Value, compiled); break;
                    case MatchMode.Exact: Add(_byExact, alt.Value, compiled); break;
                    default: AddPrefix(alt.Value, compiled); break;
                }
            }
        }
    }

    /// <summary>Number of compiled phrases' index entries (for tests).</summary>
    public int IndexSize => _byStem.Count + _byExact.Count + _byPrefix.Values.Sum(l => l.Count);

    /// <summary>Every match in <paramref name="tokens"/>, longest first at each start, as (owner, match).</summary>
    /// <remarks>
    /// Per token the work is a few dictionary lookups and the phrases they name: prefix phrases are indexed by their
    /// first letter, and candidates are kept distinct in a short list rather than a set built for every token.
    /// </remarks>
    public List<(int Owner, PhraseMatch Match)> Match(IReadOnlyList<Token> tokens)
    {
        var result = new List<(int, PhraseMatch)>();
        var candidates = new List<Compiled>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            candidates.Clear();
            if (_byStem.TryGetValue(token.Stem, out var s))
            {
                AddDistinct(candidates, s);
            }

            if (_byExact.TryGetValue(token.Lower, out var e))
            {
                AddDistinct(candidates, e);
            }

            if (Possessive.Is(token.Lower) && _byExact.TryGetValue(token.Lower[..^2], out var p))
            {
                AddDistinct(candidates, p);
            }

            if (token.Lower.Length > 0 && _byPrefix.TryGetValue(token.Lower[0], out var x))
            {
                AddDistinct(candidates, x);
            }

            foreach (var c in candidates)
            {
                if (!c.Elements[0].Accepts(token))
                {
                    continue;
                }

                int last = MatchFrom(c.Elements, 1, tokens, i + 1, i);
                if (last >= 0)
                {
                    var span = Syntax.TextSpan.FromBounds(token.Span.Start, tokens[last].Span.End);
                    result.Add((c.Owner, new PhraseMatch(c.Phrase, i, last, span)));
                }
            }
        }

        return result;
    }

    private static int MatchFrom(Element[] elements, int e, IReadOnlyList<Token> tokens, int t, int lastMatched)
    {
        if (e == elements.Length)
        {
            return lastMatched;
        }

        var el = elements[e];
        if (el.Gap > 0)
        {
            for (int skip = 0; skip <= el.Gap; skip++)
            {
                if (skip > 0 && (t + skip - 1 >= tokens.Count || IsBarrier(tokens[t + skip - 1])))
                {
                    break;
                }

                int r = MatchFrom(elements, e + 1, tokens, t + skip, skip > 0 ? t + skip - 1 : lastMatched);
                if (r >= 0)
                {
                    return r;
                }
            }

            return -1;
        }

        if (t < tokens.Count && el.Accepts(tokens[t]))
        {
            int r = MatchFrom(elements, e + 1, tokens, t + 1, t);
            if (r >= 0)
            {
                return r;
            }
        }

        return el.Optional ? MatchFrom(elements, e + 1, tokens, t, lastMatched) : -1;
    }

    private static bool IsBarrier(Token token) => token.Kind == TokenKind.Punctuation && token.Lower is "." or ";" or ":" or "(" or ")" or "?" or "!";

    private static void AddDistinct(List<Compiled> candidates, List<Compiled> more)
    {
        foreach (var c in more)
        {
            if (!candidates.Contains(c))
            {
                candidates.Add(c);
            }
        }
    }

    private void AddPrefix(string prefix, Compiled compiled)
    {
        // A prefix alternative is at least one letter long ("restrain*"); an empty one could never be written.
        if (!_byPrefix.TryGetValue(prefix[0], out var list))
        {
            _byPrefix[prefix[0]] = list = [];
        }

        if (!list.Contains(compiled))
        {
            list.Add(compiled);
        }
    }

    private static void Add(Dictionary<string, List<Compiled>> index, string key, Compiled compiled)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(compiled);
    }

    private static Element[] Parse(string pattern)
    {
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("Empty phrase pattern.", nameof(pattern));
        }

        return [.. parts.Select(ParseElement)];
    }

    private static Element ParseElement(string part)
    {
        if (part.Length > 1 && part[0] == '~' && int.TryParse(part.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int gap))
        {
            return new Element([], false, gap);
        }

        bool optional = part.Length > 1 && part[0] == '?';
        if (optional)
        {
            part = part[1..];
        }

        var alternatives = part.Split('|').Select(a =>
        {
            a = a.ToLowerInvariant();
            if (a.Length > 1 && a[0] == '?')
            {
                // "?a|?b" reads naturally as "optionally a or b"; before, every alternative after the first kept its
                // '?' and silently never matched. Accept it on an optional element, reject it anywhere else.
                if (!optional)
                {
                    throw new ArgumentException($"'?' makes the whole element optional: write '?{part.Replace("?", string.Empty, StringComparison.Ordinal)}', not '{part}'.", nameof(part));
                }

                a = a[1..];
            }

            if (a.Length > 1 && a[0] == '=')
            {
                return new Alternative(MatchMode.Exact, a[1..]);
            }

            if (a.Length > 1 && a[^1] == '*')
            {
                return new Alternative(MatchMode.Prefix, a[..^1]);
            }

            if (!char.IsLetterOrDigit(a[0]))
            {
                return new Alternative(MatchMode.Exact, a);
            }

            return new Alternative(MatchMode.Stem, EnglishStemmer.Stem(a));
        }).ToArray();
        return new Element(alternatives, optional, 0);
    }

    private enum MatchMode
    {
        Stem,
        Exact,
        Prefix,
    }

    private sealed record Alternative(MatchMode Mode, string Value);

    private sealed record Element(Alternative[] Alternatives, bool Optional, int Gap)
    {
        public bool Accepts(Token token)
        {
            foreach (var a in Alternatives)
            {
                bool ok = a.Mode switch
                {
                    MatchMode.Stem => token.Kind != TokenKind.Punctuation && token.Stem == a.Value,
                    MatchMode.Exact => token.Lower == a.Value || Possessive.IsPossessiveOf(token.Lower, a.Value),
                    _ => token.Kind != TokenKind.Punctuation && token.Lower.StartsWith(a.Value, StringComparison.Ordinal),
                };
                if (ok)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Compiled(Phrase phrase, int owner, Element[] elements)
    {
        public Phrase Phrase { get; } = phrase;

        public int Owner { get; } = owner;

        public Element[] Elements { get; } = elements;
    }
}
