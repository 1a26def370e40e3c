using TextInsight.Entities;
using TextInsight.Entities.Numeric;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Ambiguous money forms (<c>$</c>, <c>¥</c>, <c>kr</c>, "pesos") resolved from the article (issue 20): the sentence's
/// own country first, then the article's prefixed forms, dateline and cues, then the country of the site it came
/// from, then the default; the mention says its currency was assumed. Examples written for this project.
/// </summary>
public class CurrencyContextTests
{
    private static List<NumericMention> Money(string text, string? source = null)
    {
        string dollar = CurrencyTable.DetectDollar(text, new TextSpan(0, text.Length), source);
        var context = new NumericContext(dollar, null, text, CurrencyTable.FromSource(source));
        var output = new List<NumericMention>();
        var segments = TextInsight.Text.SentenceSplitter.Default.Split(text);
        foreach (var s in segments)
        {
            NumericRecognizer.Recognize(text, s, context, [], output);
        }

        return output.Where(m => m.Type == EntityType.Money).ToList();
    }

    [Theory]
    // A country in the sentence is no evidence: the $ is most often a conversion to US dollars.
    [InlineData("Qantas made a record Australian dollars 648m ($492m) profit.", "USD")]
    [InlineData("Trade with Hong Kong reached $214bn.", "USD")]
    [InlineData("The firm raised $5 million.", "USD")]
    // The article's own prefixed forms and its dateline.
    [InlineData("The lender booked C$40 million. Its Australian arm added $3 million.", "CAD")]
    [InlineData("WELLINGTON (Reuters) - A flat now costs $1.1 million.", "NZD")]
    public void The_article_names_the_dollar(string text, string currency)
    {
        var m = Money(text).Last();
        Assert.Equal(currency, m.Currency);
        Assert.True(m.CurrencyAssumed);
    }

    [Fact]
    public void The_sentence_outweighs_the_rest_of_the_article()
    {
        const string text = "Japanese exporters gained as Tokyo shares rose. Japan's Nikkei hit a high. "
                            + "In Beijing, the Chinese buyer paid ¥500 million.";
        var m = Assert.Single(Money(text));
        Assert.Equal("CNY", m.Currency);
        Assert.True(m.CurrencyAssumed);
    }

    [Fact]
    public void The_article_chooses_when_the_sentence_does_not()
    {
        var m = Assert.Single(Money("The Oslo exchange rose. A ticket now costs 40 kr."));
        Assert.Equal("NOK", m.Currency);
    }

    [Theory]
    [InlineData("https://www.example.ca/business/story-1", "CAD")]
    [InlineData("https://news.example.com.au/markets?id=3", "AUD")]
    [InlineData("http://example.co.nz:8080/a", "NZD")]
    [InlineData("https://www.example.com/business", "USD")]
    [InlineData("/data/articles/business/001.txt", "USD")]
    [InlineData(null, "USD")]
    public void The_site_chooses_the_dollar_when_the_article_does_not(string? source, string currency)
    {
        var m = Assert.Single(Money("The firm raised $5 million.", source));
        Assert.Equal(currency, m.Currency);
        Assert.True(m.CurrencyAssumed);
    }

    [Theory]
    [InlineData("A ticket costs 40 kr.", "https://www.example.no/reise", "NOK")]
    [InlineData("A ticket costs 40 kr.", "https://www.example.dk/rejser", "DKK")]
    [InlineData("A ticket costs 40 kr.", null, "SEK")]
    [InlineData("The fee is ¥800.", "https://example.cn/news", "CNY")]
    [InlineData("The fee is ¥800.", "https://example.jp/news", "JPY")]
    [InlineData("The fee is ¥800.", null, "JPY")]
    [InlineData("The Danish brewer paid 40 kr.", "https://www.example.no/", "DKK")]
    public void The_site_chooses_among_candidates_after_the_article(string text, string? source, string currency)
    {
        var m = Assert.Single(Money(text, source));
        Assert.Equal(currency, m.Currency);
        Assert.True(m.CurrencyAssumed);
    }

    [Fact]
    public void A_dateline_outweighs_the_site()
    {
        var m = Assert.Single(Money("SYDNEY (Reuters) - The miner paid $3 million.", "https://www.example.ca/world"));
        Assert.Equal("AUD", m.Currency);
    }

    [Fact]
    public void Analysis_takes_the_site_from_the_source()
    {
        var analysis = TextAnalyzer.CreateDefault().Analyze("Rail plan\n\nThe province will spend $2 billion on trains.", "https://www.example.ca/news/rail");
        var m = Assert.Single(analysis.Entities, e => e.Type == EntityType.Money);
        Assert.Equal("CAD", m.Currency);
        Assert.True(m.CurrencyAssumed);
    }
}
