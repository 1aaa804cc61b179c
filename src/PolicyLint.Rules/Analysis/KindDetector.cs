using System.Text.RegularExpressions;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// Guesses whether a document is a specification, a policy or something else from the way it speaks: a
/// specification places requirements on "the Provider" and talks of commissioners, contracts and tenders; a policy
/// speaks for the organisation ("this policy", "we will", "staff must"); letters, reports and guidance are "other", and
/// so is a document that hardly mentions restrictive practice (fewer than <see cref="MinTopicMentions"/> mentions).
/// When the counts leave the kind undecided, the learned clause model reads the prose (<see cref="KindModelCue"/>).
/// Transparent by design: the score of each cue, and the model's cue when it was asked, are visible in <see cref="Explain"/>.
/// </summary>
public static partial class KindDetector
{
    /// <summary>The detected kind.</summary>
    public static DocumentKind Detect(PolicyDocument document) => Explain(document).Kind;

    /// <summary>
    /// The detected kind with the cue counts behind it and, when the counts left it undecided, the learned model's cue
    /// (<see cref="KindModelCue"/>). The model is consulted only then, so the weights are never loaded for a document
    /// the cues decide clearly: a document about restrictive practice with too few cues of any kind; one with a
    /// policy's or specification's voice but too few of the words the topic cues know; and one that reads as a
    /// policy or specification but whose title cues (a cover sheet, "Report to the Board") say otherwise.
    /// </summary>
    public static KindExplanation Explain(PolicyDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Once per document: the engine detects the kind and `inspect` explains it, and the model must not read twice.
        return Explained.GetValue(document, Decide);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PolicyDocument, KindExplanation> Explained = [];

    private static KindExplanation Decide(PolicyDocument document)
    {
        var text = document.Text;
        int spec = 0, policy = 0, other = 0, mentions = 0, words = 0;
        Action[] counts =
        [
            () => spec = SpecificationCues().Count(text),
            () => policy = PolicyCues().Count(text),
            () => other = OtherCues().Count(text),
            () => mentions = TopicCues().Count(text),
            () => words = Math.Max(1, CountWords(text)),
        ];
        // Each count reads the whole text: on a long document they run side by side, one per core.
        if (text.Length >= AnalysisDocument.ParallelFromChars)
        {
            Parallel.Invoke(counts);
        }
        else
        {
            foreach (var count in counts)
            {
                count();
            }
        }

        // Titles weigh more: the first blocks usually say what the document is.
        var head = string.Join(' ', document.Blocks.Take(OpeningBlocks).Select(b => document.GetText(b.Span)));
        // The voice of the text itself, before the title's cues weigh in: a cover sheet can name a policy, not be one.
        int bodyVoice = Math.Max(spec, policy);
        if (SpecificationTitle().IsMatch(head))
        {
            spec += TitleWeight;
        }

        if (PolicyTitle().IsMatch(head))
        {
            policy += TitleWeight;
        }

        bool otherTitle = OtherTitle().IsMatch(head);
        if (otherTitle)
        {
            other += TitleWeight;
        }

        // A letter is a letter even when it discusses a contract or a policy: salutation and sign-off decide.
        bool letter = Salutation().IsMatch(text) && SignOff().IsMatch(text);

        // The required clauses are about restrictive practice: a policy or specification that hardly mentions it (a
        // fire-safety specification, a software project's contributor policy) is out of scope, not a weak document.
        bool onTopic = mentions >= MinTopicMentions && mentions * 1000.0 / words >= MinTopicPerThousandWords;
        int voice = Math.Max(spec, policy);
        // The kind the document's voice names when it is one at all: a specification on a tie, as below.
        var voiced = spec >= policy && spec > 0 ? DocumentKind.Specification : DocumentKind.Policy;

        DocumentKind kind;
        string? undecided = null;
        // Guidance about policies ("Guidance for … policy") is still guidance: on a tie, "other" wins.
        if (letter)
        {
            kind = DocumentKind.Other;
        }
        else if (!onTopic)
        {
            kind = DocumentKind.Other;
            if (voice >= MinVoiceCues && other < voice)
            {
                undecided = "a policy's or specification's voice, but few words the topic cues know";
            }
        }
        else if (other > 0 && other >= spec && other >= policy)
        {
            kind = DocumentKind.Other;
            // A cover sheet ("Report to the Quality Committee", "for approval") names something else; the body speaks as a
            // policy or specification and names nothing else.
            if (bodyVoice >= MinVoiceCues && other - (otherTitle ? TitleWeight : 0) < bodyVoice && OtherCuesOutsideOpening(document) == 0)
            {
                undecided = "the voice of a policy or specification behind a cover sheet or title that names something else";
            }
        }
        else if (spec >= MinVoiceCues && spec >= policy)
        {
            kind = DocumentKind.Specification;
        }
        else if (policy >= MinVoiceCues)
        {
            kind = DocumentKind.Policy;
        }
        else
        {
            kind = DocumentKind.Other;
            undecided = "about restrictive practice, but too few cues of any kind";
        }

        KindModelCue? model = null;
        if (undecided is not null)
        {
            model = KindModelCue.Read(document);
            if (model.StatesClauses)
            {
                kind = voiced;
            }
        }

        return new KindExplanation(kind, spec, policy, other) { TopicMentions = mentions, Letter = letter, Undecided = undecided, Model = model };
    }

    // The other cues outside the opening (the first blocks, a cover sheet's title, document-control and contents blocks).
    private static int OtherCuesOutsideOpening(PolicyDocument document) =>
        document.Blocks.Skip(OpeningBlocks)
            .Where(b => b.Role is not (BlockRole.Title or BlockRole.DocumentControl or BlockRole.Contents or BlockRole.PageFurniture))
            .Sum(b => OtherCues().Count(document.GetText(b.Span)));

    /// <summary>How many blocks open a document (its title and what stands with it): their cues count as titles.</summary>
    public const int OpeningBlocks = 4;

    /// <summary>How many cues of a policy's or specification's voice make the document one.</summary>
    public const int MinVoiceCues = 3;

    /// <summary>What a cue in the first blocks (the title) counts for.</summary>
    public const int TitleWeight = 5;

    /// <summary>How often a policy or specification must speak of restrictive practice to be checked as one.</summary>
    public const int MinTopicMentions = 3;

    /// <summary>
    /// How densely (mentions per thousand words) it must: a book on copyright law that speaks of "prior restraint" eight
    /// times in 100,000 words is not about restrictive practice.
    /// </summary>
    public const double MinTopicPerThousandWords = 0.5;

    // Restrictive practice by its names; not a bare "restriction", which software licences and building codes use too.
    [GeneratedRegex(@"\brestrain\w*|\brestraints?\b|\brestrictive (practices?|interventions?)|\bseclu(sion|ded)\b|\blong-term segregation|\bphysical interventions?\b|\buse of force\b|\bpositive behaviou?r(al)? support\b|\bde-?escalat\w*|\bbehaviou?rs? of concern\b|\bchallenging behaviou?r|\bblanket restrictions?\b|\bholds?\b(?= (are|is|may|must|should|will|used|that))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicCues();

    /// <summary>
    /// The number of runs of word characters (what <c>\w+</c> would match: letters, combining marks, digits and
    /// connectors), counted in one pass: on a long document a regex here cost as much as all the cue patterns.
    /// </summary>
    internal static int CountWords(string text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool word = char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 0x7F && IsWordCategory(char.GetUnicodeCategory(c)));
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    private static bool IsWordCategory(System.Globalization.UnicodeCategory category) => category is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter or
        System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter or
        System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    // Commissioners and contracts are talked about in guidance and letters too: only requirements placed on the
    // provider, and the names of commissioning documents, mark a specification.
    [GeneratedRegex(@"\b(the|a|each|all) providers?\s+(shall|must|will|should|is required|are required|is expected|are expected)|\bservice specification\b|\bthe (council|commissioner|ICB|authority) will\b|\bcontract (schedule|clause|term)s?\b|\btender\b|\bschedule \d|\bthe purchaser\b|\bkey performance indicators?\b|\bKPIs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecificationCues();

    [GeneratedRegex(@"\bthis (policy|procedure)\b|\bwe (will|are committed|aim)\b|\bour (staff|service|services|organisation|colleagues|homes?)\b|\bstaff (must|will)\b|\bpolicy statement\b|\bpolicy owner\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyCues();

    // Reports, statements, leaflets and prospectuses speak about restrictive practice without binding anyone to it.
    [GeneratedRegex(@"\bdear\b|\byours (sincerely|faithfully)\b|\bfreedom of information\b|\bthis (guidance|report|briefing|letter|document sets out guidance|statement|market position statement|paper|leaflet|booklet|prospectus|brochure|newsletter|strategy)\b|\bwe are writing\b|\bre:\s|\bmarket position\b|\bthe (board|committee) is asked to\b|\b(for|purpose:?) (information|assurance|noting|discussion)\b|\bpress release\b|\bnews release\b|\bcourse (dates|fees|duration)\b|\bbook (a|your) place\b|\beasy read\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherCues();

    [GeneratedRegex(@"(?m)^\s*Dear\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"\byours (sincerely|faithfully)\b|\b(kind|best) regards\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"\bspecification\b|\bcontract\b|\btender\b|\binvitation to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecificationTitle();

    [GeneratedRegex(@"\bpolicy\b|\bprocedure\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyTitle();

    [GeneratedRegex(@"\bguidance\b|\bletter\b|\breport\b|\bFOI\b|\bdear\b|\bbriefing\b|\bessentials\b|\bmarket position statement\b|\bboard (paper|report)\b|\bannual report\b|\bstrategy\b|\bprospectus\b|\bbrochure\b|\bnewsletter\b|\bnews\b|\bpress release\b|\beasy read\b|\bleaflet\b|\bminutes\b|\bcourse (guide|catalogue)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherTitle();
}
