using System.Diagnostics;
using System.Globalization;
using TextInsight.Entities.Corpus;
using TextInsight.Tests.Entities;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--corpus-memory N</c>: feeds N synthetic documents (<see cref="SyntheticCorpus"/>) to a corpus entity resolver
/// and prints the heap it holds (by <c>GC.GetTotalMemory</c> after a full collection), its corpus entities, and the time
/// per document, at a few points on the way. The records are generated one at a time and dropped after resolution, as
/// <c>analyze</c> streams them.
/// </summary>
internal static class CorpusMemory
{
    public static void Run(int documents)
    {
        var corpus = new SyntheticCorpus();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var resolver = new CorpusEntityResolver();
        var clock = new Stopwatch();
        int next = 1780;
        for (int i = 0; i < documents; i++)
        {
            var record = corpus.Next(i);
            clock.Start();
            resolver.Resolve(record);
            clock.Stop();
            if (i + 1 == next || i + 1 == documents)
            {
                // The generator's own state (its tables) is measured with the resolver: it is subtracted by measuring
                // it alone below, at the end.
                long heap = GC.GetTotalMemory(forceFullCollection: true) - before;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i + 1} documents: {resolver.Count} corpus entities, {resolver.LiveCount} held; heap with the generator {heap / 1048576.0:F1} MB; {clock.Elapsed.TotalMilliseconds * 1000 / (i + 1):F0} µs per document"));
                next = next < 10_000 ? 10_000 : next * 2;
            }
        }

        long withResolver = GC.GetTotalMemory(forceFullCollection: true) - before;
        int count = resolver.Count, live = resolver.LiveCount;
        long retiredBytes = resolver.RetiredBytes;
        resolver = null;
        long generatorOnly = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(corpus);
        long held = withResolver - generatorOnly;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"resolver heap after {documents} documents: {held / 1048576.0:F1} MB (generator {generatorOnly / 1048576.0:F1} MB apart): {count} corpus entities, {live} held ({(held - retiredBytes) / (double)Math.Max(1, live):F0} bytes each, indexes included), {count - live} retired ({retiredBytes / (double)Math.Max(1, count - live):F0} bytes each)"));
    }
}
