using System.Text;
using System.Text.Json;
using TextInsight.Cli.Output;
using TextInsight.Entities.Corpus;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>
/// Records from a cluster get their corpus ids put into their JSON bytes (<see cref="CorpusIdSplicer"/>), not by parsing
/// and writing each record again: the bytes must be those of the same run resolved in process.
/// </summary>
public class CorpusIdSplicerTests
{
    [Fact]
    public async Task Splicing_ids_into_unresolved_records_gives_the_bytes_of_a_resolved_run()
    {
        using var dir = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            dir.File("in/" + Path.GetFileName(file), File.ReadAllText(file));
        }

        // Names that need escaping in JSON, a name with an alias, a name repeated across documents, and a bad document.
        dir.File("in/zz-1.txt", "Blair sets out \"plans\"\n\nPrime Minister Tony Blair set out plans in Zürich on Monday, with the Apache Software Foundation (ASF). Mr Blair said the ASF would help.\n");
        dir.File("in/zz-2.txt", "Campaign begins\n\nMr Blair opened the campaign in Zürich on Tuesday; the ASF was there.\n");
        // Text that looks like the properties the splicer looks for must not be taken for them.
        dir.File("in/zz-4.txt", "Parsers and \"topics\":[ records\n\nThe Apache Software Foundation wrote \"entitySummary\":[{\"id\":1}] and ,\"topics\":[] into a file in Zürich.\n");
        dir.File("in/zz-3.txt", "   \n");
        // A courtesy title the name leaves out ("title" in the record): Mrs Blair must not join Tony Blair here either.
        dir.File("in/zz-5.txt", "Visit ends\n\nMrs Blair visited Zürich on Wednesday with the ASF. Mrs Blair said the ASF had helped.\n");

        var resolved = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress");
        var unresolved = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--no-corpus-entities");
        Assert.Equal(resolved.Records.Count, unresolved.Records.Count);
        Assert.Contains(resolved.Records, r => r.Error is not null);
        Assert.Contains("\"corpusId\"", resolved.Output, StringComparison.Ordinal);

        var splicer = new CorpusIdSplicer(new CorpusEntityResolver());
        var expected = Lines(resolved.Output);
        var input = Lines(unresolved.Output);
        for (int i = 0; i < input.Length; i++)
        {
            var spliced = Encoding.UTF8.GetString(splicer.Resolve(Encoding.UTF8.GetBytes(input[i])));
            Assert.Equal(expected[i], spliced);
        }
    }

    [Fact]
    public void A_record_that_already_holds_corpus_ids_or_is_not_an_object_is_refused()
    {
        var splicer = new CorpusIdSplicer(new CorpusEntityResolver());
        Assert.Throws<JsonException>(() => splicer.Resolve("""{"source":"a.txt","entitySummary":[{"id":1,"corpusId":4,"name":"X","type":"Person","aliases":[],"mentions":1,"salience":1}]}"""u8));
        Assert.Throws<JsonException>(() => splicer.Resolve("[1,2]"u8));
        Assert.ThrowsAny<JsonException>(() => splicer.Resolve("""{"source":"a.txt","entitySummary":[{"id":1,"na"""u8));
    }

    [Fact]
    public void Ids_go_after_each_item_id_and_a_record_without_entities_still_counts_as_a_document()
    {
        var resolver = new CorpusEntityResolver();
        var splicer = new CorpusIdSplicer(resolver);
        var first = Encoding.UTF8.GetString(splicer.Resolve("""{"source":"a.txt","entitySummary":[{"id":1,"name":"Tony Blair","type":"Person","aliases":[],"mentions":2,"salience":0.5},{"id":2,"name":"London","type":"Location","aliases":[],"mentions":1,"salience":0.5}],"topics":[{"label":"politics","score":0.9}]}"""u8));
        var ids = System.Text.RegularExpressions.Regex.Matches(first, "\"id\":(\\d+),\"corpusId\":(\\d+),\"name\":\"([^\"]+)\"");
        Assert.Equal(2, ids.Count);
        Assert.Equal(["1", "2"], ids.Select(m => m.Groups[1].Value));
        Assert.NotEqual(ids[0].Groups[2].Value, ids[1].Groups[2].Value);
        Assert.Equal(
            """{"source":"a.txt","entitySummary":[{"id":1,"name":"Tony Blair","type":"Person","aliases":[],"mentions":2,"salience":0.5},{"id":2,"name":"London","type":"Location","aliases":[],"mentions":1,"salience":0.5}],"topics":[{"label":"politics","score":0.9}]}""",
            System.Text.RegularExpressions.Regex.Replace(first, ",\"corpusId\":\\d+", string.Empty));
        var error = Encoding.UTF8.GetString(splicer.Resolve("""{"source":"b.txt","error":{"code":"empty_document","message":"b.txt: empty"}}"""u8));
        Assert.Equal("""{"source":"b.txt","error":{"code":"empty_document","message":"b.txt: empty"}}""", error);
        Assert.Equal(2, resolver.DocumentCount);

        // The same ids as the resolver gives the parsed records.
        var other = new CorpusEntityResolver();
        var records = new[] { first, error }.Select(j => TextInsight.Serialization.AnalysisJson.Deserialize(System.Text.RegularExpressions.Regex.Replace(j, ",\"corpusId\":\\d+", string.Empty))).ToList();
        records.ForEach(other.Resolve);
        Assert.Equal(ids.Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)), records[0].EntitySummary!.Select(e => e.CorpusId!.Value));
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
