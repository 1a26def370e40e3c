namespace TextInsight.Orleans;

/// <summary>Where the silos of a cluster find each other (the Orleans membership table).</summary>
public enum ClusteringKind
{
    /// <summary>One machine: silos on 127.0.0.1, the first (primary) silo holds the membership table in memory.</summary>
    Localhost,

    /// <summary>A Redis server holds the membership table.</summary>
    Redis,

    /// <summary>A PostgreSQL database holds the membership table (Orleans ADO.NET clustering, Npgsql).</summary>
    Postgres,
}
