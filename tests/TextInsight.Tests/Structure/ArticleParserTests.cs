using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

public class ArticleParserTests
{
    [Fact]
    public void Seed_article_title_is_its_first_line()
    {
        var s = ArticleParser.Default.Parse(SeedArticle.Text);
        Assert.Equal("Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure", s.Title!.Value.GetText(s.Text));
    }
}
