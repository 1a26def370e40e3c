using TextInsight.Serialization;

namespace TextInsight.Cli.Output;

/// <summary>Where <c>analyze</c> puts its records: a stream of JSON or CSV, a DuckDB database or a folder of Parquet files.</summary>
internal interface IRecordSink : IAsyncDisposable
{
    /// <summary>Takes one record.</summary>
    /// <exception cref="OutputException">The output cannot be written.</exception>
    void Write(AnalysisRecord record);

    /// <summary>Writes what is still buffered and ends the output.</summary>
    /// <exception cref="OutputException">The output cannot be written.</exception>
    void Complete();

    /// <summary>
    /// Whether a run that stopped early (cancelled, or a failed cluster) is still completed: true where the records
    /// written so far are worth keeping (a stream, a database); false where completing would replace a whole earlier run
    /// with a partial one (a Parquet folder, which then keeps its previous files).
    /// </summary>
    bool CompletesInterruptedRuns => true;

    /// <summary>
    /// How many records had the source of an earlier record of this run. Outputs keyed by source (DuckDB, Parquet)
    /// cannot tell such documents apart, so the command warns about them.
    /// </summary>
    int RepeatedSources => 0;

    /// <summary>A line the command prints on stderr once the sink is open (a database upgraded in place), or null.</summary>
    string? Notice => null;
}
