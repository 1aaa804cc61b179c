using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

public class EnglishStemmerTests
{
    // Pairs from the published Snowball English (Porter2) sample vocabulary and its stemmed
    // output, each also checked by hand against the algorithm's rules.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consist", "consist")]
    [InlineData("consisted", "consist")]
    [InlineData("consistency", "consist")]
    [InlineData("consistent", "consist")]
    [InlineData("consistently", "consist")]
    [InlineData("consisting", "consist")]
    [InlineData("consists", "consist")]
    [InlineData("consolation", "consol")]
    [InlineData("consolations", "consol")]
    [InlineData("consolatory", "consolatori")]
    [InlineData("console", "consol")]
    [InlineData("consoled", "consol")]
    [InlineData("consoles", "consol")]
    [InlineData("consolidate", "consolid")]
    [InlineData("consolidated", "consolid")]
    [InlineData("consolidating", "consolid")]
    [InlineData("consoling", "consol")]
    [InlineData("consolingly", "consol")]
    [InlineData("consols", "consol")]
    [InlineData("consonant", "conson")]
    [InlineData("consort", "consort")]
    [InlineData("consorted", "consort")]
    [InlineData("consorting", "consort")]
    [InlineData("conspicuous", "conspicu")]
    [InlineData("conspicuously", "conspicu")]
    [InlineData("conspiracy", "conspiraci")]
    [InlineData("conspirator", "conspir")]
    [InlineData("conspirators", "conspir")]
    [InlineData("conspire", "conspir")]
    [InlineData("conspired", "conspir")]
    [InlineData("conspiring", "conspir")]
    [InlineData("constable", "constabl")]
    [InlineData("constables", "constabl")]
    [InlineData("constance", "constanc")]
    [InlineData("constancy", "constanc")]
    [InlineData("constant", "constant")]
    [InlineData("knack", "knack")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("knaves", "knave")]
    [InlineData("knavish", "knavish")]
    [InlineData("kneaded", "knead")]
    [InlineData("kneading", "knead")]
    [InlineData("knee", "knee")]
    [InlineData("kneel", "kneel")]
    [InlineData("kneeled", "kneel")]
    [InlineData("kneeling", "kneel")]
    [InlineData("kneels", "kneel")]
    [InlineData("knees", "knee")]
    [InlineData("knell", "knell")]
    [InlineData("knelt", "knelt")]
    [InlineData("knew", "knew")]
    [InlineData("knick", "knick")]
    [InlineData("knif", "knif")]
    [InlineData("knife", "knife")]
    [InlineData("knight", "knight")]
    [InlineData("knightly", "knight")]
    [InlineData("knights", "knight")]
    [InlineData("knit", "knit")]
    [InlineData("knits", "knit")]
    [InlineData("knitted", "knit")]
    [InlineData("knitting", "knit")]
    [InlineData("knives", "knive")]
    [InlineData("knob", "knob")]
    [InlineData("knobs", "knob")]
    [InlineData("knock", "knock")]
    [InlineData("knocked", "knock")]
    [InlineData("knocker", "knocker")]
    [InlineData("knockers", "knocker")]
    [InlineData("knocking", "knock")]
    [InlineData("knocks", "knock")]
    [InlineData("knopp", "knopp")]
    [InlineData("knot", "knot")]
    [InlineData("knots", "knot")]
    [InlineData("abed", "abe")]
    [InlineData("abeyance", "abey")]
    [InlineData("abominably", "abomin")]
    [InlineData("absurdities", "absurd")]
    [InlineData("accountabilities", "account")]
    [InlineData("acknowledgement", "acknowledg")]
    [InlineData("added", "ad")]              // original Porter2 undoubles dd; Snowball 2.x later keeps "add"
    [InlineData("adding", "ad")]
    [InlineData("adds", "add")]
    [InlineData("mellifluousness", "melliflu")]
    [InlineData("mesalliance", "mesalli")]
    [InlineData("meteorological", "meteorolog")]
    [InlineData("michell", "michel")]
    [InlineData("mindedness", "minded")]
    [InlineData("misdeed", "misde")]
    [InlineData("mistily", "mistili")]
    [InlineData("mismanagement", "mismanag")]
    public void StemsPublishedVocabulary(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    // Worked examples from the algorithm's description, one or more per rule.
    [Theory]
    [InlineData("ties", "tie")]             // 1a: ies after one letter -> ie
    [InlineData("cries", "cri")]            // 1a: ies after two letters -> i
    [InlineData("tied", "tie")]
    [InlineData("caresses", "caress")]      // 1a: sses -> ss
    [InlineData("gas", "gas")]              // 1a: s kept, the only vowel is just before it
    [InlineData("gaps", "gap")]
    [InlineData("kiwis", "kiwi")]
    [InlineData("this", "this")]
    [InlineData("bus", "bus")]              // 1a: us kept
    [InlineData("class", "class")]          // 1a: ss kept
    [InlineData("bleed", "bleed")]          // 1b: eed not in R1, and no fall back to ed
    [InlineData("agreed", "agre")]          // 1b: eed in R1 -> ee; 5: e in R1 after no short syllable
    [InlineData("feed", "feed")]
    [InlineData("luxuriating", "luxuri")]   // 1b: at -> ate; 4: ate deleted in R2
    [InlineData("hopping", "hop")]          // 1b: undouble
    [InlineData("hoping", "hope")]          // 1b: short word gets e
    [InlineData("hoped", "hope")]
    [InlineData("sing", "sing")]            // 1b: no vowel before ing
    [InlineData("crying", "cri")]           // 1b then 1c
    [InlineData("cry", "cri")]              // 1c
    [InlineData("say", "say")]              // 1c: y after a vowel is Y, kept
    [InlineData("boys", "boy")]
    [InlineData("youth", "youth")]          // initial y marked Y, restored by the postlude
    [InlineData("sayyid", "sayyid")]
    [InlineData("generously", "generous")]  // R1 after "gener"
    [InlineData("generate", "generat")]
    [InlineData("communism", "communism")]  // R1 after "commun"
    [InlineData("arsenic", "arsenic")]      // R1 after "arsen"
    [InlineData("arsenal", "arsenal")]
    [InlineData("archaeology", "archaeolog")] // 2: ogi after l -> og
    [InlineData("analogies", "analog")]
    [InlineData("happily", "happili")]      // 2: li after i is not a valid li-ending
    [InlineData("demonstrative", "demonstr")] // 3: ative in R2
    [InlineData("formative", "format")]     // 3: ative in R1 only, kept; 4: ive
    [InlineData("hopeful", "hope")]         // 3: ful; 5: e in R1 kept after a short syllable
    [InlineData("goodness", "good")]
    [InlineData("electrical", "electr")]    // 3: ical -> ic; 4: ic in R2
    [InlineData("adoption", "adopt")]       // 4: ion after t
    [InlineData("controll", "control")]     // 5: ll in R2
    [InlineData("dog's", "dog")]            // 0: 's
    [InlineData("dogs'", "dog")]            // 0: '
    [InlineData("'dog", "dog")]             // initial apostrophe
    public void AppliesEachRule(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Theory]
    [InlineData("skis", "ski")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("lying", "lie")]
    [InlineData("tying", "tie")]
    [InlineData("idly", "idl")]
    [InlineData("gently", "gentl")]
    [InlineData("ugly", "ugli")]
    [InlineData("early", "earli")]
    [InlineData("only", "onli")]
    [InlineData("singly", "singl")]
    [InlineData("sky", "sky")]
    [InlineData("news", "news")]
    [InlineData("howe", "howe")]
    [InlineData("atlas", "atlas")]
    [InlineData("cosmos", "cosmos")]
    [InlineData("bias", "bias")]
    [InlineData("andes", "andes")]
    public void ExceptionalForms(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Theory]
    [InlineData("inning", "inning")]
    [InlineData("innings", "inning")]
    [InlineData("outing", "outing")]
    [InlineData("outings", "outing")]
    [InlineData("canning", "canning")]
    [InlineData("cannings", "canning")]
    [InlineData("herring", "herring")]
    [InlineData("herrings", "herring")]
    [InlineData("earring", "earring")]
    [InlineData("earrings", "earring")]
    [InlineData("proceed", "proceed")]
    [InlineData("proceeds", "proceed")]
    [InlineData("exceed", "exceed")]
    [InlineData("exceeds", "exceed")]
    [InlineData("succeed", "succeed")]
    [InlineData("succeeds", "succeed")]
    public void ExceptionalFormsAfterStep1a(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    // Domain words the rules match on; each result worked out by hand from the algorithm.
    [Theory]
    [InlineData("manage", "manag")]
    [InlineData("managing", "manag")]
    [InlineData("managed", "manag")]
    [InlineData("management", "manag")]
    [InlineData("manages", "manag")]
    [InlineData("restrain", "restrain")]
    [InlineData("restraint", "restraint")]
    [InlineData("restraints", "restraint")]
    [InlineData("restraining", "restrain")]
    [InlineData("restrained", "restrain")]
    [InlineData("aggression", "aggress")]
    [InlineData("aggressive", "aggress")]
    [InlineData("violence", "violenc")]
    [InlineData("violent", "violent")]
    [InlineData("certify", "certifi")]
    [InlineData("certified", "certifi")]
    [InlineData("certification", "certif")]
    [InlineData("record", "record")]
    [InlineData("recording", "record")]
    [InlineData("recorded", "record")]
    [InlineData("train", "train")]
    [InlineData("training", "train")]
    [InlineData("trained", "train")]
    [InlineData("debrief", "debrief")]
    [InlineData("debriefing", "debrief")]
    public void StemsDomainVocabulary(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("y")]
    [InlineData("is")]
    [InlineData("as")]
    [InlineData("by")]
    [InlineData("'s")]
    [InlineData("''")]
    [InlineData("42")]
    public void ReturnsShortWordsUnchangedAndIsStableOnThem(string word)
    {
        string once = EnglishStemmer.Stem(word);

        Assert.Equal(word, once);
        Assert.Equal(once, EnglishStemmer.Stem(once));
    }

    [Theory]
    [InlineData("'", "'")]
    [InlineData("'''", "'")]               // one initial apostrophe removed, then step 0 removes one more
    [InlineData("'s'", "s")]
    [InlineData("o'clock", "o'clock")]
    [InlineData("isn't", "isn't")]
    [InlineData("2024", "2024")]
    [InlineData("1990s", "1990s")]
    [InlineData("covid19", "covid19")]
    [InlineData("4th", "4th")]
    [InlineData("b12s", "b12s")]
    [InlineData("yyyy", "yyyi")]             // YyYy after marking; 1c turns the last y into i
    [InlineData("eeeeed", "eeeeed")]         // eed not in R1
    public void DoesNotThrowOnApostrophesDigitsOrOddWords(string word, string expected)
    {
        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Fact]
    public void HandlesWordsLongerThanTheStackBuffer()
    {
        // 103 letters: ing removed, "at" gets its e back, then ate is deleted in R2.
        string word = string.Concat(Enumerable.Repeat("consolidat", 10)) + "ing";
        string expected = string.Concat(Enumerable.Repeat("consolidat", 9)) + "consolid";

        Assert.Equal(expected, EnglishStemmer.Stem(word));
    }

    [Fact]
    public void ReturnsTheSameInstanceWhenNothingChanges()
    {
        string word = "knight";

        Assert.Same(word, EnglishStemmer.Stem(word));
    }

    [Fact]
    public void RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => EnglishStemmer.Stem(null!));
    }

    [Fact]
    public void IsSafeToCallFromManyThreads()
    {
        string[] words = ["consolidating", "knackeries", "management", "restraining", "certification", "crying"];
        string[] expected = words.Select(EnglishStemmer.Stem).ToArray();

        Parallel.For(0, 2000, i =>
        {
            int k = i % words.Length;
            Assert.Equal(expected[k], EnglishStemmer.Stem(words[k]));
        });
    }
}
