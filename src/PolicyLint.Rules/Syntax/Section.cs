namespace PolicyLint.Rules.Syntax;

/// <summary>A heading and everything under it up to the next heading of the same or a higher level.</summary>
public sealed class Section
{
    internal Section(Block heading, string title, Section? parent)
    {
        Heading = heading;
        Title = title;
        Parent = parent;
        Path = parent is null ? title : parent.Path + " > " + title;
        Role = SectionRoles.FromTitle(title);
        if (Role == SectionRole.Body && parent is not null)
        {
            Role = parent.Role;
        }
    }

    /// <summary>The heading block.</summary>
    public Block Heading { get; }

    /// <summary>The heading text, trimmed.</summary>
    public string Title { get; }

    /// <summary>Heading level (1 = top).</summary>
    public int Level => Heading.HeadingLevel;

    /// <summary>The enclosing section, if any.</summary>
    public Section? Parent { get; }

    /// <summary>The heading path, outermost first: "3 Training > 3.2 Certification".</summary>
    public string Path { get; }

    /// <summary>What the section is for (inherited from the parent when the heading says nothing).</summary>
    public SectionRole Role { get; }

    /// <summary>The section's span, from its heading to the end of its last block.</summary>
    public TextSpan Span { get; internal set; }
}
