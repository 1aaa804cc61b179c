namespace PolicyLint.Rules.Text;

/// <summary>
/// The Snowball English ("Porter2") stemming algorithm, as published by Martin Porter:
/// exceptional forms, apostrophe handling, <c>Y</c> marking, regions R1 and R2 (with the
/// <c>gener</c>/<c>commun</c>/<c>arsen</c> exceptions) and steps 0, 1a, 1b, 1c, 2, 3, 4 and 5.
/// </summary>
/// <remarks>
/// The stemmer keeps no state between calls and is safe to use from any number of threads.
/// It works on a single stack (or, for very long words, heap) character buffer and allocates
/// only the returned string, and not even that when the word comes back unchanged.
/// </remarks>
public static class EnglishStemmer
{
    // Longest words stemmed on the stack; longer ones use a heap buffer.
    private const int StackLimit = 64;

    // Suffix tables, each ordered longest first so that the first match is the longest one,
    // as the algorithm requires. A suffix that matches but fails its condition is NOT followed
    // by a try of a shorter suffix: the step simply does nothing.
    private static readonly string[] Step0Suffixes = ["'s'", "'s", "'"];
    private static readonly string[] Step1aSuffixes = ["sses", "ied", "ies", "us", "ss", "s"];
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    private static readonly string[] Step2Suffixes =
    [
        "ational", "fulness", "ousness", "iveness", "ization",
        "tional", "biliti", "lessli",
        "entli", "ation", "alism", "aliti", "ousli", "iviti", "fulli",
        "enci", "anci", "abli", "izer", "ator", "alli",
        "bli", "ogi",
        "li",
    ];

    private static readonly string[] Step3Suffixes =
        ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step4Suffixes =
    [
        "ement",
        "ance", "ence", "able", "ible", "ment",
        "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion",
        "al", "er", "ic",
    ];

    /// <summary>Returns the Porter2 stem of one lower-case English word.</summary>
    /// <param name="word">The word, already lower-cased by the caller. Words of one or two
    /// characters are returned unchanged. Characters other than <c>a</c>–<c>z</c> and the
    /// apostrophe are treated as consonants; they never cause an exception.</param>
    /// <returns>The stem. When the algorithm changes nothing, <paramref name="word"/> itself.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        string? exceptional = ExceptionalForm(word);
        if (exceptional is not null)
        {
            return exceptional;
        }

        if (word.Length <= 2)
        {
            return word;
        }

        // The stem is never longer than the word: every step that appends removes more first.
        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        var w = new Word(buffer, word.Length);

        bool yFound = w.Prelude();
        w.MarkRegions();

        w.Step0();
        w.Step1a();
        if (!w.IsInvariantAfterStep1a())
        {
            w.Step1b();
            w.Step1c();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }

        if (yFound)
        {
            w.Postlude();
        }

