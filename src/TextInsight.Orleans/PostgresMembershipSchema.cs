using System.Reflection;
using Npgsql;

namespace TextInsight.Orleans;

/// <summary>
/// The Orleans membership tables and queries for PostgreSQL clustering, created when missing: what
/// <c>textinsight silo --clustering postgres</c> runs before it joins, so that a new database needs no hand work.
/// </summary>
/// <remarks>
/// The schema follows the contract of Orleans' <c>PostgreSQL-Main.sql</c> and <c>PostgreSQL-Clustering.sql</c>
/// (dotnet/orleans, MIT licence): the same tables, query keys, parameters and result columns. Every statement is
/// idempotent, and concurrent callers (several silos starting at once) are serialized by a transaction-scoped
/// advisory lock, so it is safe to run at every start. Existing tables and queries are kept as they are.
/// </remarks>
public static class PostgresMembershipSchema
{
    /// <summary>The key of the advisory lock that serializes concurrent creations (any fixed number).</summary>
    private const long LockKey = 0x54_49_4F_52_4C_45_41_4E; // "TIORLEAN"

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(PostgresMembershipSchema).Assembly.GetManifestResourceStream("TextInsight.Orleans.Sql.PostgresMembership.sql")
            ?? throw new InvalidOperationException("The embedded PostgreSQL membership schema is missing from TextInsight.Orleans.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The SQL that creates the schema (idempotent), as run by <see cref="EnsureCreatedAsync"/>.</summary>
    public static string Sql => Script.Value;

    /// <summary>Creates the membership tables and queries in the database of <paramref name="connectionString"/> where they are missing.</summary>
    /// <param name="connectionString">An Npgsql connection string; its user needs the right to create tables there.</param>
    /// <param name="cancellationToken">Stops waiting for the database.</param>
    /// <returns><see langword="true"/> when the tables were created now; <see langword="false"/> when they were already there.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or not a connection string.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached or refused the statements.</exception>
    public static async Task<bool> EnsureCreatedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", LockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        bool existed;
        await using (var probe = new NpgsqlCommand("SELECT to_regclass('orleansmembershiptable') IS NOT NULL", connection, transaction))
        {
            existed = (bool)(await probe.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        await using (var create = new NpgsqlCommand(Sql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return !existed;
    }
}
