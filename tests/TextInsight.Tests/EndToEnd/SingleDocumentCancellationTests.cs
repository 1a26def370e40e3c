using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>One document's analysis can be cancelled through the public API, as a batch's time limit cancels it.</summary>
public class SingleDocumentCancellationTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    [Fact]
    public void A_cancelled_token_stops_a_plain_text_analysis()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.Analyze(SeedArticle.Text, "seed", cts.Token));
    }

    [Fact]
    public void A_cancelled_token_stops_an_html_analysis()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.AnalyzeHtml("<html><body><h1>Budget</h1><p>The council met.</p></body></html>", "page", cts.Token));
    }

    [Fact]
    public void A_token_that_is_never_cancelled_gives_the_same_analysis_as_no_token()
    {
        var plain = Analyzer.Analyze(SeedArticle.Text, "seed");
        var withToken = Analyzer.Analyze(SeedArticle.Text, "seed", CancellationToken.None);
        Assert.Equal(
            TextInsight.Serialization.AnalysisJson.Serialize(TextInsight.Serialization.AnalysisJson.ToRecord(plain)),
            TextInsight.Serialization.AnalysisJson.Serialize(TextInsight.Serialization.AnalysisJson.ToRecord(withToken)));
    }
}
