using Npgsql;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>Three <c>textinsight silo</c> processes on a real PostgreSQL membership table that they create themselves.</summary>
[Collection(nameof(ClusterServers))]
public sealed class PostgresClusterTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [ClusterServerFact(MembershipServer.Postgres)]
    public Task Three_silos_joined_through_PostgreSQL_give_the_in_process_bytes() =>
        ServerClusterScenarios.ThreeSilosGiveTheInProcessBytesAsync(cluster);

    [ClusterServerFact(MembershipServer.Postgres)]
    public Task A_silo_killed_mid_run_loses_and_duplicates_nothing_and_rejoins_through_PostgreSQL_when_restarted() =>
        ServerClusterScenarios.KilledSiloLosesNothingAndRejoinsAsync(cluster);

    [ClusterServerFact(MembershipServer.Postgres)]
    public async Task The_membership_schema_was_created_once_by_the_racing_silos_and_creating_it_again_changes_nothing()
    {
        string created = "silo: created the Orleans membership tables";
        Assert.Single(Enumerable.Range(0, ServerCluster.SiloCount), i => cluster.SiloLog(i).Contains(created, StringComparison.Ordinal));

        Assert.False(await PostgresMembershipSchema.EnsureCreatedAsync(cluster.Server.Connection));

        await using var connection = new NpgsqlConnection(cluster.Server.Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM OrleansQuery", connection);
        Assert.Equal(10L, (long)(await command.ExecuteScalarAsync())!);
    }
}
