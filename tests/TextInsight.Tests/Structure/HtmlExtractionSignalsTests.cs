using TextInsight.Structure;

namespace TextInsight.Tests.Structure;

/// <summary>The extractor's general signals, each on a small team-written page.</summary>
public class HtmlExtractionSignalsTests
{
    private const string Post = "Need a quick costume for the weekend? A local illustrator has drawn three paper masks, a fox, an owl and a cat, that anyone can print, cut out and fold at home in an afternoon.";

    private const string Sidebar = "I am a teacher, a gardener and a cyclist, and I have written this blog about paper crafts, costumes and small projects for children since the spring of 2009.";

    [Fact]
    public void A_post_in_a_wrapper_whose_class_reads_as_furniture_is_kept()
    {
        // The post's wrapper is named like a date line and a sidebar pulls the container up to the page: the subtree
        // holding the best-scoring text must still not be pruned as furniture.
        string html = "<html><body><div id='content-wrapper'>"
            + "<div id='main' class='main'><div class='date-outer'><h2 class='date-header'>October 26</h2><div class='date-posts'>"
            + "<div class='post'><div class='post-body'><p>" + Post + "</p></div></div></div></div></div>"
            + "<div id='sidebar-wrapper'><div class='text-widget content'><p>" + Sidebar + "</p></div>"
            + "<div class='about content'><p>" + Sidebar.Replace("teacher", "painter", StringComparison.Ordinal) + "</p></div>"
            + "<div class='bio content'><p>" + Sidebar.Replace("teacher", "baker", StringComparison.Ordinal) + "</p></div></div>"
            + "</div></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.Contains(Post, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_only_text_is_a_comment_thread_is_not_empty()
    {
        string html = "<html><body><div id='comments'><ol>"
            + "<li class='comment'><p>" + Post + "</p></li>"
            + "<li class='comment'><p>" + Sidebar + "</p></li>"
            + "</ol></div></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.StartsWith(Post, body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_named_anchor_left_open_is_not_link_text()
    {
        // Old message-board archives open <a name=…> as a jump target and never close it: the parser carries the
        // anchor into every following block, so all the page's text sits inside an <a>. Without an href it leads
        // nowhere and is no link; a real menu beside it still is.
        string html = "<html><body><a name='top'><table><tr><td>"
            + "<p><b>By Dana on Thursday, May 1:</b></p><p>" + Post + "</p>"
            + "<p><b>By Kim on Friday, May 2:</b></p><p>" + Sidebar + "</p>"
            + "</td></tr></table>"
            + "<div class='menu'><a href='/boards'>All boards</a> | <a href='/archive'>Archive</a> | <a href='/help'>Help</a></div>"
            + "</body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.Contains(Post, body, StringComparison.Ordinal);
        Assert.Contains(Sidebar, body, StringComparison.Ordinal);
        Assert.DoesNotContain("All boards", body, StringComparison.Ordinal);
    }

    private const string First = "The village hall reopened on Saturday after a year of repairs to its roof, its kitchen and the old stage, paid for by a lottery grant and two summers of fairs.";

    private const string Middle = "Volunteers painted the walls, mended the curtains and laid a new floor, and the parish council bought sixty chairs to replace the benches that had stood there since 1952.";

    private const string Last = "The first event, a dance on the last Friday of the month, is already sold out, the hall's secretary said, and the choir will rehearse there again from September.";

    private const string Reader = "Lovely to see the hall open again, my grandparents met at a dance there and we held my daughter's christening party there too, thank you to everyone who worked on it.";

    [Theory]
    [InlineData("<h3>2 Comments</h3>")]
    [InlineData("<h4>Have your say</h4>")]
    [InlineData("<p><b>Leave a reply</b></p>")]
    public void A_comment_section_label_after_the_article_ends_its_text(string label)
    {
        // No class or id names the thread: the label that opens it is what says where the article ends.
        string html = "<html><body><div class='entry'><p>" + First + "</p><p>" + Middle + "</p><p>" + Last + "</p>"
            + label + "<p>" + Reader + "</p><p>" + Sidebar + "</p></div></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();
        string heuristic = new HtmlArticleParser(null).Parse(html).GetBody();

        Assert.Contains(Last, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Reader, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Sidebar, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Reader, heuristic, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_label_before_the_first_paragraphs_ends_nothing()
    {
        string html = "<html><body><div class='entry'><p>" + First + "</p><h4>Comments</h4><p>" + Middle + "</p><p>" + Last + "</p></div></body></html>";

        string body = HtmlArticleParser.Default.Parse(html).GetBody();

        Assert.Contains(Middle, body, StringComparison.Ordinal);
        Assert.Contains(Last, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_comment_count_under_each_post_of_a_weblog_page_ends_nothing()
    {
        // "Comments (3)" under every post links to that post's own page: the next post is text of this one.
        string html = "<html><body><div class='blog'>"
            + "<div class='post'><h2>Hall reopens</h2><p>" + First + "</p><p>" + Middle + "</p><p>" + Last + "</p><p><a href='/post/1#comments'>Comments (3)</a></p></div>"
            + "<div class='post'><h2>Choir returns</h2><p>" + Post + "</p><p>" + Sidebar + "</p><p><a href='/post/2#comments'>Comments (0)</a></p></div>"
            + "</div></body></html>";

        string body = new HtmlArticleParser(null).Parse(html).GetBody();

        Assert.Contains(First, body, StringComparison.Ordinal);
        Assert.Contains(Post, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_column_of_a_data_table_ends_nothing()
    {
        string html = "<html><body><div class='entry'><p>" + First + "</p><p>" + Middle + "</p><p>" + Last + "</p>"
            + "<table><tr><td><p><b>Room</b></p></td><td><p><b>Comment</b></p></td></tr>"
            + "<tr><td><p>Kitchen</p></td><td><p>New ovens and a serving hatch</p></td></tr></table>"
            + "<p>" + Post + "</p></div></body></html>";

        string body = new HtmlArticleParser(null).Parse(html).GetBody();

        Assert.Contains(Post, body, StringComparison.Ordinal);
    }
}
