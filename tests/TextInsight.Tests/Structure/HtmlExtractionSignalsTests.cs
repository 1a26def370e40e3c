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
}
