using PolicyLint.Analysis.Configuration;
using PolicyLint.Analysis.Suppressions;
using Xunit;

namespace PolicyLint.Tests.Configuration;

/// <summary>The small languages of configuration: suppression markers and file globs.</summary>
public sealed class MarkerAndGlobTests
{
    [Theory]
    [InlineData("<!-- policylint-disable PL2002 -- the form's title -->", "disable", "PL2002", "the form's title")]
    [InlineData("<!--policylint-disable-next-line PL2002, pl2005 -- both quoted-->", "disable-next-line", "PL2002 PL2005", "both quoted")]
    [InlineData("policylint-enable PL2001", "enable", "PL2001", null)]
    [InlineData("policylint-disable PL2002 --   ", "disable", "PL2002", null)]
    [InlineData("policylint-disable -- agreed at panel -- see minutes", "disable", "", "agreed at panel -- see minutes")]
    [InlineData("policylint-disable PL20O2 -- typo", "disable", "PL20O2", "typo")]
    public void Markers_parse_into_action_ids_and_reason(string text, string action, string ids, string? reason)
    {
        var marker = SuppressionMarker.Parse(text);
        Assert.NotNull(marker);
        Assert.Equal(action, marker.Action switch { MarkerAction.DisableNextLine => "disable-next-line", MarkerAction.Enable => "enable", _ => "disable" });
        Assert.Equal(ids.Split(' ', StringSplitOptions.RemoveEmptyEntries), marker.RuleIds);
        Assert.Equal(reason, marker.Justification);
    }

    [Theory]
    [InlineData("A note about policylint-disable in prose")]
    [InlineData("<!-- an ordinary comment -->")]
    [InlineData("policylint-disabled PL2002 -- not the keyword")]
    public void Other_text_is_not_a_marker(string text) => Assert.Null(SuppressionMarker.Parse(text));

    [Theory]
    [InlineData("*.md", "a.md", true)]
    [InlineData("*.md", "deep/er/a.md", true)]
    [InlineData("drafts/*.md", "drafts/a.md", true)]
    [InlineData("drafts/*.md", "drafts/x/a.md", false)]
    [InlineData("drafts/**", "drafts/x/a.md", true)]
    [InlineData("**/templates/*.docx", "templates/spec.docx", true)]
    [InlineData("**/templates/*.docx", "north/templates/spec.docx", true)]
    [InlineData("*.{md,txt}", "notes/a.txt", true)]
    [InlineData("*.{md,txt}", "a.pdf", false)]
    [InlineData("policy-?.md", "policy-1.md", true)]
    [InlineData("policy-?.md", "policy-10.md", false)]
    public void Globs_match_paths_relative_to_the_configuration(string glob, string path, bool matches) =>
        Assert.Equal(matches, new Glob(glob).IsMatch(path));
}
