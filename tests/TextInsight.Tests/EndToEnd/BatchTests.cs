using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

public class BatchTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    [Fact]
    public async Task Results_come_back_in_input_order_one_per_document_including_failures()
    {
        var inputs = Enumerable.Range(0, 200).Select(i => i % 7 == 0
            ? DocumentInput.FromText($"doc{i}", string.Empty)
            : DocumentInput.FromText($"doc{i}", $"Title {i}\n\nParagraph number {i} has a sentence. And another one.")).ToList();
        var results = new List<DocumentResult>();
        await foreach (var r in Analyzer.AnalyzeManyAsync(inputs, new BatchOptions { MaxDegreeOfParallelism = 4, MaxPending = 3 }))
        {
            results.Add(r);
        }

        Assert.Equal(inputs.Select(d => d.Source), results.Select(r => r.Source));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), results.Select(r => r.Index));
        Assert.All(results, r => Assert.True((r.Analysis is null) != (r.Error is null)));
        Assert.Equal(29, results.Count(r => r.Error?.Code == ErrorCodes.EmptyDocument));
    }

    [Fact]
    public async Task A_shared_analyzer_gives_the_same_results_on_many_threads_as_sequentially()
    {
        string[] texts = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(File.ReadAllText).ToArray();
        var inputs = Enumerable.Range(0, 120).Select(i => DocumentInput.FromText($"d{i}", texts[i % texts.Length])).ToList();
        var sequential = inputs.Select(d => AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(d.Content!, d.Source)))).ToList();
        var parallel = new List<string>();
        await foreach (var r in Analyzer.AnalyzeManyAsync(inputs, new BatchOptions { MaxDegreeOfParallelism = 8 }))
        {
            parallel.Add(AnalysisJson.Serialize(AnalysisJson.ToRecord(r)));
        }

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task A_reader_error_passes_through_as_that_documents_error()
    {
        var inputs = new[] { DocumentInput.Failed("x.csv#3", ErrorCodes.CsvBadRow, "x.csv#3: bad row") };
        var results = new List<DocumentResult>();
        await foreach (var r in Analyzer.AnalyzeManyAsync(inputs))
        {
            results.Add(r);
        }

        var result = Assert.Single(results);
        Assert.Equal("x.csv#3", result.Source);
        Assert.Null(result.Analysis);
        Assert.Equal(ErrorCodes.CsvBadRow, result.Error!.Code);
    }

    [Fact]
    public async Task Cancelling_stops_the_batch()
    {
        using var cts = new CancellationTokenSource();
        var inputs = Enumerable.Range(0, 10_000).Select(i => DocumentInput.FromText($"d{i}", "Title\n\nSome text here."));
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var r in Analyzer.AnalyzeManyAsync(inputs, new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                if (++seen == 10)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.InRange(seen, 10, 100);
    }
}
