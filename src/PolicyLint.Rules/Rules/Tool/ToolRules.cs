using PolicyLint.Rules.Diagnostics;

namespace PolicyLint.Rules.Rules.Tool;

/// <summary>Descriptors of the findings PolicyLint reports about itself and its input (PL9xxx).</summary>
public static class ToolRules
{
    /// <summary>PL9001.</summary>
    public static readonly RuleDescriptor DocumentUnreadable = new(
        "PL9001",
        "DocumentUnreadable",
        "The document could not be read",
        "The document could not be read: {0}",
        RuleCategory.Tool,
        Severity.Error,
        "A file could not be read: corrupt, encrypted with a password, in an unsupported format, or over the size limit. " +
        "The reason names what is wrong; the run goes on with the other files, and the exit code is 2.",
        [Sources.Tool("Reading documents")]);

    /// <summary>PL9002.</summary>
    public static readonly RuleDescriptor NoText = new(
        "PL9002",
        "NoText",
        "The document has no text to check",
        "The document has no extractable text{0}: nothing was checked (a scanned PDF needs OCR first)",
        RuleCategory.Tool,
        Severity.Warning,
        "The file was read, but it holds no text: typically a scanned PDF with no text layer, or an empty document. " +
        "Nothing in it could be checked.",
        [Sources.Tool("Reading documents")]);

    /// <summary>PL9003: a suppression marker or entry with no reason; it suppresses nothing until one is given.</summary>
    public static readonly RuleDescriptor SuppressionWithoutJustification = new(
        "PL9003",
        "SuppressionWithoutJustification",
        "A suppression gives no reason",
        "The suppression of {0} gives no reason: add one after '--'",
        RuleCategory.Tool,
        Severity.Warning,
        "Every suppression must say why the finding does not apply, so a reviewer can judge it. A marker such as " +
        "'policylint-disable PL2002' with nothing after '--' is reported here and suppresses nothing until a reason is added.",
        [Sources.Tool("Suppressions")]);

    /// <summary>PL9004: configuration or a suppression names a rule id that is not in the catalogue.</summary>
    public static readonly RuleDescriptor UnknownRuleId = new(
        "PL9004",
        "UnknownRuleId",
        "Configuration names a rule that does not exist",
        "'{0}' is not a PolicyLint rule id",
        RuleCategory.Tool,
        Severity.Warning,
        "A configuration file or a suppression names a rule id that is not in the catalogue (a typo, or a retired rule).",
        [Sources.Tool("Configuration")]);

    /// <summary>PL9005: a suppression that suppresses nothing.</summary>
    public static readonly RuleDescriptor UnusedSuppression = new(
        "PL9005",
        "UnusedSuppression",
        "A suppression suppresses nothing",
        "The suppression of {0} suppresses nothing: the finding it was for is gone, so remove it",
        RuleCategory.Tool,
        Severity.Info,
        "A suppression marker (a Markdown or text comment, a Word comment or reply) whose range holds no finding of the " +
        "rules it names. The text was probably fixed, or the marker sits in the wrong place; a stale suppression would " +
        "silently hide a future finding there, so remove it or move it.",
        [Sources.Tool("Suppressions")]);
}
