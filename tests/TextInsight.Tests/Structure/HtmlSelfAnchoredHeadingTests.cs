using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

/// <summary>
/// A signal of issue 18's sixth round, on small team-written pages: a subheading that links to itself on its page (the
/// permalink documentation and blog tools put on every subheading) is not link text, so it is not dropped as a link.
/// </summary>
public class HtmlSelfAnchoredHeadingTests
{
    private const string P1 = "The county council approved its budget for next year on Monday evening, after a debate that ran for more than four hours.";

    private const string P2 = "Council tax will rise by just under five per cent, the most the law allows without a local vote, to pay for adult care and for roads.";

    private const string P3 = "Opposition members said the rise fell hardest on pensioners, and proposed a smaller increase funded by selling two office buildings.";

    private const string P4 = "The amendment was defeated by eleven votes, and the budget passed with the support of the two largest groups on the council.";

    private static string Body(string between) =>
        HtmlArticleParser.Default.Parse("<html><body><div id='page'><article><h1>Council passes budget</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
            + between + "<p>" + P3 + "</p><p>" + P4 + "</p></article><div id='footer'><a href='/about'>About us</a></div></div></body></html>").GetBody();

    [Fact]
    public void A_subheading_that_links_to_itself_is_kept()
    {
        string body = Body("<h2 id='what-next'><a class='toclink' href='#what-next'>What happens next</a></h2>");

        Assert.Contains("What happens next", body, StringComparison.Ordinal);
        Assert.Contains(P3, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_heading_link_to_its_own_page_is_not_link_text()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><body><h2 id='a'><a href='#a'>Self</a></h2><h2><a href='/other'>Another story</a></h2><p><a href='#top'>Back to top</a></p></body></html>");
        var collector = new HtmlBlockCollector();
        collector.Collect(document.Body!);

        Assert.Equal(0, collector.Blocks.Single(b => b.Text == "Self").LinkChars);
        Assert.True(collector.Blocks.Single(b => b.Text == "Another story").LinkDensity > 0.5);
        Assert.True(collector.Blocks.Single(b => b.Text == "Back to top").LinkDensity > 0.5);
    }
}
