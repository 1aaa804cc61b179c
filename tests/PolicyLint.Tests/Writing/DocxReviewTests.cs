using System.Security.Cryptography;
using System.Xml.Linq;
using PolicyLint.Readers.Docx;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Writing;

/// <summary>
/// The reviewed Word copy, on the corpus, real files from ../shared/corpora and a hand-made file with hyperlinks,
/// fields, a content control, a table and another author's revision and comment.
/// </summary>
public sealed class DocxReviewTests(ReviewFixture fixture) : IClassFixture<ReviewFixture>
{
    private static readonly XNamespace W = ReviewedCopy.W;

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Support.TestPaths.InRepo("corpus"), "*.docx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        foreach (var name in ReviewFixture.SharedFiles)
        {
            data.Add(name);
        }

        data.Add("tricky.docx");
        return data;
    }

    private ReviewFixture.Reviewed Get(string name) => fixture.Documents.Single(d => Path.GetFileName(d.Input) == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_finding_has_one_comment_on_its_exact_words_and_the_scorecard_comes_first(string name)
    {
        var doc = Get(name);
        var copy = ReviewedCopy.Open(doc.Output);
        var comments = copy.OurComments();
        var findings = doc.Report.Findings;

        Assert.Equal(findings.Count + 1, comments.Count);
        Assert.All(comments, c => Assert.True(copy.IsAnchored(c.Id), $"comment {c.Id} is not anchored once"));
        Assert.StartsWith("PolicyLint review: ", comments[0].Text, StringComparison.Ordinal);
        Assert.Contains("Required clauses (", comments[0].Text, StringComparison.Ordinal);
        foreach (var clause in doc.Report.Clauses)
        {
            Assert.Contains(": " + clause.RuleId + " ", comments[0].Text, StringComparison.Ordinal);
        }

        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            var (id, text) = comments[i + 1];
            var label = finding.Severity switch { Severity.Error => "Error", Severity.Warning => "Warning", _ => "Tip" };
            Assert.StartsWith($"{label}: {finding.RuleId} {finding.Rule.Title}\n{finding.Message}\nWhy: ", text, StringComparison.Ordinal);
            foreach (var suggestion in finding.Suggestions)
            {
                Assert.Contains($"'{suggestion}'", text, StringComparison.Ordinal);
            }

            if (finding.Span.Length > 0 && !text.Contains("covers the whole paragraph", StringComparison.Ordinal))
            {
                Assert.Equal(doc.Report.Document!.GetText(finding.Span).Replace('\n', ' '), copy.Covered(id).Replace('\n', ' '));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_reviewed_copy_has_no_validation_errors_beyond_the_originals(string name)
    {
        var doc = Get(name);
        var before = ReviewedCopy.ValidationErrors(doc.Input);
        var after = ReviewedCopy.ValidationErrors(doc.Output);
        if (before is null)
        {
            // The SDK cannot open the original (e.g. ISO Strict): the copy must not be worse than that.
            return;
        }

        // Compared as kinds of error (rule, part, message): a run split or copied from one the original already
        // had wrong (say, run properties out of schema order) repeats that error, but no new kind may appear.
        Assert.NotNull(after);
        var added = after!.Distinct().Except(before).ToList();
        Assert.True(added.Count == 0, "new validation errors:\n" + string.Join("\n", added));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_original_is_unchanged_and_rejecting_PolicyLints_changes_gives_back_its_text(string name)
    {
        var doc = Get(name);
        Assert.Equal(doc.InputHash, SHA256.HashData(File.ReadAllBytes(doc.Input)));

        // Without tracked changes the reviewed copy reads exactly as the original: comments are not text.
        var original = Read(doc.Input);
        Assert.Equal(original, Read(doc.UntrackedOutput));
        Assert.Empty(ReviewedCopy.Open(doc.UntrackedOutput).Revisions("ins", "PolicyLint"));

        // With them, rejecting every PolicyLint change (drop its insertions, restore its deletions) gives it back too.
        var rejected = Path.Combine(fixture.Root, "rejected-" + name);
        RejectPolicyLintChanges(doc.Output, rejected);
        Assert.Equal(original, Read(rejected));
    }

    [Fact]
    public void Corpus_copies_carry_tracked_changes_for_clear_replacements()
    {
        var doc = Get("weak-specification.docx");
        var copy = ReviewedCopy.Open(doc.Output);
        var insertions = copy.Revisions("ins", "PolicyLint").Select(e => string.Concat(e.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Contains("most beneficial", insertions);
        Assert.Equal(insertions.Count, copy.Revisions("del", "PolicyLint").Count());
        Assert.Matches(@"with \d+ comments and [1-9]\d* tracked change", doc.Printed);
    }

    [Fact]
    public void Replacements_keep_the_capitalisation_and_run_formatting_of_the_words_they_replace()
    {
        var copy = ReviewedCopy.Open(fixture.Tricky.Output);
        var insertions = copy.Revisions("ins", "PolicyLint").ToList();
        string Text(XElement e) => string.Concat(e.Descendants(W + "t").Select(t => t.Value));

        // Sentence case, from a run split in the middle of the word ("Pat" + "ients"): bold, italic, red kept.
        var people = insertions.Single(i => Text(i) == "People");
        var rPr = people.Element(W + "r")!.Element(W + "rPr")!;
        Assert.NotNull(rPr.Element(W + "b"));
        Assert.NotNull(rPr.Element(W + "i"));
        Assert.Equal("C00000", (string?)rPr.Element(W + "color")!.Attribute(W + "val"));
        var deleted = (XElement)people.PreviousNode!;
        Assert.Equal("del", deleted.Name.LocalName);
        Assert.Equal("Patients", string.Concat(deleted.Descendants(W + "delText").Select(t => t.Value)));

        // ALL CAPS stays all caps, with the underline; lower case stays lower, with the italics.
        var shouting = insertions.Single(i => Text(i) == "RESTRICTIVE INTERVENTION");
        Assert.NotNull(shouting.Descendants(W + "u").SingleOrDefault());
        var lower = insertions.Single(i => Text(i) == "most beneficial");
        Assert.NotNull(lower.Descendants(W + "i").SingleOrDefault());

        // The rest of each paragraph is untouched.
        Assert.Contains(copy.Main.Descendants(W + "t"), t => t.Value == " are asked what helps them before any plan is written.");
    }

    [Fact]
    public void Words_in_a_hyperlink_a_content_control_and_a_table_are_marked_exactly_where_they_are()
    {
        var copy = ReviewedCopy.Open(fixture.Tricky.Output);
        var insertions = copy.Revisions("ins", "PolicyLint").ToList();

        var inLink = insertions.Single(i => i.Parent!.Name == W + "hyperlink");
        Assert.Equal("people", string.Concat(inLink.Descendants(W + "t").Select(t => t.Value)));
        Assert.Equal("Hyperlink", (string?)inLink.Descendants(W + "rStyle").Single().Attribute(W + "val"));
        Assert.Contains(inLink.Parent!.Elements(W + "r"), r => r.Value == "advice for ");
        Assert.Contains(inLink.Parent!.Elements(W + "r"), r => r.Value == " and families");

        Assert.Single(insertions, i => i.Parent!.Name == W + "sdtContent" && i.Value == "people");
        Assert.Single(insertions, i => i.Ancestors(W + "tc").Any() && i.Value == "people");
    }

    [Fact]
    public void Words_in_a_field_result_get_a_comment_but_no_tracked_change_and_words_across_its_edge_a_paragraph_comment()
    {
        var copy = ReviewedCopy.Open(fixture.Tricky.Output);
        var comments = copy.OurComments();

        var inField = comments.Single(c => c.Text.Contains("'patients'", StringComparison.Ordinal) && copy.Covered(c.Id) == "patients" &&
                                           copy.Main.Descendants(W + "commentRangeStart").Single(s => (string?)s.Attribute(W + "id") == c.Id).ElementsAfterSelf().Any(e => e.Descendants(W + "t").Any(t => t.Value == "patients") && e.ElementsBeforeSelf().Any(b => b.Descendants(W + "fldChar").Any())));
        Assert.Contains("not tracked: the words are in a field", inField.Text, StringComparison.Ordinal);

        var across = comments.Single(c => c.Text.Contains("PL2004", StringComparison.Ordinal) && c.Text.Contains("cross the edge of a field", StringComparison.Ordinal));
        Assert.Equal("Staff aim for the least restrictive approach in every case.", copy.Covered(across.Id));
        Assert.DoesNotContain(copy.Revisions("ins", "PolicyLint"), i => i.Value == "most beneficial" && i.Parent!.Value.Contains("aim", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_authors_insertion_and_comment_are_kept_and_their_words_get_a_comment_only()
    {
        var copy = ReviewedCopy.Open(fixture.Tricky.Output);

        var alice = copy.Main.Descendants(W + "ins").Single(i => (string?)i.Attribute(W + "author") == "Alice");
        Assert.Equal("described as manipulative", string.Concat(alice.Descendants(W + "t").Select(t => t.Value)));
        Assert.Empty(alice.Descendants(W + "del"));
        var bob = Assert.Single(copy.CommentsBy("Bob"));
        Assert.Equal("Is this right?", bob.Value);
        Assert.True(copy.IsAnchored("0"));

        var ours = copy.OurComments().Single(c => c.Text.Contains("PL2007", StringComparison.Ordinal));
        Assert.Equal("manipulative", copy.Covered(ours.Id));
        Assert.Contains("inside another reviewer's tracked change", ours.Text, StringComparison.Ordinal);
        var start = copy.Main.Descendants(W + "commentRangeStart").Single(s => (string?)s.Attribute(W + "id") == ours.Id);
        Assert.Equal(alice, start.Parent);
    }

    [Fact]
    public void LibreOffice_opens_every_reviewed_copy_and_finds_its_comments_and_insertions()
    {
        XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        foreach (var doc in fixture.Documents)
        {
            var fodt = Path.Combine(fixture.Converted, Path.GetFileNameWithoutExtension(doc.Output) + ".fodt");
            Assert.True(File.Exists(fodt), $"LibreOffice wrote no conversion of {doc.Output}");
            var xml = XDocument.Load(fodt);
            var copy = ReviewedCopy.Open(doc.Output);

            var annotations = xml.Descendants(office + "annotation").Where(a => a.Element(dc + "creator")?.Value == "PolicyLint").ToList();
            Assert.Equal(copy.OurComments().Count, annotations.Count);

            var ourRegions = xml.Descendants(text + "changed-region").Where(r => r.Descendants(dc + "creator").Any(c => c.Value == "PolicyLint")).ToList();
            int insertions = copy.Revisions("ins", "PolicyLint").Count();
            Assert.Equal(insertions, ourRegions.Count(r => r.Element(text + "insertion") is not null));
            Assert.Equal(insertions, ourRegions.Count(r => r.Element(text + "deletion") is not null));
        }
    }

    private static string Read(string path)
    {
        using var stream = File.OpenRead(path);
        return new DocxDocumentReader().Read(path, stream, CancellationToken.None).Text;
    }

    private static void RejectPolicyLintChanges(string reviewed, string target)
    {
        File.Copy(reviewed, target, overwrite: true);
        using var package = System.IO.Packaging.Package.Open(target, FileMode.Open, FileAccess.ReadWrite);
        var part = package.GetParts().Single(p => p.ContentType.Contains("document.main", StringComparison.Ordinal));
        XDocument main;
        using (var s = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            main = XDocument.Load(s, LoadOptions.PreserveWhitespace);
        }

        var ns = main.Root!.Name.Namespace;
        foreach (var ins in main.Descendants(ns + "ins").Where(e => (string?)e.Attribute(ns + "author") == "PolicyLint").ToList())
        {
            ins.Remove();
        }

        foreach (var del in main.Descendants(ns + "del").Where(e => (string?)e.Attribute(ns + "author") == "PolicyLint").ToList())
        {
            foreach (var t in del.Descendants(ns + "delText"))
            {
                t.Name = ns + "t";
            }

            del.ReplaceWith(del.Nodes());
        }

        using var w = part.GetStream(FileMode.Create, FileAccess.Write);
        main.Save(w, SaveOptions.DisableFormatting);
    }

    [Fact]
    public void The_readme_picture_of_a_review_is_made_from_a_reviewed_corpus_copy()
    {
        var weak = fixture.Documents.Single(d => Path.GetFileName(d.Input) == "weak-specification.docx");
        var png = fixture.RenderFirstPage(weak, PolicyLint.Tests.Browser.Screenshots.PathOf("review.png"));

        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, "the rendering of page 1 is too small to show anything");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        if (Environment.GetEnvironmentVariable("POLICYLINT_UPDATE_DOCS_IMAGES") == "1")
        {
            PolicyLint.Tests.Browser.Screenshots.PublishToDocs(png);
        }

        Assert.True(File.Exists(TestPaths.InRepo("docs", "images", "review.png")), "docs/images/review.png, shown in the README, is missing: run the review tests with POLICYLINT_UPDATE_DOCS_IMAGES=1");
    }
}
