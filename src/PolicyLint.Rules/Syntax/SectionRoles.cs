using System.Text.RegularExpressions;

namespace PolicyLint.Rules.Syntax;

internal static partial class SectionRoles
{
    [GeneratedRegex(@"\b(references?|bibliography|further reading|sources|works cited|citations|related (documents|guidance|legislation)|legislation and guidance|useful (policy|policies|guidance|resources|links|documents)|further (information|resources)|resources)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencesPattern();

    [GeneratedRegex(@"\b(glossary|definitions?|terminology|terms to avoid|words to avoid|language to avoid|abbreviations|acronyms|key terms|(often|commonly) used (words|terms|phrases)|alternative (words|terms|phrases)|words to use|preferred (words|terms|language)|what (we|do we) mean by|meaning of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlossaryPattern();

    public static SectionRole FromTitle(string title)
    {
        if (ReferencesPattern().IsMatch(title))
        {
            return SectionRole.References;
        }

        return GlossaryPattern().IsMatch(title) ? SectionRole.Glossary : SectionRole.Body;
    }
}
