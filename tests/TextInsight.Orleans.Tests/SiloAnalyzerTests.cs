using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_batch_says_whether_text_in_one_case_is_restored(bool restore)
    {
        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        string lower = Article.ToLowerInvariant();
        var batch = new DocumentBatch
        {
            Documents = [new BatchDocument { Source = "a.txt", Content = lower }],
            Settings = new BatchSettings { RestoreCase = restore },
        };
        var answer = await silo.AnalyzeAsync(batch, "test", CancellationToken.None);

        var expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer(new TextAnalyzerOptions { RestoreCase = restore }).Analyze(lower, "a.txt")));
        var record = Assert.Single(answer.Records);
        string json = Encoding.UTF8.GetString(record.Json.Span);
        Assert.Equal(expected, json);
        Assert.Equal(restore, json.Contains("case restored for analysis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_batch_says_whether_mis_decoded_text_is_repaired(bool repair)
    {
        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        string spoiled = Article.Replace("Ines Varga", "Inès Varga", StringComparison.Ordinal).Replace("Inès", "InÃ¨s", StringComparison.Ordinal);
        var batch = new DocumentBatch
        {
            Documents = [new BatchDocument { Source = "a.txt", Content = spoiled }],
            Settings = new BatchSettings { RepairText = repair },
        };
        var answer = await silo.AnalyzeAsync(batch, "test", CancellationToken.None);

        var expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer(new TextAnalyzerOptions { RepairText = repair }).Analyze(spoiled, "a.txt")));
        var record = Assert.Single(answer.Records);
        string json = Encoding.UTF8.GetString(record.Json.Span);
        Assert.Equal(expected, json);
        Assert.Equal(repair, json.Contains("repaired 1 mis-decoded character sequence (UTF-8 read as Windows-1252)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Markdown_document_reaches_the_silo_as_Markdown()
    {
        const string markdown = "- [Home](/)\n- [World](/world)\n\n# Harbour Works Opens in Dunmore\n\n**Harbour Works**, a boat repair firm, opened a yard in "
            + "[Dunmore](https://example.com/dunmore) on Monday. Its owner, Ines Varga, said the yard cost $2.5 million and would employ 40 people.";
        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        var document = BatchDocument.From(new DocumentInput { Source = "a.md", Content = markdown, Format = DocumentFormat.Markdown });
        Assert.Equal(DocumentFormat.Markdown, document.ToInput().Format);

        var answer = await silo.AnalyzeAsync(new DocumentBatch { Documents = [document] }, "test", CancellationToken.None);

        var expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer().AnalyzeMarkdown(markdown, "a.md")));
        var record = Assert.Single(answer.Records);
        Assert.Equal(expected, Encoding.UTF8.GetString(record.Json.Span));
        Assert.DoesNotContain("](", expected, StringComparison.Ordinal);
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

    [Fact]
    public async Task A_known_publication_date_travels_through_the_serializer_and_gives_the_in_process_record()
    {
        var dated = new DocumentInput { Source = "d", Content = Article, Published = new DateOnly(2020, 3, 5) };
        await using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(BatchDocument).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var batch = serializer.Deserialize<DocumentBatch>(serializer.SerializeToArray(new DocumentBatch { Documents = [BatchDocument.From(dated)] }))!;
        Assert.Equal(new DateOnly(2020, 3, 5), batch.Documents[0].ToInput().Published);

        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
        var answer = await silo.AnalyzeAsync(batch, "test", CancellationToken.None);
        string expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer().Analyze(dated)));
        Assert.Equal(expected, Encoding.UTF8.GetString(Assert.Single(answer.Records).Json.Span));
        Assert.Contains("\"published\":\"2020-03-05\"", expected, StringComparison.Ordinal);
        Assert.Contains("\"iso\":\"2020-03-02\"", expected, StringComparison.Ordinal); // "on Monday" before Thursday 5 March
    }
}
