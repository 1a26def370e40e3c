using System.Runtime.CompilerServices;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Robustness;

/// <summary>
/// A batch holds a bounded number of documents whatever its length. Runs alone: it reads the process's managed heap.
/// </summary>
[Collection(nameof(RunsAlone))]
public class BoundedMemoryTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    [Theory]
    [InlineData(100)]
    [InlineData(2000)]
    public async Task Documents_in_flight_stay_within_the_pending_bound_whatever_the_batch_length(int count)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, MaxPending = 4 };
        var counter = new Counter();
        int maxInFlight = 0;
        await foreach (var result in Analyzer.AnalyzeManyAsync(Generate(count, counter), options))
        {
            maxInFlight = Math.Max(maxInFlight, counter.Produced - (int)result.Index);
        }

        // Pending results, plus the one the producer holds while it waits for a slot, plus the one being returned.
        Assert.Equal(count, counter.Produced);
        Assert.InRange(maxInFlight, 1, options.MaxPending.Value + 2);
    }

    [Fact]
    public async Task The_managed_heap_does_not_grow_from_the_200th_to_the_3000th_document()
    {
        long at200 = 0;
        long at3000 = 0;
        await foreach (var result in Analyzer.AnalyzeManyAsync(Generate(3000, new Counter()), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            if (result.Index == 199)
            {
                at200 = HeapAfterCollection();
            }
            else if (result.Index == 2999)
            {
                at3000 = HeapAfterCollection();
            }
        }

        // Each document's analysis is ~20 KB: keeping 2,800 more of them would add ~50 MB; the batch keeps none.
        Assert.True(at3000 - at200 < 8 * 1024 * 1024, $"the heap grew by {(at3000 - at200) / 1024} KB from document 200 to 3000 ({at200 / 1024} KB to {at3000 / 1024} KB)");
    }

    private static long HeapAfterCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async IAsyncEnumerable<DocumentInput> Generate(int count, Counter counter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string body = string.Join("\n\n", SeedArticle.Text.Split("\n\n").Skip(1).Take(3));
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref counter.Produced);
            yield return DocumentInput.FromText($"d{i}", $"Report {i} on open source funding\n\n{body}\n\nFiled as report {i}.\n");
            await Task.Yield();
        }
    }

    private sealed class Counter
    {
        public int Produced;
    }
}
