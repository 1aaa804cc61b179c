using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyLint.Tests.Writing;

/// <summary>
/// Builds, with the Open XML SDK, a .docx whose flagged words sit where runs are hard to split: formatted runs in
/// three capitalisations, a hyperlink, a complex field (words wholly in its result, and words across its edge), an
/// inline content control, a table, and a paragraph that already holds another author's insertion and comment.
/// </summary>
internal static class TrickyDocx
{
    public const string Formatted = "Patients are asked what helps them before any plan is written.";
    public const string Shouting = "STAFF MUST NEVER USE CONTROL AND RESTRAINT TECHNIQUES.";
    public const string Lower = "Staff choose the least restrictive option and record why.";

    public static void Write(string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Para(new Run(new Text("Positive support policy"))));

        // Sentence case, in a bold italic red run split in two: "Pat" + "ients are asked…".
        body.Append(Para(
            new Run(Props(), new Text("Pat")),
            new Run(Props(), new Text(Formatted[3..]) { Space = SpaceProcessingModeValues.Preserve })));
        body.Append(Para(new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text(Shouting))));
        body.Append(Para(new Run(new RunProperties(new Italic()), new Text(Lower))));

        var link = main.AddHyperlinkRelationship(new Uri("https://example.org/guidance"), isExternal: true);
        body.Append(Para(
            new Run(new Text("Read the guidance on ") { Space = SpaceProcessingModeValues.Preserve }),
            new Hyperlink(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), new Text("advice for patients and families"))) { Id = link.Id },
            new Run(new Text(" before training starts.") { Space = SpaceProcessingModeValues.Preserve })));

        // A complex field whose result holds the flagged word.
        body.Append(Para(
            new Run(new Text("Families of ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DOCPROPERTY Audience ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("patients")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text(" are told about the plan.") { Space = SpaceProcessingModeValues.Preserve })));

        // Flagged words across the field result's edge: "least" inside, "restrictive" outside.
        body.Append(Para(
            new Run(new Text("Staff aim for the ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DOCPROPERTY Aim ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("least")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text(" restrictive approach in every case.") { Space = SpaceProcessingModeValues.Preserve })));

        // An inline content control.
        body.Append(Para(
            new Run(new Text("Our ") { Space = SpaceProcessingModeValues.Preserve }),
            new SdtRun(new SdtProperties(new SdtAlias { Val = "Who" }, new SdtId { Val = 42 }), new SdtContentRun(new Run(new Text("clients")))),
            new Run(new Text(" choose their own routines.") { Space = SpaceProcessingModeValues.Preserve })));

        // A table.
        body.Append(new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
            new TableGrid(new GridColumn { Width = "4000" }, new GridColumn { Width = "4000" }),
            new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), Para(new Run(new Text("Who")))),
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), Para(new Run(new Text("All patients on the ward."))))),
            new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), Para(new Run(new Text("When")))),
                new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto, Width = "0" }), Para(new Run(new Text("Every day.")))))));

        // Another author's insertion holding a flagged word, and their comment on the paragraph's first words.
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Is this right?")))) { Id = "0", Author = "Bob", Initials = "B" });
        body.Append(Para(
            new CommentRangeStart { Id = "0" },
            new Run(new Text("The person")),
            new CommentRangeEnd { Id = "0" },
            new Run(new CommentReference { Id = "0" }),
            new Run(new Text(" was ") { Space = SpaceProcessingModeValues.Preserve }),
            new InsertedRun(new Run(new Text("described as manipulative"))) { Id = "1", Author = "Alice", Date = new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc) },
            new Run(new Text(" in the old plan.") { Space = SpaceProcessingModeValues.Preserve })));
        body.Append(new SectionProperties());
    }

    private static RunProperties Props() => new(new Bold(), new Italic(), new Color { Val = "C00000" });

    private static Paragraph Para(params OpenXmlElement[] content) => new(content);
}
