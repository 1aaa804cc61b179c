using System.Globalization;

namespace PolicyLint.Rules.Diagnostics;

/// <summary>
/// What a rule is, as data: id, name, title, message, category, default severity, why it exists and where the guidance
/// says so. The catalogue, the docs pages, <c>policylint rules</c> and SARIF all derive from descriptors.
/// </summary>
public sealed class RuleDescriptor
{
    private readonly IReadOnlyDictionary<CareSetting, Severity> _settingSeverities;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">PL followed by four digits.</param>
    /// <param name="name">PascalCase name, e.g. ViolenceAndAggression.</param>
    /// <param name="title">Short title, no trailing period.</param>
    /// <param name="messageFormat">Composite format for the finding message; {0} is usually the offending text.</param>
    /// <param name="category">The family.</param>
    /// <param name="defaultSeverity">Severity in the default setting.</param>
    /// <param name="description">Why the rule exists and what it does and does not catch.</param>
    /// <param name="citations">The guidance it enforces.</param>
    /// <param name="kinds">Document kinds it runs on (null: all).</param>
    /// <param name="settingSeverities">Severity per setting where it differs from the default.</param>
    /// <param name="reads">The block roles whose sentences the rule reads (null: <see cref="RuleReads.Text"/>).</param>
    public RuleDescriptor(
        string id,
        string name,
        string title,
        string messageFormat,
        RuleCategory category,
        Severity defaultSeverity,
        string description,
        IReadOnlyList<Citation> citations,
        IReadOnlyList<DocumentKind>? kinds = null,
        IReadOnlyDictionary<CareSetting, Severity>? settingSeverities = null,
        IReadOnlySet<Syntax.BlockRole>? reads = null)
    {
        Reads = reads ?? RuleReads.Text;
        Id = id;
        Name = name;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Citations = citations;
        Kinds = kinds ?? [DocumentKind.Specification, DocumentKind.Policy, DocumentKind.Other];
        _settingSeverities = settingSeverities ?? new Dictionary<CareSetting, Severity>();
    }

    /// <summary>PL followed by four digits.</summary>
    public string Id { get; }

    /// <summary>PascalCase name.</summary>
    public string Name { get; }

    /// <summary>Short title.</summary>
    public string Title { get; }

    /// <summary>Composite format string for messages.</summary>
    public string MessageFormat { get; }

    /// <summary>The family.</summary>
    public RuleCategory Category { get; }

    /// <summary>Severity in the default setting.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Why the rule exists.</summary>
    public string Description { get; }

    /// <summary>The guidance it enforces.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The document kinds it runs on.</summary>
    public IReadOnlyList<DocumentKind> Kinds { get; }

    /// <summary>
    /// The block roles the rule reads: the driver dispatches only sentences of blocks with these roles, and
    /// document-end rules get only these sentences (<c>DocumentEndContext.Sentences</c>).
    /// </summary>
    public IReadOnlySet<Syntax.BlockRole> Reads { get; }

    /// <summary>True when the rule reads blocks of <paramref name="role"/>.</summary>
    public bool ReadsRole(Syntax.BlockRole role) => Reads.Contains(role);

    /// <summary>Severities that differ by setting.</summary>
    public IReadOnlyDictionary<CareSetting, Severity> SettingSeverities => _settingSeverities;

    /// <summary>The docs page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";

    /// <summary>The severity in a setting.</summary>
    public Severity SeverityIn(CareSetting setting) =>
        _settingSeverities.TryGetValue(setting, out var s) ? s : DefaultSeverity;

    /// <summary>True when the rule runs on documents of this kind.</summary>
    public bool AppliesTo(DocumentKind kind) => Kinds.Contains(kind);

    /// <summary>Formats the message with its arguments.</summary>
    public string FormatMessage(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Name}";
}
