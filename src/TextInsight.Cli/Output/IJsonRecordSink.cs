namespace TextInsight.Cli.Output;

/// <summary>
/// A sink that takes records as their JSON (one line, UTF-8, as <c>AnalysisJson.Write</c> writes it): records from a
/// cluster are written without being parsed and written again.
/// </summary>
internal interface IJsonRecordSink
{
    /// <summary>Takes one record as JSON.</summary>
    /// <exception cref="System.Text.Json.JsonException">The sink needs the record parsed and the JSON is not a record.</exception>
    void WriteJson(ReadOnlySpan<byte> json);
}
