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

    [Fact]
    public async Task Analyze_with_cluster_into_duckdb_writes_the_tables_of_an_in_process_run_with_their_version_3_columns()
    {
        using var folder = new TempFolder();
        folder.File("in/a.txt", "Shares rise in Sydney\n\nMr Smith, of Acme Bank, said the bank raised $5m from investors in Sydney on Monday.\n");
        folder.File("in/ru.txt", "Совет одобрил бюджет\n\nГородской совет в понедельник одобрил новый бюджет на следующий год. Мэр сказала, что голосование было честным и что город потратит больше денег на школы и дороги.\n");
        string cluster = folder.Combine("cluster.duckdb");
        string local = folder.Combine("local.duckdb");

        var result = await CliRunner.RunAsync(
            "analyze", folder.Combine("in"), "--cluster", ClusterTestSupport.Gateways(fixture.Cluster), "--cluster-id", fixture.Cluster.Options.ClusterId,
            "--output", cluster, "--no-progress");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", folder.Combine("in"), "--output", local, "--no-progress")).ExitCode);

        string[] queries =
        [
            "SELECT concat_ws('|', source, language) FROM documents ORDER BY source",
            "SELECT concat_ws('|', source, mention, text, currency, currency_assumed) FROM entities ORDER BY source, mention",
            "SELECT concat_ws('|', source, entity_id, corpus_id, name, title) FROM entity_summary ORDER BY source, entity_id",
        ];
        var fromCluster = Rows(cluster, queries);
        Assert.Equal(Rows(local, queries), fromCluster);
        Assert.Equal(["a.txt|en", "ru.txt|und-Cyrl"], fromCluster[0]);
        Assert.Contains(fromCluster[1], row => row.StartsWith("a.txt|", StringComparison.Ordinal) && row.Contains("|$5m|", StringComparison.Ordinal) && row.EndsWith("|true", StringComparison.Ordinal));
        Assert.Contains(fromCluster[2], row => row.StartsWith("a.txt|", StringComparison.Ordinal) && row.EndsWith("|Mr", StringComparison.Ordinal));
    }

    private static List<List<string>> Rows(string database, string[] queries)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={database};access_mode=READ_ONLY");
        connection.Open();
        var results = new List<List<string>>();
        foreach (string sql in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }

            results.Add(rows);
        }

        return results;
    }
}
