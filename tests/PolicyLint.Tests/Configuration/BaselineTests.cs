using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyLint.Tests.Support;
using Xunit;

namespace PolicyLint.Tests.Configuration;

/// <summary>
/// The baseline records findings by fingerprint (rule, normalised sentence, occurrence in it), never by line, page or
/// paragraph: inserting paragraphs above, re-paginating a PDF and renumbering a Word document change nothing it matches.
/// </summary>
public sealed class BaselineTests
{
    private const string Policy = """
        # Restraint policy

        Staff support the service user at all times.

        Violence and aggression is rare in our homes. The service user and the service user's family are asked.

        We never use prone restraint.
        """;

    private static List<JsonElement> Unsuppressed(List<JsonElement> findings) =>
        [.. findings.Where(f => TempTree.SuppressionKind(f) is null)];

    [Fact]
    public void Inserting_paragraphs_above_baselined_findings_changes_nothing_the_baseline_matches()
    {
        using var tree = new TempTree();
        tree.Write("policylint.json", """{ "root": true, "kind": "other" }""");
        var doc = tree.Write("policy.md", Policy);
        var baseline = tree.PathOf("policylint.baseline.json");
        var (exit, stdout, stderr) = CliRunner.Run("baseline", doc, "-o", baseline);
        Assert.True(exit == 0, stderr);
        var entries = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.True(entries.Count >= 4, stdout);
        Assert.All(entries, e => Assert.Equal("policy.md", e.GetProperty("path").GetString()));
        Assert.Equal(3, entries.Count(e => e.GetProperty("rule").GetString() == "PL2002")); // one sentence, two occurrences: two fingerprints

        var (_, before, _, _) = TempTree.CheckJson(doc, "--baseline", baseline);
        Assert.Empty(Unsuppressed(before));
        Assert.All(before, f => Assert.Equal("baseline", TempTree.SuppressionKind(f)));

        File.WriteAllText(doc, Policy.Replace("# Restraint policy\n", "# Restraint policy\n\nThis policy was agreed by the board.\n\nIt applies to all our homes.\n\nIt is reviewed every year.\n", StringComparison.Ordinal));
        var (exitAfter, after, _, err) = TempTree.CheckJson(doc, "--baseline", baseline);
        Assert.Empty(Unsuppressed(after));
        Assert.Equal(before.Select(f => f.GetProperty("fingerprint").GetString()), after.Select(f => f.GetProperty("fingerprint").GetString()));
        Assert.NotEqual(before.Select(f => f.GetProperty("location").GetProperty("line").GetInt32()), after.Select(f => f.GetProperty("location").GetProperty("line").GetInt32()));
        Assert.Contains($"{entries.Count} of {entries.Count} entries matched; 0 no longer match", err, StringComparison.Ordinal);
        Assert.Equal(0, exitAfter);

        // A new finding is reported; one fixed leaves an entry that no longer matches, and --prune drops only it.
        File.WriteAllText(doc, File.ReadAllText(doc).Replace("We never use prone restraint.", "We never use prone restraint. Patients are told why.", StringComparison.Ordinal)
            .Replace("Staff support the service user at all times.", "Staff support the person at all times.", StringComparison.Ordinal));
        var (_, changed, _, err2) = TempTree.CheckJson(doc, "--baseline", baseline);
        var fresh = Assert.Single(Unsuppressed(changed));
        Assert.Equal("Patients", fresh.GetProperty("text").GetString());
        Assert.Contains("1 no longer matches", err2, StringComparison.Ordinal);

        // A reason written into the baseline is kept when it is pruned.
        File.WriteAllText(baseline, File.ReadAllText(baseline).Replace("\"reason\": \"\"", "\"reason\": \"accepted until the 2027 rewrite\"", StringComparison.Ordinal));
        (exit, stdout, stderr) = CliRunner.Run("baseline", "--prune", doc, "-o", baseline);
        Assert.True(exit == 0, stderr);
        Assert.Contains("dropped 1 entry", stdout, StringComparison.Ordinal);
        var pruned = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(entries.Count - 1, pruned.Count);
        Assert.All(pruned, e => Assert.Equal("accepted until the 2027 rewrite", e.GetProperty("reason").GetString()));
        var (_, afterPrune, _, err3) = TempTree.CheckJson(doc, "--baseline", baseline);
        Assert.Equal("Patients", Assert.Single(Unsuppressed(afterPrune)).GetProperty("text").GetString());
        Assert.Equal("accepted until the 2027 rewrite", afterPrune.First(f => TempTree.SuppressionKind(f) == "baseline").GetProperty("suppression").GetProperty("justification").GetString());
        Assert.Contains("0 no longer match", err3, StringComparison.Ordinal);
    }

