using TextInsight.Cli.Insights;

namespace TextInsight.Cli.Output;

/// <summary>Opens the sink of an <c>analyze</c> run for its format and output path.</summary>
internal static class RecordSinks
{
    /// <summary>
    /// The format to use: <paramref name="requested"/> when given on the command line, else DuckDB or Parquet when the
    /// output path ends in <c>.duckdb</c> or <c>.parquet</c>, else JSON Lines (as before those formats existed, so that
    /// <c>--output x.json</c> still writes JSON Lines).
    /// </summary>
    public static OutputFormat Resolve(OutputFormat? requested, string? output)
    {
        if (requested is { } format)
        {
            return format;
        }

        return Path.GetExtension(output)?.ToUpperInvariant() switch
        {
            ".DUCKDB" => OutputFormat.Duckdb,
            ".PARQUET" => OutputFormat.Parquet,
            _ => OutputFormat.Jsonl,
        };
    }

    /// <summary>Opens the sink; an output that cannot be opened throws <see cref="OutputException"/> before any analysis runs.</summary>
    public static IRecordSink Open(OutputFormat format, string? output, Stream standardOutput)
    {
        switch (format)
        {
            case OutputFormat.Duckdb:
                return new DuckDbRecordWriter(output ?? throw new OutputException("--format duckdb needs --output FILE.duckdb."));
            case OutputFormat.Parquet:
                return new ParquetRecordWriter(output ?? throw new OutputException("--format parquet needs --output FOLDER.parquet."));
        }

        Stream stream;
        try
        {
            stream = output is { } path
                ? new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16)
                : new BufferedStream(standardOutput, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write {output}: {ex.Message}", ex);
        }

        return RecordWriter.Create(format, stream, ownsStream: true);
    }
}
