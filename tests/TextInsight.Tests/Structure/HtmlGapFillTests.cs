using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>
/// A signal of issue 18's sixth round, on small team-written pages: a single block left out between two kept blocks of
/// the article is put back unless it reads as furniture (a caption, a link, a boilerplate label, a short line under a
/// furniture hint, an aside) or stands before the first paragraph.
/// </summary>
public class HtmlGapFillTests
{
    private const string P1 = "The county council approved its budget for next year on Monday evening, after a debate that ran for more than four hours.";

    private const string P2 = "Council tax will rise by just under five per cent, the most the law allows without a local vote, to pay for adult care and for roads.";

    private const string P3 = "Opposition members said the rise fell hardest on pensioners, and proposed a smaller increase funded by selling two office buildings.";

    private const string P4 = "The amendment was defeated by eleven votes, and the budget passed with the support of the two largest groups on the council.";

    private static string Body(string between) =>
        HtmlArticleParser.Default.Parse("<html><body><div id='page'><article><h1>Council passes budget</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
            + between + "<p>" + P3 + "</p><p>" + P4 + "</p></article><div id='footer'><a href='/about'>About us</a></div></div></body></html>").GetBody();

    [Fact]
    public void A_line_between_two_paragraphs_is_put_back()
    {
        // A "timestamp" class reads as furniture, so the heuristic prunes the sentence; the story runs on around it.
        string body = Body("<div class='timestamp'>Updated at 10:42, after the vote on the amendment.</div>");

        Assert.Contains("Updated at 10:42, after the vote on the amendment.", body, StringComparison.Ordinal);
        Assert.Contains(P4, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<figure><img src='chamber.jpg'><figcaption>The council chamber on Monday</figcaption></figure>", "council chamber on Monday")]
    [InlineData("<p><a href='/news/tax'>Read more: council tax across the county</a></p>", "Read more")]
    [InlineData("<div class='advert'>Advertisement</div>", "Advertisement")]
    [InlineData("<div class='recipe-meta'><span>Serves 4</span> <span>40 minutes</span></div>", "Serves 4")]
    [InlineData("<aside class='pullquote'><p>“Nobody wants to pay more, but nobody wants the roads to close either.”</p></aside>", "Nobody wants to pay more")]
    public void Furniture_between_two_paragraphs_stays_out(string between, string furniture)
    {
        string body = Body(between);

        Assert.DoesNotContain(furniture, body, StringComparison.Ordinal);
        Assert.Contains(P3, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_before_the_first_paragraph_stays_out()
    {
        string html = "<html><body><article><h1>Council passes budget</h1><p>Press release</p><div class='dateline'>30 June 2025 · 4 min read</div><p>"
            + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.DoesNotContain("4 min read", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Press release", body, StringComparison.Ordinal);
        Assert.StartsWith(P1, body, StringComparison.Ordinal);
    }
}
