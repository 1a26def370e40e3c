using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

public class DocumentFormatDetectorTests
{
    private const string Prose = "The council approved the budget on Monday after a long debate about schools, roads and the "
        + "new library. The mayor said the vote showed that the city could plan for the years ahead, and the opposition "
        + "promised to keep watching how the money is spent. ";

    [Theory]
    [InlineData("<p>The council approved the budget.</p>\n<p>The mayor welcomed the vote.</p>")]
    [InlineData("<p>The council approved the budget on Monday.</p>")]
    [InlineData("<p>One.</p><p>Two.</p><p>Three.</p>")]
    [InlineData("  \n<div class=\"entry-content\"><p>The council approved the budget.</p>\n<ul><li>Roads</li><li>Schools</li></ul></div>\n")]
    [InlineData("The council approved the budget.<br>\nThe mayor welcomed the vote.<br>\n")]
    [InlineData("<h2>Budget</h2>\n<p>The council approved it &mdash; at last.</p>")]
    [InlineData("<script>var a = 1 < 2;</script><style>p{}</style><noscript>x</noscript><div><p>Text.</p></div>")]
    public void A_fragment_of_html_is_html(string content) =>
        Assert.Equal(DocumentFormat.Html, DocumentFormatDetector.Detect(content));

    [Theory]
    [InlineData("Use the <b> element to make text bold.")]
    [InlineData("If a < b and c > d, the order holds.\n\nIt is 3<4 and 5>2.")]
    [InlineData("AT&T said on Monday that profits rose; R&D spending fell.")]
    [InlineData("Council approves budget\n\nThe council approved the budget on Monday.\n")]
    [InlineData("<Reuters> - The council approved the budget.")]
    [InlineData("")]
    public void Plain_text_that_mentions_a_tag_or_a_less_than_sign_stays_plain_text(string content) =>
        Assert.Equal(DocumentFormat.PlainText, DocumentFormatDetector.Detect(content));

    [Fact]
    public void An_article_about_html_that_writes_tags_in_its_prose_stays_plain_text()
    {
        // Paired block tags in running text, but a tiny share of the text and no line opening with one.
        string text = "Web pages wrap each paragraph in <p> and </p>, and a <div> groups them. " + Prose + Prose + "\n\n" + Prose + Prose;
        Assert.Equal(DocumentFormat.PlainText, DocumentFormatDetector.Detect(text));
    }

    [Fact]
    public void A_page_is_html() =>
        Assert.Equal(DocumentFormat.Html, DocumentFormatDetector.Detect("<!DOCTYPE html><html><body>Hi</body></html>"));

    [Fact]
    public void The_seed_and_the_corpus_are_plain_text()
    {
        Assert.Equal(DocumentFormat.PlainText, DocumentFormatDetector.Detect(SeedArticle.Text));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt"))
        {
            Assert.True(DocumentFormatDetector.Detect(File.ReadAllText(file)) == DocumentFormat.PlainText, file);
        }
    }

    [SharedDataFact]
    public void Every_bbc_article_is_plain_text()
    {
        foreach (var folder in new[] { "bbc/articles", "bbc-2020-dev/articles" })
        {
            string path = Path.Combine(RepoPaths.SharedData, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories))
            {
                Assert.True(DocumentFormatDetector.Detect(File.ReadAllText(file)) == DocumentFormat.PlainText, file);
            }
        }
    }
}
