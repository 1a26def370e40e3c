using System.Text;
using TextInsight.Serialization;

namespace TextInsight.Orleans.Tests;

/// <summary>The silo's analyzers, outside a cluster.</summary>
public sealed class SiloAnalyzerTests
{
    private const string Article = "Harbour Works Opens in Dunmore\n\nHarbour Works, a boat repair firm, opened a yard in Dunmore on Monday. "
        + "Its owner, Ines Varga, said the yard cost $2.5 million and would employ 40 people. Varga said orders rose 12% this year.";

    [Fact]
    public async Task Models_loaded_at_start_give_the_same_records_as_an_in_process_analyzer()
    {
        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        await silo.LoadModelsAsync();
        await silo.LoadModelsAsync(); // a second call reuses the loaded analyzer

        var batch = new DocumentBatch { Documents = [new BatchDocument { Source = "a.txt", Content = Article }] };
        var answer = await silo.AnalyzeAsync(batch, "test", CancellationToken.None);

        var expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer().Analyze(Article, "a.txt")));
        var record = Assert.Single(answer.Records);
        Assert.False(record.Failed);
        Assert.Equal(expected, Encoding.UTF8.GetString(record.Json.Span));
    }

    [Fact]
    public async Task A_known_title_and_a_fragment_told_by_its_content_reach_the_silo()
    {
        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        var titled = new DocumentInput { Source = "t", Content = Article[(Article.IndexOf('\n') + 2)..], Title = "Yard opens" };
        var fragment = new DocumentInput { Source = "f", Content = "<p>Harbour Works opened a yard in Dunmore on Monday.</p>\n<p>It cost $2.5 million.</p>", Format = DocumentFormat.Auto };
        var documents = new[] { BatchDocument.From(titled), BatchDocument.From(fragment) };
        Assert.Equal("Yard opens", documents[0].ToInput().Title);
        Assert.True(documents[1].IsHtml);

        var answer = await silo.AnalyzeAsync(new DocumentBatch { Documents = [.. documents] }, "test", CancellationToken.None);
        var analyzer = new TextAnalyzer();
        Assert.Equal(AnalysisJson.Serialize(AnalysisJson.ToRecord(analyzer.Analyze(titled))), Encoding.UTF8.GetString(answer.Records[0].Json.Span));
        Assert.Equal(AnalysisJson.Serialize(AnalysisJson.ToRecord(analyzer.Analyze(fragment))), Encoding.UTF8.GetString(answer.Records[1].Json.Span));
    }
}
