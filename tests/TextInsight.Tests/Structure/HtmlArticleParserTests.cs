using System.Text;
using CsCheck;
using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

public class HtmlArticleParserTests
{
    private const string Paragraph = "The harbour board met on Thursday and agreed, after a long debate, to dredge the eastern channel before the spring tides.";

    [Fact]
    public void Hundred_thousand_nested_divs_parse_without_overflow_and_keep_the_text()
    {
        var sb = new StringBuilder();
        sb.Insert(0, "<div>", 100_000);
        sb.Append("<p>").Append(Paragraph).Append("</p>");
        sb.Insert(sb.Length, "</div>", 100_000);
        var s = HtmlArticleParser.Default.Parse("<html><body>" + sb + "</body></html>");
        Assert.Equal(Paragraph, s.GetBody());
    }

    [Fact]
    public void Depth_limiter_leaves_ordinary_markup_untouched()
    {
        string html = "<html><body><div><p>One</p><div><p>Two</p></div></div></body></html>";
        Assert.Same(html, HtmlDepthLimiter.Limit(html));
    }

    [Fact]
    public void Depth_limiter_drops_only_the_tags_past_its_limit()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", HtmlDepthLimiter.MaxDepth + 5)) + "x" + string.Concat(Enumerable.Repeat("</div>", HtmlDepthLimiter.MaxDepth + 5));
        string limited = HtmlDepthLimiter.Limit(html);
        string expected = string.Concat(Enumerable.Repeat("<div>", HtmlDepthLimiter.MaxDepth)) + "x" + string.Concat(Enumerable.Repeat("</div>", HtmlDepthLimiter.MaxDepth));
        Assert.Equal(expected, limited);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("<html><head><title></title></head></html>")]
    [InlineData("<script>document.write('<p>' + 'Hello there, this text is written by a script only.' + '</p>')</script><style>p { color: red }</style>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void Pages_without_article_text_give_an_empty_body(string html)
    {
        var s = HtmlArticleParser.Default.Parse(html);
        Assert.Equal(string.Empty, s.GetBody());
        Assert.Empty(s.Sections);
    }

    [Fact]
    public void Page_without_body_element_still_yields_its_title()
    {
        var s = HtmlArticleParser.Default.Parse("<html><head><title>Quarterly figures</title></head></html>");
        Assert.Equal("Quarterly figures", s.Title?.GetText(s.Text));
        Assert.Equal(string.Empty, s.GetBody());
    }

    [Fact]
    public void Malformed_markup_is_read_as_a_browser_would()
    {
        string html = "<html><body><div class=article><p>" + Paragraph + "<p>Second paragraph, left unclosed, as old pages do, and still a paragraph.</div></span></b><p <p>";
        var s = HtmlArticleParser.Default.Parse(html);
        Assert.Equal(Paragraph + "\n\nSecond paragraph, left unclosed, as old pages do, and still a paragraph.", s.GetBody());
    }

    [Fact]
    public void Text_starts_with_the_title_then_the_byline_line()
    {
        string html = "<html><head><meta property='og:title' content='Dredging approved'><meta name='author' content='Ann Lee'></head><body><article><p>"
            + Paragraph + "</p></article></body></html>";
        var s = HtmlArticleParser.Default.Parse(html);
        Assert.Equal("Dredging approved\n\nBy Ann Lee\n\n" + Paragraph, s.Text);
        Assert.Equal(new TextSpan(22, 7), s.Byline);
    }

    [Fact]
    public void Script_rendered_page_falls_back_to_its_json_ld_article_body()
    {
        string body = Paragraph + "\n\nThe work will start in March and last six weeks, the board said, with the channel closed at night only.";
        string ld = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["headline"] = "Dredging approved", ["articleBody"] = body });
        string html = "<html><head><script type='application/ld+json'>" + ld + "</script></head><body><div id='root'>Loading…</div></body></html>";
        var s = HtmlArticleParser.Default.Parse(html);
        Assert.Equal("Dredging approved", s.Title?.GetText(s.Text));
        Assert.Equal(body, s.GetBody());
    }

    [Fact]
    public void Script_and_hidden_text_never_reach_the_body()
    {
        string html = "<body><article><p>" + Paragraph + "</p><script>var p = 'script text';</script><p hidden>Hidden text.</p>"
            + "<p style='display: none'>Invisible text.</p></article></body>";
        var s = HtmlArticleParser.Default.Parse(html);
        Assert.Equal(Paragraph, s.GetBody());
    }

    [Theory]
    [InlineData("Bridges to be repaired | Riverton Gazette", null, "Bridges to be repaired")]
    [InlineData("Bridges to be repaired - Riverton Gazette", null, "Bridges to be repaired")]
    [InlineData("Riverton Gazette | Bridges to be repaired", "Riverton Gazette", "Bridges to be repaired")]
    [InlineData("Cats - the musical", null, "Cats - the musical")]
    public void Site_name_is_stripped_from_titles(string title, string? siteName, string expected)
    {
        Assert.Equal(expected, HtmlMetadata.StripSiteName(title, siteName));
    }

    [Theory]
    [InlineData("2025-02-11T18:30:00Z", "2025-02-11")]
    [InlineData("2024-12-14", "2024-12-14")]
    [InlineData("Tue, 11 Feb 2025 18:30:00 GMT", "2025-02-11")]
    [InlineData("yesterday", null)]
    public void Dates_are_read_from_metadata_values(string value, string? expected)
    {
        Assert.Equal(expected, HtmlMetadata.ParseDate(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Spans_hold_their_invariants_on_random_markup()
    {
        string[] pieces =
        [
            "<p>", "</p>", "<div class='content'>", "<div class='sidebar'>", "</div>", "<h2>", "</h2>", "<h3>", "</h3>",
            "<li>", "<ul>", "</ul>", "<a href='#'>", "</a>", "<br>", "<br><br>", "<table><tr><td>", "</td><td>", "</td></tr></table>",
            "<pre>", "</pre>", "<nav>", "</nav>", "<script>x<y</script>", "<!-- c -->", "<article>", "</article>", "<title>T | S</title>",
            "<blockquote>", "</blockquote>", "<figure><figcaption>Cap</figcaption></figure>",
            Paragraph, "Short line", "Advertisement", " ", "\n", "&amp; &nbsp;", "Rows, commas, and more commas, here.",
        ];
        Gen.Int[0, pieces.Length - 1].Array[0, 80].Sample(indices =>
        {
            var sb = new StringBuilder();
            foreach (int i in indices)
            {
                sb.Append(pieces[i]);
            }

            HtmlSpanInvariants.AssertHold(HtmlArticleParser.Default.Parse(sb.ToString()));
        }, iter: 300);
    }
}
