using System.Text.Json;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Serialization;

public class AnalysisJsonTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    [Fact]
    public void A_record_round_trips_through_json_unchanged()
    {
        var record = AnalysisJson.ToRecord(Analyzer.Analyze(SeedArticle.Text, "seed-article.txt"));
        string json = AnalysisJson.Serialize(record);
        string again = AnalysisJson.Serialize(AnalysisJson.Deserialize(json));
        Assert.Equal(json, again);
    }

    [Fact]
    public void Schema_version_comes_first_and_names_are_camel_case()
    {
        string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(SeedArticle.Text, "seed-article.txt")));
        Assert.StartsWith("{\"schemaVersion\":1,\"source\":\"seed-article.txt\",\"title\":", json);
        using var doc = JsonDocument.Parse(json);
        string[] expected =
        [
            "schemaVersion", "source", "title", "titleSpan", "byline", "published", "warnings", "body", "sections",
            "boilerplate", "sentences", "entities", "entitySummary", "topics", "summary", "keyphrases", "error",
        ];
        Assert.Equal(expected, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void A_record_keeps_the_score_of_every_topic_label_highest_first()
    {
        string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(SeedArticle.Text, "seed-article.txt")));
        using var doc = JsonDocument.Parse(json);

        var topics = doc.RootElement.GetProperty("topics").EnumerateArray().ToArray();

        Assert.Equal(["business", "entertainment", "politics", "sport", "tech"], topics.Select(t => t.GetProperty("label").GetString()).Order());
        Assert.Equal(topics.Select(t => t.GetProperty("score").GetDouble()).OrderDescending(), topics.Select(t => t.GetProperty("score").GetDouble()));
    }

    [Fact]
    public void An_error_record_has_source_error_and_no_analysis_fields()
    {
        var result = new DocumentResult { Source = "a.txt", Index = 0, Error = new DocumentError(ErrorCodes.EmptyDocument, "a.txt: the document is empty.") };
        string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(result));
        Assert.Equal(
            "{\"schemaVersion\":1,\"source\":\"a.txt\",\"title\":null,\"titleSpan\":null,\"byline\":null,\"published\":null,\"warnings\":[],\"error\":{\"code\":\"empty_document\",\"message\":\"a.txt: the document is empty.\"}}",
            json);
    }

    [Fact]
    public void Every_span_of_the_seed_record_indexes_the_original_text()
    {
        var record = AnalysisJson.ToRecord(Analyzer.Analyze(SeedArticle.Text, "seed-article.txt"));
        SpanInvariants.Check(record, SeedArticle.Text);
    }

    [Fact]
    public void Html_records_carry_the_extracted_text_that_their_offsets_index()
    {
        const string html = "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><p>The council approved the budget on Monday.</p><p>It takes effect in May.</p></article></body></html>";
        var record = AnalysisJson.ToRecord(Analyzer.AnalyzeHtml(html, "page.html"));
        Assert.NotNull(record.Text);
        SpanInvariants.Check(record, record.Text!);
        Assert.Equal("Budget passes", record.Title);
    }
}
