using PolicyLint.Rules.Learning;
using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;

namespace PolicyLint.Rules.Analysis;

/// <summary>
/// The learned clause model as a cue in kind detection, for a document the cue counts leave undecided: a document
/// whose prose states required clauses — many sentences that <see cref="ClauseClassifier"/> reads as one clause or
/// another, of several different clauses — is a policy or a specification, whatever words it uses for restrictive
/// practice and whatever cover sheet it wears. Sentences are read in document order and reading stops as soon as the
/// cue is decisive or after <see cref="MaxScored"/> sentences: the model is never asked more than needed.
/// </summary>
/// <param name="Scored">How many sentences the model scored.</param>
/// <param name="ClauseSentences">How many of them read as a required clause (the clause most probable, at or above its threshold).</param>
/// <param name="Rules">The clauses they read as, in order of first appearance.</param>
public sealed record KindModelCue(int Scored, int ClauseSentences, IReadOnlyList<string> Rules)
{
    /// <summary>The fewest sentences reading as a clause that make a document a policy or specification.</summary>
    public const int MinClauseSentences = 4;

    /// <summary>The fewest different clauses among them: a software document's "report every change" is one clause, not a policy.</summary>
    public const int MinRules = 3;

    /// <summary>The smallest share of the scored sentences that must read as clauses.</summary>
    public const double MinShare = 0.1;

    /// <summary>The most sentences read: a document that has not shown itself by then is left to the cue counts.</summary>
    public const int MaxScored = 250;

    /// <summary>The fewest words a sentence needs to be read (as the second opinion's <see cref="SecondOpinion.MinWords"/>).</summary>
    public const int MinWords = SecondOpinion.MinWords;

    /// <summary>True when the document's prose states required clauses: enough clause sentences, of enough clauses, densely enough.</summary>
    public bool StatesClauses =>
        ClauseSentences >= MinClauseSentences && Rules.Count >= MinRules && ClauseSentences >= MinShare * Scored;

    /// <summary>Reads <paramref name="document"/>'s own prose with the default classifier until the cue is decided.</summary>
    public static KindModelCue Read(PolicyDocument document) => Read(document, ClauseClassifier.Default);

    /// <summary>Reads <paramref name="document"/>'s own prose with <paramref name="classifier"/> until the cue is decided.</summary>
    public static KindModelCue Read(PolicyDocument document, ClauseClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(classifier);
        int scored = 0, clauses = 0;
        var rules = new List<string>();
        foreach (var text in ProseSentences(document))
        {
            var (top, p) = classifier.Score(text).Top;
            scored++;
            if (top != ClauseClassifier.NoneLabel && p >= classifier.Threshold(top))
            {
                clauses++;
                if (!rules.Contains(top))
                {
                    rules.Add(top);
                }

                var cue = new KindModelCue(scored, clauses, rules);
                if (cue.StatesClauses)
                {
                    return cue;
                }
            }

            if (scored >= MaxScored)
            {
                break;
            }
        }

        return new KindModelCue(scored, clauses, rules);
    }

    // The sentences of body prose, list items and table cells outside references and glossaries, long enough to say something.
    private static IEnumerable<string> ProseSentences(PolicyDocument document)
    {
        foreach (var block in document.Blocks)
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Comment or BlockKind.HeaderFooter or BlockKind.BlockQuote ||
                !SecondOpinion.ProseRoles.Contains(block.Role) || AnalysisDocument.RoleOf(block) != SectionRole.Body)
            {
                continue;
            }

            foreach (var span in SentenceSplitter.Split(document.Text, block.Span))
            {
                var text = document.GetText(span);
                if (KindDetector.CountWords(text) >= MinWords)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>"model: 6 of 40 sentences read as clauses (PL1005, PL1010, PL1001)".</summary>
    public override string ToString() =>
        $"model: {ClauseSentences} of {Scored} sentences read as clauses{(Rules.Count > 0 ? " (" + string.Join(", ", Rules) + ")" : string.Empty)}";
}
