using PolicyLint.Rules.Syntax;
using PolicyLint.Rules.Text;
using Xunit;

namespace PolicyLint.Rules.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(text, new TextSpan(0, text.Length)).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void SplitsAtFullStopsQuestionAndExclamationMarks()
    {
        Assert.Equal(["Staff must help.", "Is it safe?", "Yes!", "Then stop."], Split("Staff must help. Is it safe? Yes! Then stop."));
    }

    [Fact]
    public void DoesNotSplitAfterAbbreviationsOrInitials()
    {
        Assert.Equal(["Use a certification body, e.g. Bild ACT, i.e. one accredited by UKAS.", "Next."],
            Split("Use a certification body, e.g. Bild ACT, i.e. one accredited by UKAS. Next."));
        Assert.Equal(["Ask Dr. Jones or J. Smith about it."], Split("Ask Dr. Jones or J. Smith about it."));
        Assert.Equal(["See para. 4 and s. 12 of the Act."], Split("See para. 4 and s. 12 of the Act."));
    }

    [Fact]
    public void SectionNumbersDoNotSplit()
    {
        Assert.Equal(["See section 3.2 for details.", "Staff must read it."], Split("See section 3.2 for details. Staff must read it."));
    }

    [Fact]
    public void NumberedHeadingAfterAFullStopStartsASentence()
    {
        Assert.Equal(["It ends in 2019.", "3.2 Training comes next."], Split("It ends in 2019. 3.2 Training comes next."));
    }

    [Fact]
    public void ClosingQuotesAndBracketsStayWithTheSentence()
    {
        Assert.Equal(["He said \"stop.\"", "(It was late.)", "Then we left."], Split("He said \"stop.\" (It was late.) Then we left."));
    }

    [Fact]
    public void LowerCaseAfterAFullStopDoesNotSplit()
    {
        Assert.Equal(["Training lasts approx. three days."], Split("Training lasts approx. three days."));
        Assert.Equal(["The standard v. the code."], Split("The standard v. the code."));
    }

    [Fact]
    public void LineBreaksDoNotSplitButBlankLinesDo()
    {
        Assert.Equal(["Staff must\nrecord it", "New part"], Split("Staff must\nrecord it\n\nNew part"));
    }

    [Fact]
    public void SpansAreRelativeToTheDocument()
    {
        const string Text = "Heading\n\nOne. Two.";
        var spans = SentenceSplitter.Split(Text, TextSpan.FromBounds(9, Text.Length));
        Assert.Equal([new TextSpan(9, 4), new TextSpan(14, 4)], spans);
    }
}
