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
    public async Task A_null_item_in_a_batch_is_an_argument_error_naming_its_index_after_the_results_before_it()
    {
        // It was a NullReferenceException from inside the scheduler, which named neither the argument nor the item.
        DocumentInput[] inputs = [DocumentInput.FromText("doc0", "Title\n\nThe council met on Monday."), null!, DocumentInput.FromText("doc2", "Another.")];
        var results = new List<DocumentResult>();
        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var r in Analyzer.AnalyzeManyAsync(inputs, new BatchOptions { MaxDegreeOfParallelism = 1 }))
            {
                results.Add(r);
            }
        });

        Assert.Equal("documents", error.ParamName);
        Assert.Contains("index 1", error.Message);
        Assert.Equal("doc0", Assert.Single(results).Source);
    }

    [Fact]
    public void A_document_without_a_source_is_rejected_naming_the_argument()
    {
        // Every result and error message names its document by its source: without one, messages began with ": ".
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => DocumentInput.FromText(null!, "text")).ParamName);
    }

    [Fact]
    public void A_shared_analyzer_gives_the_same_results_for_2000_documents_on_many_threads_as_sequentially()
    {
        var inputs = TwoThousandCorpusDocuments();
        var sequential = inputs.Select(d => AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(d.Content!, d.Source)))).ToList();

        // Many threads at once on the one analyzer, each taking documents as they come, so that every stage's shared
        // state (model caches, pooled engines, lazily loaded models) is raced.
        var parallel = new string[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            parallel[i] = AnalysisJson.Serialize(AnalysisJson.ToRecord(Analyzer.Analyze(inputs[i].Content!, inputs[i].Source))));

        Assert.Equal(2000, sequential.Distinct().Count());
        Assert.Equal(sequential, parallel);
    }

    /// <summary>
    /// 2,000 distinct short articles cut from the corpus: each article's title with one of its paragraphs, so that every
    /// document has a title, body sentences, names and values, and the test stays within seconds.
    /// </summary>
    private static List<DocumentInput> TwoThousandCorpusDocuments()
    {
        var articles = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var documents = new List<DocumentInput>(2000);
        for (int i = 0; documents.Count < 2000; i++)
        {
            var blocks = articles[i % articles.Count];
            int round = i / articles.Count;
            int a = 1 + (round % (blocks.Length - 1));
            documents.Add(DocumentInput.FromText($"d{i}", $"{blocks[0]}\n\n{blocks[a]}\n\nDocument {i}.\n"));
        }

        return documents;
    }

    [Fact]
    public void A_document_whose_time_limit_has_passed_gives_a_timeout_record_naming_it_and_the_limit()
    {
        // The limit passes before the analysis starts; that it also stops between stages is pinned by the cancellation
        // tests of the entity recognizer and the summarizer, which check the same token.
        var document = DocumentInput.FromText("long", LongArticle(2_000));
        using var deadline = new CancellationTokenSource();
        deadline.Cancel();

        var result = Analyzer.AnalyzeOne(document, 0, TimeSpan.FromMilliseconds(50), deadline.Token);

        Assert.Null(result.Analysis);
        Assert.Equal(ErrorCodes.Timeout, result.Error!.Code);
        Assert.Equal("long: analysis took longer than the limit of 0.05 s per document.", result.Error.Message);
    }

    [Fact]
    public async Task A_batch_gives_a_timeout_record_for_a_document_over_the_limit_and_goes_on()
    {
        var inputs = new[]
        {
            DocumentInput.FromText("long", LongArticle(2_000)),
            DocumentInput.FromText("short", "Budget passes\n\nThe council approved the budget on Monday."),
        };
        // A clock on which the first document's limit has passed and the second's never does: the outcome does not
        // depend on the machine's speed (a timed test failed in CI when the timer's callback came late on a busy pool).
        var clock = new LimitPassedClock(1);
        var results = new List<DocumentResult>();
        await foreach (var r in Analyzer.AnalyzeManyAsync(inputs, new BatchOptions { MaxDegreeOfParallelism = 1, TimeoutPerDocument = TimeSpan.FromMilliseconds(50), TimeProvider = clock }))
        {
            results.Add(r);
        }

        Assert.Equal(["long", "short"], results.Select(r => r.Source));
        Assert.True(clock.Created >= 2, $"the batch measured its limit on the given clock ({clock.Created} timers)");
        Assert.Equal(ErrorCodes.Timeout, results[0].Error!.Code);
        Assert.Null(results[1].Error);
        Assert.Equal("Budget passes", results[1].Analysis!.Title);
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

    private static string LongArticle(int paragraphs)
    {
        var text = new System.Text.StringBuilder("A very long report\n\n");
        for (int i = 0; i < paragraphs; i++)
        {
            text.Append("The council of Paris met on Monday, and Jane Doe said the budget grew ").Append(i % 90).Append("% to $").Append(i).Append(" million.\n\n");
        }

        return text.ToString();
    }
}
