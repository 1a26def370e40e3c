namespace TextInsight.Orleans.Tests.Servers;

/// <summary>Three <c>textinsight silo</c> processes on a real Redis membership table.</summary>
[Collection(nameof(ClusterServers))]
public sealed class RedisClusterTests(RedisCluster cluster) : IClassFixture<RedisCluster>
{
    [ClusterServerFact(MembershipServer.Redis)]
    public Task Three_silos_joined_through_Redis_give_the_in_process_bytes() =>
        ServerClusterScenarios.ThreeSilosGiveTheInProcessBytesAsync(cluster);

    [ClusterServerFact(MembershipServer.Redis)]
    public Task A_silo_killed_mid_run_loses_and_duplicates_nothing_and_rejoins_through_Redis_when_restarted() =>
        ServerClusterScenarios.KilledSiloLosesNothingAndRejoinsAsync(cluster);
}
