using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

/// <summary>
/// Two signals of issue 18's fifth round, each on small team-written pages: text in a side column counts less than
/// text in the main column, and a list of teasers kept after the article is dropped.
/// </summary>
public class HtmlSideColumnAndTeaserTests
{
    private const string Post = "We spent Sunday on the allotment planting out the leeks and the last of the broad beans, and the robin followed us along every row.";

    private const string About = "Hello and welcome! I am a retired teacher, a keen gardener, a grandmother of four and an occasional watercolour painter. "
        + "I started this blog in 2009 to keep a diary of the allotment, the weather, the harvests and the failures, and I write "
        + "about seeds, soil, pests, recipes, visits to open gardens and the friends I have made along the way. Thanks for dropping by!";

    private static string BlogPage(string sideColumn) =>
        "<html><body><div id='outer'><div id='content-wrapper'>"
        + "<div id='main-wrapper'><div class='date-outer'><h2 class='date-header'>Sunday</h2><div class='post hentry'>"
        + "<h3 class='post-title'>Leeks in</h3><div class='post-body entry-content'><p>" + Post + "</p></div></div></div></div>"
        + sideColumn
        + "</div></div></body></html>";

    [Theory]
    [InlineData("<div id='sidebar-wrapper'><div id='sidebar' class='sidebar section'><div id='Text1' class='widget Text'><h2>About me</h2><div class='widget-content'>{0}</div></div></div></div>")]
    [InlineData("<aside><div class='widget-content'><p>{0}</p></div></aside>")]
    [InlineData("<div class='right-rail'><div class='profile-text'><p>{0}</p></div></div>")]
    public void A_short_post_wins_over_a_longer_blurb_in_the_side_column(string sideColumn)
    {
        string body = HtmlArticleParser.Default.Parse(BlogPage(string.Format(System.Globalization.CultureInfo.InvariantCulture, sideColumn, About))).GetBody();

        Assert.Contains(Post, body, StringComparison.Ordinal);
        Assert.DoesNotContain("retired teacher", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_inside_a_column_named_sidebar_is_still_found()
    {
        // Nothing but the side column holds text: it is the page's text, and its paragraphs are not pruned.
        string html = "<html><body><div id='sidebar'><div class='widget'><p>" + About + "</p><p>" + Post + "</p></div></div></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.Contains("retired teacher", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_named_left_side_is_not_a_side_column()
    {
        // "left-side" names the main column on some sites; only sidebar, rail, aside and complementary say side column.
        Assert.False(HtmlHints.IsSideColumn(Element("<div class='left-side'></div>")));
        Assert.True(HtmlHints.IsSideColumn(Element("<div id='sidebar2'></div>")));
        Assert.True(HtmlHints.IsSideColumn(Element("<div class='right-rail'></div>")));
        Assert.True(HtmlHints.IsSideColumn(Element("<div role='complementary'></div>")));
    }

    private static AngleSharp.Dom.IElement Element(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return document.Body!.FirstElementChild!;
    }

    private const string P1 = "Tottenham will not make any major signings in the January transfer window, the club's chairman said on Monday, despite a run of four defeats.";

    private const string P2 = "The manager had asked for a striker and a centre-back, but the board believes the squad is strong enough once the injured players return next month.";

    private const string P3 = "Several clubs are expected to be busy when the window opens, with three of the bottom four looking to add experience before the run-in.";

    private const string Teasers = "<a href='/1'>Football's January sales</a> (31 Dec 07 | Premier League)<br>"
        + "<a href='/2'>Berbatov could leave, says agent</a> (31 Dec 07 | Tottenham)<br>"
        + "<a href='/3'>Spurs will not splash cash</a> (30 Dec 07 | Tottenham)<br>"
        + "<a href='/4'>Tottenham confirm Gunter transfer</a> (24 Dec 07 | Tottenham)<br>"
        + "<a href='/5'>Man Utd to sign striker</a> (21 Dec 07 | Man Utd)<br>"
        + "<a href='/6'>Liverpool deny transfer ban claim</a> (18 Dec 07 | Liverpool)";

    private const string P4 = "The chairman said the club's accounts showed a loss for the second year running, and that the wage bill had to come down before any new player could be added.";

    private const string P5 = "Supporters' groups have criticised the board's caution, saying the club risks being drawn into a relegation fight for the first time in a decade.";

    private const string P6 = "The club's next match is at home to Fulham on New Year's Day, when the two new signings of the summer are expected to return from injury.";

    // A list goes only when at least as much text stands before it: the story is six paragraphs long.
    private static string Story(string tail) =>
        "<html><body><div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P5 + "</p><p>" + P6 + "</p>"
        + tail + "</div></body></html>";

    [Fact]
    public void A_list_of_dated_teasers_after_the_article_goes_with_its_label()
    {
        string body = HtmlArticleParser.Default.Parse(Story("<p><b>Related to this story:</b></p><p>" + Teasers + "</p>")).GetBody();

        Assert.Contains(P6, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Berbatov", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Related to this story", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Dated_teasers_one_to_a_paragraph_go_too()
    {
        string items = "<p>Scrabble game under fire from its owner Jan 16, 7:00 AM<br>Since surfacing on the site in June, an application that lets people play online has...</p>"
            + "<p>Agency veteran joins mobile start-up Jan 16, 7:00 AM<br>A digital agency veteran has joined a mobile marketing consultancy as its president...</p>"
            + "<p>Security firm brings threats to life Jan 16, 7:00 AM<br>If you have ever wondered what a computer virus really looks like, one firm has the...</p>"
            + "<p>Two networks team up for a channel Jan 15, 8:30 AM<br>Health and wellness sites can expect some serious competition next year...</p>"
            + "<p>Ad network targets students Jan 15, 8:30 AM<br>An online network aimed at college students has launched a new campaign...</p>";

        string body = HtmlArticleParser.Default.Parse(Story(items)).GetBody();

        Assert.Contains(P6, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Scrabble", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ad network targets students", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dated_list_the_article_introduces_stays()
    {
        // A sentence ending in a colon makes the list the article's own: tour dates, upcoming events. (A short first line
        // such as "Tour dates:" reads as a label, like "Related stories:".)
        string dates = "<p>The band has announced the dates of its tour of the east coast for the summer:<br>June 9 -- Coral Sky Amphitheatre, West Palm Beach<br>June 10 -- Credit Union Amphitheatre, Tampa<br>"
            + "June 14 -- Bank Amphitheatre, Alpharetta<br>June 17 -- Bridgestone Arena, Nashville<br>June 19 -- Music Pavilion, Charlotte<br>June 20 -- Music Park, Raleigh</p>";
        string events = "<p>Here are the webinars coming up this autumn, each an hour long with time for questions at the end:</p>"
            + "<p>Best practices for the holidays (Wed, Oct 31, 10am)</p><p>Performance and measurement (Thurs, Nov 8, 10am)</p>"
            + "<p>Video for your brand (Wed, Nov 14, 10am)</p><p>Building a digital brand (Thurs, Dec 6, 10am)</p><p>Planning the new year (Tue, Dec 11, 10am)</p>";

        Assert.Contains("June 20 -- Music Park", HtmlArticleParser.Default.Parse(Story(dates)).GetBody(), StringComparison.Ordinal);
        Assert.Contains("Planning the new year", HtmlArticleParser.Default.Parse(Story(events)).GetBody(), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_dated_items_are_not_a_teaser_list_but_five_are()
    {
        // Some sets count a short "Similar posts" list as the post's; a teaser list takes five items or more.
        string three = "<p>Similar posts:</p><p>Ten tips for the window (30 Dec 07)</p><p>Who needs a striker? (29 Dec 07)</p><p>The board's view (28 Dec 07)</p>";
        string five = three + "<p>Keepers on the move (27 Dec 07)</p><p>Loans that worked (26 Dec 07)</p>";

        string kept = HtmlArticleParser.Default.Parse(Story(three)).GetBody();
        string cut = HtmlArticleParser.Default.Parse(Story(five)).GetBody();

        Assert.Contains("The board's view (28 Dec 07)", kept, StringComparison.Ordinal);
        Assert.Contains(P6, cut, StringComparison.Ordinal);
        Assert.DoesNotContain("The board's view", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("Similar posts", cut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Berbatov could leave (31 Dec 07 | Tottenham)", true)]
    [InlineData("Scrabble under fire Jan 16, 7:00 AM", true)]
    [InlineData("Posted on 01/18/08 by Larry", true)]
    [InlineData("Updated 2007-12-28", true)]
    [InlineData("James Harden, Fr. - January 7th, 2008", true)]
    [InlineData("Last updated at 10:02", true)]
    [InlineData("May I help you with 3 bags?", false)]
    [InlineData("Version 2.5 of the app is out", false)]
    [InlineData("Read pages 10-12 of the report", false)]
    [InlineData("No digits at all in March", false)]
    public void A_date_or_clock_time_is_found_in_a_line(string line, bool expected) =>
        Assert.Equal(expected, TeaserTail.HasDateOrTime(line));
}
