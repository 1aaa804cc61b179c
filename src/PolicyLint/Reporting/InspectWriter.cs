using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyLint.Rules.Analysis;
using PolicyLint.Rules.Diagnostics;
using PolicyLint.Rules.Syntax;

namespace PolicyLint.Reporting;

/// <summary>
/// The position dump of <c>policylint inspect</c>: every block with its index, kind, role, location in the format's
/// own terms (md/txt/html line:col, docx ¶N, pdf pN:lN) and heading path, then its sentences with their locations. Users
/// read it to see why a rule did or did not look somewhere; tests assert roles and positions on it.
/// </summary>
internal static class InspectWriter
{
    /// <summary>Longest sentence text shown in the text dump; longer ones are cut in the middle.</summary>
    public const int MaxSentenceLength = 120;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteText(IReadOnlyList<AnalysisDocument> documents, TextWriter writer)
    {
        foreach (var analysis in documents)
        {
            var doc = analysis.Document;
            writer.WriteLine($"{doc.Path} ({JsonReporter.FormatName(doc.Format)}, {Names.Of(analysis.Kind)}, {doc.Blocks.Count} blocks, {analysis.Sentences.Count} sentences)");
            var detection = KindDetector.Explain(doc);
            writer.WriteLine($"  kind detected: {Names.Of(detection.Kind)} ({detection})");
            foreach (var block in doc.Blocks)
            {
                var location = LocationText.Format(doc.Format, doc.Locate(block.Span.Start));
                var section = block.Section?.Path is { Length: > 0 } path ? "  [" + path + "]" : string.Empty;
                var level = block.Kind == BlockKind.Heading ? block.HeadingLevel.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                writer.WriteLine($"#{block.Index} {block.Kind}{level} {block.Role} {location}{section}");
                var sentences = analysis.SentencesOf(block);
                if (sentences.Count == 0)
                {
                    writer.WriteLine("    " + Shorten(doc.GetText(block.Span)));
                }

                foreach (var sentence in sentences)
                {
                    writer.WriteLine($"    {LocationText.Format(doc.Format, doc.Locate(sentence.Span.Start))}  {Shorten(doc.GetText(sentence.Span))}");
                }
            }

            writer.WriteLine();
        }
    }

    public static void WriteJson(IReadOnlyList<AnalysisDocument> documents, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var analysis in documents)
            {
                var doc = analysis.Document;
                json.WriteStartObject();
                json.WriteString("path", doc.Path);
                json.WriteString("format", JsonReporter.FormatName(doc.Format));
                json.WriteString("kind", Names.Of(analysis.Kind));
                WriteKindDetection(json, KindDetector.Explain(doc));
                json.WriteNumber("words", analysis.Sentences.Sum(s => s.WordCount));
                json.WriteStartArray("blocks");
                foreach (var block in doc.Blocks)
                {
                    json.WriteStartObject();
                    json.WriteNumber("index", block.Index);
                    json.WriteString("kind", Camel(block.Kind.ToString()));
                    json.WriteString("role", Camel(block.Role.ToString()));
                    if (block.Kind == BlockKind.Heading)
                    {
                        json.WriteNumber("level", block.HeadingLevel);
                    }

                    json.WriteString("location", LocationText.Format(doc.Format, doc.Locate(block.Span.Start)));
                    json.WriteString("section", block.Section?.Path);
                    json.WriteString("text", doc.GetText(block.Span));
                    json.WriteStartArray("sentences");
                    foreach (var sentence in analysis.SentencesOf(block))
                    {
                        json.WriteStartObject();
                        json.WriteString("location", LocationText.Format(doc.Format, doc.Locate(sentence.Span.Start)));
                        json.WriteNumber("words", sentence.WordCount);
                        json.WriteString("text", doc.GetText(sentence.Span));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    // What the detector saw: the cue counts and, when they left the kind undecided, the learned model's cue.
    private static void WriteKindDetection(Utf8JsonWriter json, KindExplanation explanation)
    {
        json.WriteStartObject("kindDetection");
        json.WriteString("kind", Names.Of(explanation.Kind));
        json.WriteNumber("specificationCues", explanation.Specification);
        json.WriteNumber("policyCues", explanation.Policy);
        json.WriteNumber("otherCues", explanation.Other);
        json.WriteNumber("topicMentions", explanation.TopicMentions);
        json.WriteBoolean("letter", explanation.Letter);
        if (explanation.Model is { } model)
        {
            json.WriteString("undecided", explanation.Undecided);
            json.WriteStartObject("model");
            json.WriteNumber("sentencesScored", model.Scored);
            json.WriteNumber("clauseSentences", model.ClauseSentences);
            json.WriteStartArray("clauses");
            foreach (var rule in model.Rules)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteBoolean("statesClauses", model.StatesClauses);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One line: line breaks shown as " / ", long text cut in the middle so both ends stay readable.</summary>
    public static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " / ", StringComparison.Ordinal);
        if (oneLine.Length <= MaxSentenceLength)
        {
            return oneLine;
        }

        int half = (MaxSentenceLength - 5) / 2;
        return string.Concat(oneLine.AsSpan(0, half), " ... ", oneLine.AsSpan(oneLine.Length - half));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
