using System.Text;
using PolicyLint.Readers;
using PolicyLint.Readers.Html;
using PolicyLint.Rules.Syntax;
using Xunit;
using static PolicyLint.Tests.Readers.Html.HtmlTestReader;

namespace PolicyLint.Tests.Readers.Html;

/// <summary>
/// The HTML reader on a saved council page (Assets/html/council-restrictive-practice.html: site header with search
/// and navigation, cookie banner, skip link, breadcrumbs, the policy in &lt;main&gt;, site footer) and on small pages.
/// </summary>
public sealed class HtmlDocumentReaderTests
{
    private const string CouncilPage = "council-restrictive-practice.html";

    [Fact]
    public void Only_the_main_content_of_a_saved_page_is_read()
    {
        var doc = ReadAsset(CouncilPage);

        Assert.StartsWith("Reducing restrictive practice policy\n\n", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("before they support anyone.", doc.Text, StringComparison.Ordinal);
        foreach (var furniture in new[]
        {
            "cookies", "Accept analytics", "Skip to main content", "Search this website", "Search for", "Adult social care",
            "Children and families", "Home", "Policies and procedures", "Contact us", "Accessibility statement",
            "Market Street", "Page last reviewed", "Next review due", "dataLayer", "font-family", "Thornbury Vale",
        })
        {
            Assert.DoesNotContain(furniture, doc.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_list_items_and_table_cells_are_the_right_kinds()
    {
        var doc = ReadAsset(CouncilPage);

        var headings = doc.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        Assert.Equal(
            ["Reducing restrictive practice policy", "1 Purpose", "2 Our approach", "2.1 What the plan covers", "3 Recording", "4 Training"],
            headings.Select(b => TextOf(doc, b)));
        Assert.Equal([1, 2, 2, 3, 2, 2], headings.Select(b => b.HeadingLevel));
        Assert.Equal(
            "Reducing restrictive practice policy > 2 Our approach > 2.1 What the plan covers",
            doc.Locate(doc.Text.IndexOf("early signs", StringComparison.Ordinal)).Section);

        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["•", "•", "•", "1.", "2.", "3."], items.Select(b => b.Marker));
        Assert.Equal("the names of the staff involved;", TextOf(doc, items[4]));

        Assert.Equal(
            ["Record", "Checked by", "Physical intervention", "Registered manager within 72\u00A0hours", "Use of medication", "Prescriber & pharmacist"],
            Texts(doc, BlockKind.TableCell));
        Assert.Contains("Who reviews records", Texts(doc, BlockKind.Paragraph));
    }

    [Fact]
    public void Links_are_their_text_br_is_a_line_break_and_entities_are_decoded()
    {
        var doc = ReadAsset(CouncilPage);

        Assert.Contains("This policy applies to the council\u2019s own care services and to providers we commission.", Texts(doc, BlockKind.Paragraph));
        Assert.Contains(
            "Each service user has a positive behaviour support plan written with them and the people who know them best.\nPlans are reviewed after every incident.",
            Texts(doc, BlockKind.Paragraph));
        Assert.Contains(
            "All staff complete training certified as complying with the Restraint Reduction Network Training Standards before they support anyone.",
            Texts(doc, BlockKind.Paragraph));
    }

    [Fact]
    public void Offsets_map_to_the_line_and_column_of_the_html_source()
    {
        var doc = ReadAsset(CouncilPage);

        AssertAt(doc, "Reducing restrictive practice policy", 49, 9);
        AssertAt(doc, "service user", 55, 13);
        AssertAt(doc, "who know them best", 56, 7);
        AssertAt(doc, "Plans are reviewed", 56, 30);
        AssertAt(doc, "\u2019s own", 50, 55); // &rsquo; maps to its '&'
        AssertAt(doc, "Restraint Reduction Network", 83, 56);
        AssertAt(doc, "Prescriber", 78, 43);
        AssertAt(doc, "& pharmacist", 78, 54);
        AssertAt(doc, "pharmacist", 78, 60);
    }

    [Fact]
    public void Without_main_the_body_is_read_with_the_furniture_heuristics()
    {
        var doc = Read("""
            <html><body>
            <div id="header"><span class="logo">Hollin Brook Care</span>
              <ul><li><a href="/">Home</a></li><li><a href="/care">Our care homes</a></li></ul></div>
            <div class="breadcrumb-trail"><a href="/">Home</a> &gt; <a href="/policies">Policies</a></div>
            <div id="content">
              <h1>Restraint policy</h1>
              <p>We support every person to stay safe without restraint wherever we can.</p>
              <ul>
                <li><a href="/a">Safeguarding adults</a></li>
                <li><a href="/b">Mental capacity</a></li>
                <li><a href="/c">Deprivation of liberty</a></li>
              </ul>
              <p>Any use of restraint is recorded the same day. See the <a href="/record">recording guide</a>.</p>
              <div hidden>Draft text nobody should see.</div>
              <p aria-hidden="true">Decorative quote.</p>
              <p style="display: none">Old paragraph.</p>
              <p class="sr-only">Screen reader note.</p>
            </div>
            <div class="sidebar"><h2>Latest news</h2><p>Summer fair raised money.</p></div>
            <div id="footer">Hollin Brook Care, registered charity.</div>
            </body></html>
            """);

        Assert.Equal(
            "Restraint policy\n\nWe support every person to stay safe without restraint wherever we can.\n\nAny use of restraint is recorded the same day. See the recording guide.",
            doc.Text);
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Without_main_an_article_is_the_content_and_its_own_header_is_kept()
    {
        var doc = Read("""
            <body>
            <header><a href="/">Site name</a></header>
            <article>
              <header><h1>Seclusion procedure</h1><p>Published by the quality team</p></header>
              <p>Seclusion is recorded every time.</p>
              <footer><p>Owner: head of nursing</p></footer>
            </article>
            <aside><p>Related: our visiting policy</p></aside>
            <footer><article><p>Latest news: new garden opened</p></article></footer>
            </body>
            """);

        Assert.Equal(["Seclusion procedure", "Published by the quality team", "Seclusion is recorded every time.", "Owner: head of nursing"], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [Fact]
    public void A_page_wrapped_in_one_form_or_in_a_wrapper_named_for_its_sidebar_is_still_read()
    {
        var doc = Read("""
            <body><form method="post" action="./policy.aspx" id="aspnetForm">
            <div id="siteHeader"><a href="/">Home</a></div>
            <div class="layout layout--with-sidebar">
              <div class="sidebar-nav"><a href="/a">Adults</a> <a href="/b">Children</a></div>
              <div class="page-header"><h1>Seclusion policy</h1></div>
              <p>Seclusion is recorded every time it is used.</p>
            </div>
            <form role="search"><input name="q"><button>Go</button></form>
            </form></body>
            """);

        Assert.Equal(["Seclusion policy", "Seclusion is recorded every time it is used."], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [Fact]
    public void Navigation_cookie_banners_and_skip_links_inside_main_are_skipped_but_a_section_on_consent_is_kept()
    {
        var doc = Read("""
            <main>
            <a href="#content" class="govuk-skip-link">Skip to content</a>
            <nav aria-label="Breadcrumb"><a href="/">Home</a></nav>
            <div class="cookieConsent">Cookies keep this site working.</div>
            <div id="onetrust-consent-sdk"><p>We value your privacy.</p></div>
            <div class="on-this-page-menu"><a href="#a">Purpose</a></div>
            <section id="consent"><h2>Consent</h2><p>Staff seek consent before any support.</p></section>
            <form><label>Rate this page</label><input type="text"></form>
            <template><p>Template text.</p></template>
            <noscript><p>Turn on JavaScript.</p></noscript>
            <p>Policy text.</p>
            </main>
            """);

        Assert.Equal(["Consent", "Staff seek consent before any support.", "Policy text."], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [Fact]
    public void White_space_collapses_as_a_browser_shows_it()
    {
        var doc = Read("<main><p>  Staff   <b>must</b>\n\t record <em>every</em>thing&nbsp;&nbsp;now.  <br>  Next   line. </p></main>");

        Assert.Equal("Staff must record everything\u00A0\u00A0now.\nNext line.", doc.Text);
    }

    [Fact]
    public void Pre_keeps_its_spaces_and_line_breaks()
    {
        var doc = Read("<main><pre>\nStep 1:  call\n   the nurse</pre><p>After.</p></main>");

        Assert.Equal(["Step 1:  call\n   the nurse", "After."], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [Fact]
    public void Ordered_lists_number_as_a_browser_does_and_nested_items_are_blocks_of_their_own()
    {
        var doc = Read("""
            <main>
            <ol start="4"><li>fourth<li value="9">ninth<li>tenth</ol>
            <ol type="a"><li>first<ol type="i"><li>inner one</li><li>inner two</li></ol>after inner</li><li>second</li></ol>
            <ol reversed><li>three</li><li>two</li><li>one</li></ol>
            <ul><li><p>Item para one</p><p>Item para two</p></li></ul>
            </main>
            """);

        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(
            ["fourth", "ninth", "tenth", "first", "inner one", "inner two", "after inner", "second", "three", "two", "one", "Item para one", "Item para two"],
            items.Select(b => TextOf(doc, b)));
        Assert.Equal(["4.", "9.", "10.", "a.", "i.", "ii.", null, "b.", "3.", "2.", "1.", "•", null], items.Select(b => b.Marker));
    }

    [Fact]
    public void A_table_cell_is_one_block_and_a_table_nested_in_a_cell_gives_cells_of_its_own()
    {
        var doc = Read("""
            <main><table>
            <tr><th>Technique</th><td><p>Never prone.</p><p>Never pain.</p></td></tr>
            <tr><td>Before<table><tr><td>Inner cell</td></tr></table>after</td><td>Last</td></tr>
            </table></main>
            """);

        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
        Assert.Equal(["Technique", "Never prone.\nNever pain.", "Before", "Inner cell", "after", "Last"], doc.Blocks.Select(b => TextOf(doc, b)));
    }

    [Fact]
    public void Text_a_table_moves_out_of_itself_keeps_its_own_position()
    {
        // The parser puts "stray words" before the table in the tree; each text still maps to its own characters.
        var doc = Read("<main><table><tr><td>no</td></tr>stray words<tr><td>no</td></tr></table><p>no</p></main>");

        Assert.Equal(["stray words", "no", "no", "no"], doc.Blocks.Select(b => TextOf(doc, b)));
        AssertAt(doc, "stray", 1, 34);
        AssertAt(doc, "no", 1, 22);
        AssertAt(doc, "no", 1, 53, occurrence: 2);
        AssertAt(doc, "no", 1, 76, occurrence: 3);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Every_character_of_a_badly_nested_page_maps_to_its_own_source_character(string newline)
    {
        // Misnested formatting, unclosed paragraphs and cells (the text after the second cell stays in it), an implied
        // tbody, entities, a comment, and the same words in the title, in the body and in a cell: each must map to its
        // own place.
        var html = string.Join(newline, """
            <!DOCTYPE html>
            <html><head><title>Restraint policy</title></head>
            <body>
            <main>
            <h1>Restraint policy</h1>
            <p>Restraint policy applies <b>to <i>all</b> staff</i> &amp; volunteers.
            <p>Second paragraph, unclosed, with a <a href=#x>link</a>
            <table>
            <tr><td>no<td>no
            stray text
            <tr><td>Restraint policy</td></tr>
            </table>
            <ul><li>one<li>two &lt;three&gt;<li>Restraint <!-- note --> policy</ul>
            <p>Line one<br>Line two &#8212; &#x2014; &mdash; &mdash here</p>
            <div>Outer <span>inner</span> after<div>nested</div>tail</div>
            </main>
            </body></html>
            """.Split('\n'));

        var doc = Read(html);

        Assert.Equal(
            [
                "Restraint policy", "Restraint policy applies to all staff & volunteers.", "Second paragraph, unclosed, with a link",
                "no", "no stray text", "Restraint policy", "one", "two <three>", "Restraint policy", "<!-- note -->",
                "Line one\nLine two \u2014 \u2014 \u2014 &mdash here", "Outer inner after", "nested", "tail",
            ],
            doc.Blocks.Select(b => TextOf(doc, b)));
        AssertAt(doc, "stray", 10, 1);
        AssertAt(doc, "Restraint policy", 11, 9, occurrence: 3);
        AssertAt(doc, "policy", 13, 61, occurrence: 4);
    }

    [Fact]
    public void Block_quotes_are_marked_and_their_headings_open_no_section()
    {
        var doc = Read("<main><h1>Policy</h1><blockquote><h2>Quoted title</h2><p>Quoted <q>words</q>.</p></blockquote><p>Own words.</p></main>", checkPositions: false);

        Assert.Equal([BlockKind.Heading, BlockKind.BlockQuote, BlockKind.BlockQuote, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
        Assert.Equal("Quoted \u201Cwords\u201D.", TextOf(doc, doc.Blocks[2]));
        Assert.Equal(["Policy"], doc.Sections.Select(s => s.Path));
    }

    [Fact]
    public void Comments_in_the_content_become_comment_blocks_with_their_source_text()
    {
        var doc = Read("<main>\n<!-- reviewed by A -->\n<p>Text <!-- inline --> here.</p>\n</main>");

        Assert.Equal([BlockKind.Comment, BlockKind.Paragraph, BlockKind.Comment], doc.Blocks.Select(b => b.Kind));
        Assert.Equal(["<!-- reviewed by A -->", "Text here.", "<!-- inline -->"], doc.Blocks.Select(b => TextOf(doc, b)));
        AssertAt(doc, "<!-- inline", 3, 9);
    }

    [Fact]
    public void Windows_line_endings_and_entities_keep_exact_columns()
    {
        // "&notit;" is the legacy "&not" without its semicolon, then "it;" (the position check knows only whole references).
        var doc = Read("<main>\r\n<p>First &amp; second\r\n  third &#x2014; fourth &notit; fifth</p>\r\n</main>", checkPositions: false);

        Assert.Equal("First & second third \u2014 fourth \u00ACit; fifth", doc.Text);
        AssertAt(doc, "&", 2, 10);
        AssertAt(doc, "second", 2, 16);
        AssertAt(doc, "third", 3, 3);
        AssertAt(doc, "\u2014", 3, 9);
        AssertAt(doc, "fourth", 3, 18);
        AssertAt(doc, "\u00AC", 3, 25);
        AssertAt(doc, "it;", 3, 29);
    }

    [Fact]
    public void A_declared_charset_decides_the_encoding()
    {
        // Byte 0x80 is the euro sign in Windows-1252.
        var latin = Encoding.Latin1.GetBytes("<meta charset=\"windows-1252\"><main><p>Caf\u00E9 \u0080 menu</p></main>");
        Assert.Equal("Caf\u00E9 \u20AC menu", Read(latin).Text);

        var declared = Encoding.Latin1.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><main><p>na\u00EFve</p></main>");
        Assert.Equal("na\u00EFve", Read(declared).Text);

        var utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("<main><p>Gr\u00FC\u00DFe</p></main>")).ToArray();
        Assert.Equal("Gr\u00FC\u00DFe", Read(utf16).Text);

        var undeclaredLatin = Encoding.Latin1.GetBytes("<main><p>r\u00E9sum\u00E9</p></main>");
        Assert.Equal("r\u00E9sum\u00E9", Read(undeclaredLatin).Text);

        var utf8 = Encoding.UTF8.GetBytes("<meta charset=utf-8><main><p>\u2018quoted\u2019</p></main>");
        Assert.Equal("\u2018quoted\u2019", Read(utf8).Text);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_refused_with_a_plain_reason_not_a_crash()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "service user</body></html>";

        var ex = Assert.Throws<DocumentReadException>(() => Read(Encoding.UTF8.GetBytes(html)));

        Assert.Equal("the page is nested too deeply to read (more than 4096 elements open inside one another)", ex.Message);
    }

    [Fact]
    public void Fifty_thousand_nested_bold_elements_are_refused_through_the_loader_as_a_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policylint-nested-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, "<p>" + string.Concat(Enumerable.Repeat("<b>", 50_000)) + "service user</p>");
        try
        {
            var result = DocumentLoader.ReadGuarded(new HtmlDocumentReader(), path, DocumentLoader.DefaultMaxBytes, TimeSpan.FromSeconds(30));

            Assert.Null(result.Document);
            Assert.Equal("the page is nested too deeply to read (more than 4096 elements open inside one another)", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deep_nesting_below_the_limit_is_read_without_recursion()
    {
        var html = "<main>" + string.Concat(Enumerable.Repeat("<div><span>", 1500)) + "Deep text." + string.Concat(Enumerable.Repeat("</span></div>", 1500)) + "<p>After.</p></main>";

        var doc = Read(html);

        Assert.Equal(["Deep text.", "After."], doc.Blocks.Select(b => TextOf(doc, b)));
        AssertAt(doc, "Deep", 1, 6 + (11 * 1500) + 1);
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var html = Encoding.UTF8.GetBytes("<main>" + string.Concat(Enumerable.Repeat("<p>Text.</p>", 5000)) + "</main>");

        Assert.ThrowsAny<OperationCanceledException>(() => Read(html, cts.Token));
    }

    [Fact]
    public void Bytes_that_are_not_text_are_refused_with_a_reason()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));

        Assert.Contains("NUL bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_page_is_a_document_with_no_text()
    {
        Assert.True(Read(Array.Empty<byte>()).HasNoText);
        Assert.True(Read("<html><body><nav><a href='/'>Home</a></nav></body></html>", checkPositions: false).HasNoText);
    }
}
