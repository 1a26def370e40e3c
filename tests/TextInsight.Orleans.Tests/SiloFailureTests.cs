using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

public sealed class SiloFailureTests
{
    [Fact]
    public async Task A_silo_killed_in_the_middle_of_a_batch_loses_and_duplicates_no_record()
    {
        var expected = await ClusterTestSupport.InProcessLinesAsync(RepoPaths.Corpus, corpusIds: false);
        var cluster = await ClusterTestSupport.DeployAsync(3);
        try
        {
            var victim = cluster.SecondarySilos[0];
            var stalled = StallFilter.Arm(victim.SiloAddress);
            var coordinator = new ClusterBatchCoordinator(
                cluster.Client,
                new ClusterBatchOptions { BatchSize = 2, MaxBatchesInFlight = 3, BatchTimeout = TimeSpan.FromSeconds(30), RetryDelay = TimeSpan.FromMilliseconds(100) });

            var run = Task.Run(async () =>
            {
                var records = new List<ClusterRecord>();
                await foreach (var record in coordinator.AnalyzeAsync(ClusterTestSupport.Read(RepoPaths.Corpus)))
                {
                    records.Add(record);
                }

                return records;
            });

            await stalled.WaitAsync(TimeSpan.FromSeconds(60));
            await cluster.KillSiloAsync(victim).WaitAsync(TimeSpan.FromSeconds(60));
            var records = await run.WaitAsync(TimeSpan.FromSeconds(90));

            Assert.Equal(expected, records.Select(ClusterTestSupport.Line));
            Assert.Equal(records.Count, records.Select(r => r.Index).Distinct().Count());
            Assert.True(coordinator.Retries >= 1, "the batch stuck on the killed silo was retried");
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
