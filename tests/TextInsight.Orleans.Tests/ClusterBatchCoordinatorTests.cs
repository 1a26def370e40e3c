using Orleans.TestingHost;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

/// <summary>A shared cluster of three silos.</summary>
public sealed class ThreeSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await ClusterTestSupport.DeployAsync(3);

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

public sealed class ClusterBatchCoordinatorTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task The_silo_warm_up_batch_runs_the_batch_path_and_reads_back_both_records()
    {
        var services = Assert.IsType<InProcessSiloHandle>(fixture.Cluster.Primary).SiloHost.Services;

        var answer = await SiloWarmUp.RunAsync(services, CancellationToken.None);

        Assert.Equal(-1, answer.FirstIndex);
        Assert.Equal(2, answer.Records.Length);
        for (int i = 0; i < 2; i++)
        {
            Assert.False(answer.Records[i].Failed);
            using var record = System.Text.Json.JsonDocument.Parse(answer.Records[i].Json);
            Assert.Equal(SiloWarmUp.Batch.Documents[i].Source, record.RootElement.GetProperty("source").GetString());
            Assert.Equal("Harbour Council Approves New Ferry Service", record.RootElement.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task Three_silos_give_the_corpus_records_byte_for_byte_as_in_process()
    {
        var expected = await ClusterTestSupport.InProcessLinesAsync(RepoPaths.Corpus, corpusIds: false);
        var coordinator = new ClusterBatchCoordinator(fixture.Cluster.Client, new ClusterBatchOptions { BatchSize = 2, MaxBatchesInFlight = 3 });

        var records = new List<ClusterRecord>();
        await foreach (var record in coordinator.AnalyzeAsync(ClusterTestSupport.Read(RepoPaths.Corpus)))
        {
            records.Add(record);
        }

        Assert.Equal(16, expected.Count);
        Assert.Equal(expected, records.Select(ClusterTestSupport.Line));
        Assert.Equal(Enumerable.Range(0, 16).Select(i => (long)i), records.Select(r => r.Index));
        Assert.Equal(3, records.Select(r => r.Silo).Distinct().Count());
        Assert.Equal(8, coordinator.Batches);
        Assert.Equal(0, coordinator.Retries);
    }

    [Fact]
    public async Task A_batch_cut_by_its_character_limit_still_gives_every_record_in_order()
    {
        var expected = await ClusterTestSupport.InProcessLinesAsync(RepoPaths.Corpus, corpusIds: false);
        var coordinator = new ClusterBatchCoordinator(fixture.Cluster.Client, new ClusterBatchOptions { BatchSize = 100, MaxBatchCharacters = 1, MaxBatchesInFlight = 1 });

        var lines = new List<string>();
        await foreach (var record in coordinator.AnalyzeAsync(ClusterTestSupport.Read(RepoPaths.Corpus)))
        {
            lines.Add(ClusterTestSupport.Line(record));
        }

        Assert.Equal(expected, lines);
        Assert.Equal(16, coordinator.Batches);
    }

    [Fact]
    public async Task Documents_that_cannot_be_read_get_the_same_error_records_as_in_process()
    {
        using var folder = new TempFolder();
        folder.File("a-empty.txt", string.Empty);
        folder.File("b-blank.txt", "   \n\n ");
        folder.File("c-seed.txt", File.ReadAllText(Path.Combine(RepoPaths.Corpus, "seed-article.txt")));
        var expected = (await CliRunner.RunAsync("analyze", folder.Path, "--no-progress", "--no-corpus-entities")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var coordinator = new ClusterBatchCoordinator(fixture.Cluster.Client);

        var records = new List<ClusterRecord>();
        await foreach (var record in coordinator.AnalyzeAsync(ClusterTestSupport.Read(folder.Path)))
        {
            records.Add(record);
        }

        Assert.Equal(expected, records.Select(ClusterTestSupport.Line));
        Assert.Equal([true, true, false], records.Select(r => r.Failed));
    }

    [Fact]
    public async Task Analyze_with_cluster_resumes_after_the_records_already_written()
    {
        var expected = await ClusterTestSupport.InProcessLinesAsync(RepoPaths.Corpus);
        using var folder = new TempFolder();
        string output = folder.Combine("out.jsonl");

        // A run that died while writing record 6: five complete lines and half of the sixth.
        string half = expected[5][..(expected[5].Length / 2)];
        File.WriteAllText(output, string.Join('\n', expected.Take(5)) + "\n" + half);

        var result = await CliRunner.RunAsync(
            "analyze", RepoPaths.Corpus, "--cluster", ClusterTestSupport.Gateways(fixture.Cluster), "--cluster-id", fixture.Cluster.Options.ClusterId,
            "--output", output, "--resume", "--batch-size", "3", "--no-progress");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Join('\n', expected) + "\n", File.ReadAllText(output));
        Assert.Contains("resuming after the 5 records already in", result.Error);
        Assert.Contains($"(cut a partial last line of {System.Text.Encoding.UTF8.GetByteCount(half)} bytes)", result.Error);
        Assert.Contains("analyzed 11 documents, 0 failed", result.Error);
        Assert.Contains("cluster: 4 batches, 0 retried", result.Error);
    }
}
