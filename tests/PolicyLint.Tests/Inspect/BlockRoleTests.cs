using System.Text.Json;
using PolicyLint.Tests.Support;
using Xunit;
using static PolicyLint.Tests.Inspect.SmallFiles;

namespace PolicyLint.Tests.Inspect;

/// <summary>
/// The same document in every format (cover sheet, version table, contents page, running header "Page 2 of 9", body)
/// read through <c>policylint inspect --format json</c>: each part gets its role, whatever the format.
/// </summary>
public sealed class BlockRoleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("policylint-roles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Markdown()
    {
        var path = Write("policy.md", """
            # RESTRICTIVE PRACTICE AND SECLUSION POLICY

            | Version | Date | Author | Summary of changes |
            |---|---|---|---|
            | 3.1 | March 2016 | J Smith | Training section updated |

            ## Contents

            1. Introduction ........ 3
            2. Purpose ........ 4

            Northshire Healthcare NHS Trust - Page 2 of 9

            ## 1 Introduction

            The Trust uses restraint only as a last resort, and staff record every use of restraint.

            Northshire Healthcare NHS Trust - Page 3 of 9
            """);
        var roles = Roles(path);
        AssertRole(roles, "RESTRICTIVE PRACTICE AND SECLUSION POLICY", "title");
        AssertRole(roles, "Version", "documentControl");
        AssertRole(roles, "Training section updated", "documentControl");
        AssertRole(roles, "Contents", "contents");
        AssertRole(roles, "Introduction ........ 3", "contents");
        AssertRole(roles, "Northshire Healthcare NHS Trust - Page 2 of 9", "pageFurniture");
        AssertRole(roles, "1 Introduction", "heading");
        AssertRole(roles, "The Trust uses restraint", "body");
    }

    [Fact]
    public void PlainText()
    {
        var path = Write("policy.txt", """
            NORTHSHIRE HEALTHCARE NHS TRUST

            RESTRICTIVE PRACTICE AND SECLUSION POLICY

            Version: 3.1
            Approved by: Quality and Safety Committee
            Date for Review: 06/10/2023

            Contents

            1. Introduction ........................ 3
            2. Purpose ............................. 4

            Northshire Healthcare NHS Trust - Restrictive Practice Policy
            Page 2 of 9

            1. Introduction

            The Trust uses restraint only as a last resort, and staff record every use of restraint.

            Northshire Healthcare NHS Trust - Restrictive Practice Policy
            Page 3 of 9
            """);
        var roles = Roles(path);
        AssertRole(roles, "NORTHSHIRE HEALTHCARE NHS TRUST", "title");
        AssertRole(roles, "RESTRICTIVE PRACTICE AND SECLUSION POLICY", "title");
        AssertRole(roles, "Version: 3.1", "documentControl");
        AssertRole(roles, "Contents", "contents");
        AssertRole(roles, "Purpose ....", "contents");
        AssertRole(roles, "Northshire Healthcare NHS Trust - Restrictive Practice Policy\nPage 2 of 9", "pageFurniture");
        AssertRole(roles, "1. Introduction", "heading");
        AssertRole(roles, "The Trust uses restraint", "body");
    }

    [Fact]
    public void Word()
    {
        var path = Path.Combine(_dir, "policy.docx");
        WriteDocx(
            path,
            [
                new("Title", "Restrictive Practice and Seclusion Policy"),
                new(null, string.Empty, ["Version", "3.1"]),
                new(null, string.Empty, ["Approved by", "Quality and Safety Committee"]),
                new(null, string.Empty, ["Next Review Date (by)", "November 2018"]),
                new("TOCHeading", "Contents"),
                new("TOC1", "1 Introduction\t3"),
                new("TOC1", "2 Purpose\t4"),
                new("Heading1", "1 Introduction"),
                new(null, "The Trust uses restraint only as a last resort, and staff record every use of restraint."),
            ],
            header: "Northshire Healthcare NHS Trust",
            footer: "Page 2 of 9");
        var roles = Roles(path);
        AssertRole(roles, "Restrictive Practice and Seclusion Policy", "title");
        AssertRole(roles, "Version", "documentControl");
        AssertRole(roles, "Quality and Safety Committee", "documentControl");
        AssertRole(roles, "November 2018", "documentControl");
        AssertRole(roles, "Contents", "contents");
        AssertRole(roles, "1 Introduction 3", "contents");
        AssertRole(roles, "1 Introduction", "heading");
        AssertRole(roles, "The Trust uses restraint", "body");
        AssertRole(roles, "Northshire Healthcare NHS Trust", "pageFurniture");
        AssertRole(roles, "Page 2 of 9", "pageFurniture");

        // The review date sits in the cell after its label, in a control table: PL4001 reads it there.
        var (_, json, _) = CliRunner.Run("check", path, "--format", "json", "--as-of", "2026-01-01", "--kind", "policy");
        using var report = JsonDocument.Parse(json);
        var findings = report.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        var overdue = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "PL4001");
        Assert.Equal("November 2018", overdue.GetProperty("text").GetString());
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() is "PL4002" or "PL2009" or "PL2010");
    }

    [Fact]
    public void Pdf()
    {
        var path = Path.Combine(_dir, "policy.pdf");
        PdfLine Header() => new(72, 760, 9, "Northshire Healthcare NHS Trust - Restrictive Practice Policy");
        PdfLine Footer(int page) => new(280, 40, 9, $"Page {page} of 3");
        WritePdf(path,
        [
            [
                Header(),
                new(72, 600, 20, "RESTRICTIVE PRACTICE POLICY"),
                new(72, 500, 11, "Version: 3.1"),
                new(72, 460, 11, "Approved by: Quality Committee"),
                new(72, 420, 11, "Next review date: April 2018"),
                Footer(1),
            ],
            [
                Header(),
                new(72, 700, 14, "Contents"),
                new(72, 670, 11, "1 Introduction .................................... 3"),
                new(72, 656, 11, "2 Purpose ........................................... 3"),
                new(72, 642, 11, "3 Training .......................................... 3"),
                Footer(2),
            ],
            [
                Header(),
                new(72, 700, 14, "1 Introduction"),
                new(72, 670, 11, "The Trust uses restraint only as a last resort. Staff record every"),
                new(72, 656, 11, "use of restraint in the incident log."),
                Footer(3),
            ],
        ]);
        var roles = Roles(path);
        AssertRole(roles, "Northshire Healthcare NHS Trust - Restrictive Practice Policy", "pageFurniture");
        AssertRole(roles, "Page 2 of 3", "pageFurniture");
        AssertRole(roles, "RESTRICTIVE PRACTICE POLICY", "title");
        AssertRole(roles, "Version: 3.1", "documentControl");
        AssertRole(roles, "Next review date: April 2018", "documentControl");
        AssertRole(roles, "Contents", "contents");
        AssertRole(roles, "1 Introduction ....", "contents");
        AssertRole(roles, "1 Introduction", "heading");
        AssertRole(roles, "The Trust uses restraint", "body");
        Assert.Equal(3, roles.Count(r => r.Text.StartsWith("Northshire", StringComparison.Ordinal)));
    }

    [Fact]
    public void TextDumpShowsIndexKindRoleLocationSectionAndSentences()
    {
        var path = Write("short.md", """
            # Restraint policy

            Version 2

            ## 1 Purpose

            Staff use restraint only as a last resort. They record it.
            """);
        var (exit, output, _) = CliRunner.Run("inspect", path);
        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("#0 Heading1 Title 1:3  [Restraint policy]", lines);
        Assert.Contains("#1 Paragraph DocumentControl 3:1  [Restraint policy]", lines);
        Assert.Contains("#2 Heading2 Heading 5:4  [Restraint policy > 1 Purpose]", lines);
        Assert.Contains("#3 Paragraph Body 7:1  [Restraint policy > 1 Purpose]", lines);
        Assert.Contains("    7:44  They record it.", lines);
    }

    [Fact]
    public void WordAndPdfLocationsAreTheFormatsOwn()
    {
        var docx = Path.Combine(_dir, "short.docx");
        WriteDocx(docx, [new("Heading1", "1 Purpose"), new(null, "Staff use restraint only as a last resort.")], "Header", "Footer");
        var pdf = Path.Combine(_dir, "short.pdf");
        WritePdf(pdf, [[new(72, 700, 11, "Staff use restraint only as a last resort.")]]);

        var (_, docxOut, _) = CliRunner.Run("inspect", docx);
        Assert.Contains("#1 Paragraph Body ¶2  [1 Purpose]", docxOut, StringComparison.Ordinal);
        var (_, pdfOut, _) = CliRunner.Run("inspect", pdf);
        Assert.Contains("#0 Paragraph Body p1:l1", pdfOut, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void RealWordFileWithCoverTableContentsAndChangeRecord()
    {
        // A Microsoft test design spec from the shared corpus: a cover table, a Word table of contents, a change record.
        var roles = Roles(Path.Combine(TestPaths.Corpora, "corpus", "oxsdk__footnote.docx"));
        AssertRole(roles, "OpenXML Packaging API Test Design Spec", "title");
        AssertRole(roles, "Document last updated:", "documentControl");
        AssertRole(roles, "10/17/2003", "documentControl");
        AssertRole(roles, "Table of Contents", "contents");
        AssertRole(roles, "Part Class 4", "contents");
        AssertRole(roles, "TDS History", "heading");
        AssertRole(roles, "Update test breakdown", "documentControl");
        AssertRole(roles, "OpenXML Packaging API is a strong typed API", "body");
        Assert.DoesNotContain(roles, r => r.Role == "contents" && r.Text.Contains("strong typed", StringComparison.Ordinal));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<(string Text, string Role)> Roles(string path)
    {
        var (exit, output, error) = CliRunner.Run("inspect", path, "--format", "json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("documents")[0].GetProperty("blocks").EnumerateArray()
            .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("role").GetString()!))
            .ToList();
    }

    /// <summary>The first block whose text is <paramref name="text"/>, or else starts with it, has <paramref name="role"/>.</summary>
    private static void AssertRole(List<(string Text, string Role)> roles, string text, string role)
    {
        var block = roles.FirstOrDefault(r => r.Text == text);
        if (block.Text is null)
        {
            block = roles.FirstOrDefault(r => r.Text.StartsWith(text, StringComparison.Ordinal));
        }

        Assert.True(block.Text is not null, $"no block '{text}' in:\n{string.Join("\n", roles.Select(r => $"{r.Role}: {r.Text}"))}");
        Assert.True(block.Role == role, $"'{text}' is {block.Role}, expected {role}; all blocks:\n{string.Join("\n", roles.Select(r => $"{r.Role}: {r.Text}"))}");
    }
}
