using TextInsight.Serialization;

namespace TextInsight.Tests.Pipeline;

/// <summary><see cref="DocumentInput.Published"/>: a date known apart from the text, which relative dates resolve against.</summary>
public class KnownPublicationDateTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    // 5 March 2020 was a Thursday.
    private static readonly DateOnly Thursday = new(2020, 3, 5);

    private const string Body = "Harbour Works said on Tuesday that it had opened a yard in Dunmore. Its owner, Ines Varga, signed the lease yesterday.";

    private static string[] Dates(ArticleAnalysis a) =>
        [.. a.Entities.Where(m => m.Type == TextInsight.Entities.EntityType.Date).Select(m => m.Iso ?? "?")];

    [Fact]
    public void Relative_dates_resolve_against_the_given_date()
    {
        var a = Analyzer.Analyze(new DocumentInput { Source = "a", Content = Body, Published = Thursday });
        Assert.Equal(Thursday, a.Published);
        Assert.Equal(["2020-03-03", "2020-03-04"], Dates(a));

        var without = Analyzer.Analyze(new DocumentInput { Source = "a", Content = Body });
        Assert.Null(without.Published);
        Assert.Empty(Dates(without));
    }

    [Theory]
    [InlineData(DocumentFormat.PlainText, "Yard opens\n\nPublished 9 March 2020\n\n" + Body)]
    [InlineData(DocumentFormat.Html, "<html><head><meta property=\"article:published_time\" content=\"2020-03-09T08:00:00Z\"><title>Yard opens</title></head><body><article><h1>Yard opens</h1><p>" + Body + "</p></article></body></html>")]
    [InlineData(DocumentFormat.Markdown, "---\ntitle: Yard opens\ndate: 2020-03-09\n---\n\n" + Body + "\n")]
    public void A_given_date_wins_over_the_date_in_the_content(DocumentFormat format, string content)
    {
        var stated = Analyzer.Analyze(new DocumentInput { Source = "a", Content = content, Format = format });
        Assert.Equal(new DateOnly(2020, 3, 9), stated.Published);

        var given = Analyzer.Analyze(new DocumentInput { Source = "a", Content = content, Format = format, Published = Thursday });
        Assert.Equal(Thursday, given.Published);
        Assert.Equal("2020-03-05", AnalysisJson.ToRecord(given).Published);
        Assert.Contains("2020-03-03", Dates(given));
        Assert.Contains("2020-03-04", Dates(given));
        Assert.DoesNotContain("2020-03-08", Dates(given)); // yesterday of the stated date
        Assert.Equal(stated.Title, given.Title);
        Assert.Equal(stated.Body, given.Body);
    }

    [Fact]
    public void A_given_date_reaches_text_in_one_case_restored()
    {
        var a = Analyzer.Analyze(new DocumentInput { Source = "a", Content = Body.ToLowerInvariant(), Published = Thursday });
        Assert.Equal(Thursday, a.Published);
        Assert.Equal(["2020-03-03", "2020-03-04"], Dates(a));
    }

    [Fact]
    public void A_placeholder_date_in_page_metadata_gives_way_to_the_next_source()
    {
        // Go's and .NET's zero time is what some publishing systems write for "no date": relative dates resolved against
        // 1 January of year 1 went out of the calendar ("analysis failed: Value to add was out of range").
        const string Page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
            + "<title>Yard opens</title></head><body><article><h1>Yard opens</h1><time datetime=\"2020-03-05\">5 March</time><p>" + Body + "</p></article></body></html>";

        var a = Analyzer.Analyze(new DocumentInput { Source = "a.html", Content = Page, Format = DocumentFormat.Html });

        Assert.Equal(Thursday, a.Published);
        Assert.Equal(["2020-03-03", "2020-03-04"], Dates(a));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_given_date_at_the_ends_of_the_calendar_resolves_no_relative_date(int year, int month, int day)
    {
        var edge = new DateOnly(year, month, day);
        var a = Analyzer.Analyze(new DocumentInput
        {
            Source = "a", Content = Body + " The yard will open on Monday, next week, next month and next year.", Published = edge,
        });

        Assert.Equal(edge, a.Published);
        Assert.Empty(Dates(a));
    }
}
