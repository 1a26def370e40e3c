using System.Globalization;
using TextInsight.Orleans;

namespace TextInsight.Cli.Commands;

/// <summary>The lines <c>analyze --cluster --stats</c> writes at the end: where the time of the run went.</summary>
internal static class ClusterStatsReport
{
    /// <summary>The report's lines, each starting with <c>stats:</c>.</summary>
    /// <param name="stats">The coordinator's statistics.</param>
    /// <param name="runProcessor">The coordinator's processor time during the run (from connected to the last record).</param>
    /// <param name="processProcessor">The coordinator process's processor time in all, start-up and connection included.</param>
    /// <param name="elapsed">The run's wall-clock time.</param>
    public static IEnumerable<string> Lines(ClusterRunStatistics stats, TimeSpan runProcessor, TimeSpan processProcessor, TimeSpan elapsed)
    {
        long documents = Math.Max(1, stats.Documents);
        yield return Invariant(
            $"stats: coordinator {PerDocument(runProcessor, documents)} CPU/document during the run ({runProcessor.TotalSeconds:0.00} s for {stats.Documents} documents in {elapsed.TotalSeconds:0.0} s; {processProcessor.TotalSeconds:0.00} s with start-up)");
        double average = stats.Batches > 0 ? (double)stats.Documents / stats.Batches : 0;
        yield return Invariant(
            $"stats: batches {stats.Batches} of {average:0.0} documents on average ({stats.SmallestBatch}-{stats.LargestBatch}), {stats.Retries} retried; sent {stats.TextCharacters / 1000.0:0} k characters of text, received {stats.RecordBytes / 1024.0 / 1024.0:0.0} MB of records ({stats.RecordBytes / documents / 1024.0:0.0} KB/document)");
        yield return Invariant(
            $"stats: coordinator waited {stats.WaitingForSilos.TotalSeconds:0.0} s for the next batch in order (silos busy) and {stats.WaitingForPlace.TotalSeconds:0.0} s for a place on the cluster (--batches-in-flight)");
        foreach (var silo in stats.Silos)
        {
            long siloDocuments = Math.Max(1, silo.Documents);
            yield return Invariant(
                $"stats: silo {silo.Silo}: {silo.Batches} batches, {silo.Documents} documents, {PerDocument(silo.ProcessorTimePerDocument, 1)} CPU/document (the silo process), {PerDocument(silo.AnalysisTime, siloDocuments)} wall/document in its batches (summed over overlapping batches), of which {PerDocument(silo.SerializationTime, siloDocuments)} serializing records and {silo.EntitiesTime.TotalMilliseconds * 1000 / siloDocuments:0} µs reading their entities for the corpus resolver");
        }
    }

    private static string PerDocument(TimeSpan time, long documents) =>
        (time.TotalMilliseconds / documents).ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
