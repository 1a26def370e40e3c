namespace TextInsight.Cli.Output;

/// <summary>The output formats of <c>analyze</c>.</summary>
internal enum OutputFormat
{
    /// <summary>JSON Lines: one record per line.</summary>
    Jsonl,
    /// <summary>One JSON array of records.</summary>
    Json,
    /// <summary>A flat CSV table, one row per document.</summary>
    Csv,
    /// <summary>A DuckDB database of insight tables (docs/INSIGHTS.md), appended to across runs.</summary>
    Duckdb,
    /// <summary>A folder of Parquet files, one per insight table.</summary>
    Parquet,
}