    [Fact]
    public void Renumbering_a_Word_document_changes_nothing_the_baseline_matches()
    {
        using var tree = new TempTree();
        var doc = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), "spec.docx");
        var baseline = tree.PathOf("policylint.baseline.json");
        var (exit, _, stderr) = CliRunner.Run("baseline", "--no-config", doc, "-o", baseline);
        Assert.True(exit == 0, stderr);
        var (_, before, _, _) = TempTree.CheckJson(doc, "--no-config", "--baseline", baseline);
        Assert.Empty(Unsuppressed(before));

        using (var word = WordprocessingDocument.Open(doc, true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            body.InsertAt(new Paragraph(new Run(new Text("Draft for consultation, not for circulation."))), 0);
            body.InsertAt(new Paragraph(new Run(new Text("Version 3."))), 0);
        }

        var (_, after, _, err) = TempTree.CheckJson(doc, "--no-config", "--baseline", baseline);
        Assert.Empty(Unsuppressed(after));
        var paragraphsBefore = before.Where(f => f.GetProperty("text").GetString()!.Length > 0).Select(f => f.GetProperty("location").GetProperty("paragraph").GetInt32()).ToList();
        var paragraphsAfter = after.Where(f => f.GetProperty("text").GetString()!.Length > 0).Select(f => f.GetProperty("location").GetProperty("paragraph").GetInt32()).ToList();
        Assert.Equal(paragraphsBefore.Select(p => p + 2), paragraphsAfter);
        Assert.Contains("0 no longer match", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Re_paginating_a_PDF_changes_nothing_the_baseline_matches()
    {
        using var tree = new TempTree();
        // One text, two layouts: the corpus specification as it is (Letter, 3 pages) and on A5 pages with wide margins (5 pages).
        var a4 = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), "a4/spec.docx");
        var a5 = tree.Copy(TestPaths.InRepo("corpus", "weak-specification.docx"), "a5/spec.docx");
        using (var word = WordprocessingDocument.Open(a5, true))
        {
            // The corpus file has no section properties (Letter pages by default): the last one of the body sets A5.
            var body = word.MainDocumentPart!.Document!.Body!;
            body.RemoveAllChildren<SectionProperties>();
            body.AppendChild(new SectionProperties(
                new PageSize { Width = 8391U, Height = 11906U },
                new PageMargin { Top = 1700, Bottom = 1700, Left = 1400U, Right = 1400U, Header = 500U, Footer = 500U, Gutter = 0U }));
        }

        var profile = tree.PathOf("lo-profile");
        LibreOffice.ConvertToPdf(a4, tree.PathOf("a4"), profile);
        LibreOffice.ConvertToPdf(a5, tree.PathOf("a5"), profile);
        var pdf = tree.Copy(tree.PathOf("a4/spec.pdf"), "policies/spec.pdf");
        var baseline = tree.PathOf("policylint.baseline.json");
        var (exit, _, stderr) = CliRunner.Run("baseline", "--no-config", pdf, "-o", baseline);
        Assert.True(exit == 0, stderr);
        var (_, before, _, _) = TempTree.CheckJson(pdf, "--no-config", "--baseline", baseline);
        Assert.Empty(Unsuppressed(before));

        // The same document re-exported on other pages replaces it.
        File.Copy(tree.PathOf("a5/spec.pdf"), pdf, overwrite: true);
        var (_, after, _, err) = TempTree.CheckJson(pdf, "--no-config", "--baseline", baseline);
        var pagesBefore = before.Select(f => f.GetProperty("location").GetProperty("page").ToString()).ToList();
        var pagesAfter = after.Select(f => f.GetProperty("location").GetProperty("page").ToString()).ToList();
        Assert.NotEqual(pagesBefore, pagesAfter);
        Assert.Contains("5", pagesAfter);
        Assert.Empty(Unsuppressed(after));
        Assert.Contains("0 no longer match", err, StringComparison.Ordinal);
    }

    [Fact]
    public void One_text_in_Markdown_Word_and_PDF_has_the_same_fingerprints()
    {
        var sets = new[] { "md", "docx", "pdf" }
            .Select(ext => TempTree.CheckJson(TestPaths.InRepo("corpus", "weak-specification." + ext), "--no-config").Findings
                .Select(f => f.GetProperty("ruleId").GetString() + " " + f.GetProperty("fingerprint").GetString()).Order(StringComparer.Ordinal).ToList())
            .ToList();
        Assert.True(sets[0].Count > 20);
        Assert.Equal(sets[0], sets[1]);
        Assert.Equal(sets[0], sets[2]);
    }
}
