using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using TextInsight.Cli.Output;
using System.Text.Json;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

/// <summary>
/// The silos send what the coordinator's corpus resolver reads of each record (<see cref="RecordEntities"/>), so that the
/// coordinator only resolves and splices: the result must be the bytes it gets by reading each record's JSON itself.
/// </summary>
public sealed class RecordEntitiesTests
{
    [Fact]
    public async Task Ids_spliced_with_the_silos_entities_are_the_bytes_of_ids_read_from_the_json()
    {
        // The corpus, and documents whose names need escaping, share a surname across documents, carry a title, or fail.
        var documents = new List<BatchDocument>();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            documents.Add(new BatchDocument { Source = Path.GetFileName(file), Content = await File.ReadAllTextAsync(file) });
        }

        documents.Add(new BatchDocument { Source = "zz-1.txt", Content = "Blair sets out \"plans\"\n\nPrime Minister Tony Blair set out plans in Zürich on Monday, with the Apache Software Foundation (ASF). Mr Blair said the ASF would help.\n" });
        documents.Add(new BatchDocument { Source = "zz-2.txt", Content = "Visit ends\n\nMrs Blair visited Zürich on Wednesday with the ASF. Mrs Blair said the ASF had helped.\n" });
        documents.Add(new BatchDocument { Source = "zz-3.txt", Content = "   \n" });
        documents.Add(new BatchDocument { Source = "zz-4.txt", Content = "Parsers and \"topics\":[ records\n\nThe Apache Software Foundation wrote \"entitySummary\":[{\"id\":1}] and ,\"topics\":[] into a file in Zürich.\n" });

        var silo = new SiloAnalyzer(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 2 });
        var answer = await silo.AnalyzeAsync(new DocumentBatch { Documents = [.. documents] }, "test", CancellationToken.None);

        // As the coordinator gets it: through the Orleans serializer.
        await using var services = new ServiceCollection().AddSerializer(b => b.AddAssembly(typeof(AnalyzedBatch).Assembly)).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var received = serializer.Deserialize<AnalyzedBatch>(serializer.SerializeToArray(answer))!;

        var fromSilo = new CorpusIdSplicer(new CorpusEntityResolver());
        var fromJson = new CorpusIdSplicer(new CorpusEntityResolver());
        int withEntities = 0;
        foreach (var record in received.Records)
        {
            Assert.False(record.Entities.IsEmpty);
            withEntities += record.Entities.Length;
            string expected = Encoding.UTF8.GetString(fromJson.Resolve(record.Json.Span));
            Assert.Equal(expected, Encoding.UTF8.GetString(fromSilo.Resolve(record.Json.Span, record.Entities.Span)));
        }

        Assert.True(withEntities > 20 * documents.Count, $"only {withEntities} bytes of entities for {documents.Count} documents");
    }

    [Fact]
    public void Entities_cut_short_or_outside_their_record_are_refused_and_another_version_is_read_from_the_json()
    {
        var json = """{"source":"a.txt","entitySummary":[{"id":1,"name":"Tony Blair","type":"Person","aliases":["Blair"],"mentions":2,"salience":0.5}],"topics":[{"label":"politics","score":0.9}]}"""u8.ToArray();
        var record = AnalysisJson.Deserialize(Encoding.UTF8.GetString(json));
        byte[] encoded = RecordEntities.Encode(record, json);
        Assert.NotEmpty(encoded);

        string expected = Encoding.UTF8.GetString(new CorpusIdSplicer(new CorpusEntityResolver()).Resolve(json));
        Assert.Contains(",\"corpusId\":1,", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Encoding.UTF8.GetString(new CorpusIdSplicer(new CorpusEntityResolver()).Resolve(json, encoded)));

        // A version this coordinator does not know: the record's JSON is read instead.
        byte[] later = [.. encoded];
        later[0] = RecordEntities.Version + 1;
        Assert.Equal(expected, Encoding.UTF8.GetString(new CorpusIdSplicer(new CorpusEntityResolver()).Resolve(json, later)));

        var splicer = new CorpusIdSplicer(new CorpusEntityResolver());
        for (int cut = 1; cut < encoded.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => splicer.Resolve(json, encoded.AsSpan(0, cut)));
        }

        // The same entities against a record too short for their offsets.
        Assert.Throws<InvalidDataException>(() => splicer.Resolve(json.AsSpan(0, 40), encoded));
    }

    [Fact]
    public void A_family_word_in_a_persons_roles_reaches_the_coordinators_resolver_from_the_silo()
    {
        // Gordon Brown's son John, beside John Smith: apart only when the resolver reads the role "son".
        const string withRole = """{"source":"a.txt","entitySummary":[{"id":1,"name":"Gordon Brown","type":"Person","aliases":[],"mentions":3,"salience":0.5},{"id":2,"name":"John Smith","type":"Person","aliases":[],"mentions":2,"salience":0.3},{"id":3,"name":"John","type":"Person","aliases":[],"mentions":1,"salience":0.2,"roles":[{"title":"son","of":null}]}],"topics":[{"label":"politics","score":0.9}]}""";
        string withoutRole = withRole.Replace(",\"roles\":[{\"title\":\"son\",\"of\":null}]", "", StringComparison.Ordinal);
        Assert.NotEqual(withRole, withoutRole);

        foreach (var (text, apart) in new[] { (withRole, true), (withoutRole, false) })
        {
            byte[] json = Encoding.UTF8.GetBytes(text);
            var record = AnalysisJson.Deserialize(text);
            byte[] encoded = RecordEntities.Encode(record, json);
            var spliced = AnalysisJson.Deserialize(Encoding.UTF8.GetString(new CorpusIdSplicer(new CorpusEntityResolver()).Resolve(json, encoded)));
            var ids = spliced.EntitySummary!.ToDictionary(e => e.Name, e => e.CorpusId);
            Assert.Equal(apart, ids["John"] != ids["John Smith"]);
        }
    }

    [Fact]
    public void A_name_that_utf8_cannot_carry_sends_no_entities()
    {
        var record = new AnalysisRecord
        {
            Source = "a.txt",
            EntitySummary = [new EntitySummaryRecord { Id = 1, Name = "Tony \ud800Blair", Type = "Person", Mentions = 1 }],
        };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(record, AnalysisJsonContext.Default.AnalysisRecord);
        Assert.Empty(RecordEntities.Encode(record, json));
    }
}