        ReadOnlySpan<char> stem = w.Text;
        return stem.SequenceEqual(word) ? word : new string(stem);
    }

    /// <summary>The whole-word exceptions checked before anything else; null when none applies.</summary>
    private static string? ExceptionalForm(string word) => word switch
    {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
        _ => null,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsValidLiEnding(char c) =>
        c is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't';

    /// <summary>A word being stemmed: a character buffer, its current length and its regions.</summary>
    private ref struct Word
    {
        private readonly Span<char> _buffer;
        private int _length;

        // Start of R1 and R2. They are fixed once marked: later steps only change the text
        // after them, and a region that starts at or past the end is empty.
        private int _r1;
        private int _r2;

        public Word(Span<char> buffer, int length)
        {
            _buffer = buffer;
            _length = length;
            _r1 = length;
            _r2 = length;
        }

        public readonly ReadOnlySpan<char> Text => _buffer[.._length];

        /// <summary>Removes one initial apostrophe and marks consonant-y as <c>Y</c>.</summary>
        /// <returns>True when at least one <c>Y</c> was marked.</returns>
        public bool Prelude()
        {
            if (_length > 0 && _buffer[0] == '\'')
            {
                _buffer[1.._length].CopyTo(_buffer);
                _length--;
            }

            bool found = false;
            if (_length > 0 && _buffer[0] == 'y')
            {
                _buffer[0] = 'Y';
                found = true;
            }

            // Left to right, so a marked Y no longer counts as a vowel for the next y ("sayyid").
            for (int i = 1; i < _length; i++)
            {
                if (_buffer[i] == 'y' && IsVowel(_buffer[i - 1]))
                {
                    _buffer[i] = 'Y';
                    found = true;
                }
            }

            return found;
        }

        /// <summary>Sets R1 and R2: each begins after the first non-vowel that follows a vowel.</summary>
        public void MarkRegions()
        {
            ReadOnlySpan<char> text = Text;
            if (text.StartsWith("gener", StringComparison.Ordinal) || text.StartsWith("arsen", StringComparison.Ordinal))
            {
                _r1 = 5;
            }
            else if (text.StartsWith("commun", StringComparison.Ordinal))
            {
                _r1 = 6;
            }
            else
            {
                _r1 = RegionAfter(text, 0);
            }

            _r2 = RegionAfter(text, _r1);
        }

        private static int RegionAfter(ReadOnlySpan<char> text, int start)
        {
            int i = start;
            while (i < text.Length && !IsVowel(text[i]))
            {
                i++;
            }

            while (i < text.Length && IsVowel(text[i]))
            {
                i++;
            }

            return i < text.Length ? i + 1 : text.Length;
        }

        /// <summary>Step 0: removes the longest of <c>'s'</c>, <c>'s</c> and <c>'</c>.</summary>
        public void Step0()
        {
            string? suffix = FindSuffix(Step0Suffixes);
            if (suffix is not null)
            {
                _length -= suffix.Length;
            }
        }

        /// <summary>Step 1a: plural endings <c>sses</c>, <c>ied</c>, <c>ies</c> and <c>s</c>.</summary>
        public void Step1a()
        {
            string? suffix = FindSuffix(Step1aSuffixes);
            switch (suffix)
            {
                case "sses":
                    _length -= 2;
                    break;
                case "ied":
                case "ies":
                    // "i" when more than one letter precedes (cries -> cri), else "ie" (ties -> tie).
                    _length -= _length - 3 >= 2 ? 2 : 1;
                    break;
                case "s":
                    // Delete if a vowel occurs before the letter immediately preceding the s.
                    if (ContainsVowel(0, _length - 2))
                    {
                        _length--;
                    }

                    break;
                default:
                    // "us", "ss" and no match: nothing to do.
                    break;
            }
        }

        /// <summary>The exceptional forms that, once step 1a is done, are left as they are.</summary>
        public readonly bool IsInvariantAfterStep1a() => Text switch
        {
            "inning" or "outing" or "canning" or "herring" or "earring"
                or "proceed" or "exceed" or "succeed" => true,
            _ => false,
        };

        /// <summary>Step 1b: <c>eed</c>, <c>eedly</c>, <c>ed</c>, <c>edly</c>, <c>ing</c>, <c>ingly</c>.</summary>
        public void Step1b()
        {
            string? suffix = FindSuffix(Step1bSuffixes);
            if (suffix is null)
            {
                return;
            }

            int start = _length - suffix.Length;
            if (suffix is "eedly" or "eed")
            {
                if (start >= _r1)
                {
                    _length = start + 2; // keep "ee"
                }

                return;
            }

            if (!ContainsVowel(0, start))
            {
                return;
            }

            _length = start;
            ReadOnlySpan<char> text = Text;
            if (text.EndsWith("at", StringComparison.Ordinal)
                || text.EndsWith("bl", StringComparison.Ordinal)
                || text.EndsWith("iz", StringComparison.Ordinal))
            {
                Append('e');
            }
            else if (EndsWithUndoubledPair())
            {
                _length--;
            }
            else if (IsShortWord())
            {
                Append('e');
            }
        }

        /// <summary>Step 1c: final <c>y</c>/<c>Y</c> after a non-vowel that is not the first letter becomes <c>i</c>.</summary>
        public void Step1c()
        {
            if (_length < 3)
            {
                return;
            }

            char last = _buffer[_length - 1];
            if ((last == 'y' || last == 'Y') && !IsVowel(_buffer[_length - 2]))
            {
                _buffer[_length - 1] = 'i';
            }
        }

        /// <summary>Step 2: derivational suffixes in R1 (<c>ational</c> → <c>ate</c>, <c>li</c> deleted, …).</summary>
        public void Step2()
        {
            string? suffix = FindSuffix(Step2Suffixes);
            if (suffix is null)
            {
                return;
            }

            int start = _length - suffix.Length;
            if (start < _r1)
            {
                return;
            }

            switch (suffix)
            {
                case "tional": Replace(start, "tion"); break;
                case "enci": Replace(start, "ence"); break;
                case "anci": Replace(start, "ance"); break;
                case "abli": Replace(start, "able"); break;
                case "entli": Replace(start, "ent"); break;
                case "izer" or "ization": Replace(start, "ize"); break;
                case "ational" or "ation" or "ator": Replace(start, "ate"); break;
                case "alism" or "aliti" or "alli": Replace(start, "al"); break;
                case "fulness": Replace(start, "ful"); break;
                case "ousli" or "ousness": Replace(start, "ous"); break;
                case "iveness" or "iviti": Replace(start, "ive"); break;
                case "biliti" or "bli": Replace(start, "ble"); break;
                case "ogi":
                    if (start > 0 && _buffer[start - 1] == 'l')
                    {
                        Replace(start, "og");
                    }

                    break;
                case "fulli": Replace(start, "ful"); break;
                case "lessli": Replace(start, "less"); break;
                case "li":
                    if (start > 0 && IsValidLiEnding(_buffer[start - 1]))
                    {
                        _length = start;
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>Step 3: suffixes in R1 such as <c>alize</c>, <c>icate</c>, <c>ful</c>, <c>ness</c>; <c>ative</c> in R2.</summary>
        public void Step3()
        {
            string? suffix = FindSuffix(Step3Suffixes);
            if (suffix is null)
            {
                return;
            }

            int start = _length - suffix.Length;
            if (start < _r1)
            {
                return;
            }

            switch (suffix)
            {
                case "tional": Replace(start, "tion"); break;
                case "ational": Replace(start, "ate"); break;
                case "alize": Replace(start, "al"); break;
                case "icate" or "iciti" or "ical": Replace(start, "ic"); break;
                case "ful" or "ness": _length = start; break;
                case "ative":
                    if (start >= _r2)
                    {
                        _length = start;
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>Step 4: suffixes deleted when in R2; <c>ion</c> only after <c>s</c> or <c>t</c>.</summary>
        public void Step4()
        {
            string? suffix = FindSuffix(Step4Suffixes);
            if (suffix is null)
            {
                return;
            }

            int start = _length - suffix.Length;
            if (start < _r2)
            {
                return;
            }

            if (suffix == "ion" && (start == 0 || _buffer[start - 1] is not ('s' or 't')))
            {
                return;
            }

            _length = start;
        }

        /// <summary>Step 5: a final <c>e</c> in R2, or in R1 after no short syllable; a final <c>l</c> in R2 after <c>l</c>.</summary>
        public void Step5()
        {
            if (_length == 0)
            {
                return;
            }

            int start = _length - 1;
            switch (_buffer[start])
            {
                case 'e':
                    if (start >= _r2 || (start >= _r1 && !EndsInShortSyllable(start)))
                    {
                        _length = start;
                    }

                    break;
                case 'l':
                    if (start >= _r2 && start > 0 && _buffer[start - 1] == 'l')
                    {
                        _length = start;
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>Turns every marked <c>Y</c> back into <c>y</c>.</summary>
        public readonly void Postlude()
        {
            Span<char> text = _buffer[.._length];
            text.Replace('Y', 'y');
        }

        private readonly string? FindSuffix(string[] suffixes)
        {
            ReadOnlySpan<char> text = Text;
            foreach (string suffix in suffixes)
            {
                if (text.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return suffix;
                }
            }

            return null;
        }

        private readonly bool ContainsVowel(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (IsVowel(_buffer[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the word ends in bb, dd, ff, gg, mm, nn, pp, rr or tt.</summary>
        private readonly bool EndsWithUndoubledPair()
        {
            if (_length < 2)
            {
                return false;
            }

            char last = _buffer[_length - 1];
            return last == _buffer[_length - 2]
                && last is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';
        }

        /// <summary>
        /// True when the text before <paramref name="end"/> ends in a short syllable: a non-vowel
        /// other than w, x or Y after a vowel after a non-vowel; or a non-vowel after a vowel
        /// that starts the word.
        /// </summary>
        private readonly bool EndsInShortSyllable(int end)
        {
            if (end < 2 || IsVowel(_buffer[end - 1]) || !IsVowel(_buffer[end - 2]))
            {
                return false;
            }

            if (end == 2)
            {
                return true;
            }

            return _buffer[end - 1] is not ('w' or 'x' or 'Y') && !IsVowel(_buffer[end - 3]);
        }

        /// <summary>A word is short when R1 is empty and it ends in a short syllable.</summary>
        private readonly bool IsShortWord() => _r1 == _length && EndsInShortSyllable(_length);

        private void Append(char c)
        {
            _buffer[_length] = c;
            _length++;
        }

        private void Replace(int start, string replacement)
        {
            replacement.AsSpan().CopyTo(_buffer[start..]);
            _length = start + replacement.Length;
        }
    }
}
