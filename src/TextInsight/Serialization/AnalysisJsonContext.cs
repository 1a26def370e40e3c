using System.Text.Json.Serialization;

namespace TextInsight.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the JSON contract.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(AnalysisRecord))]
[JsonSerializable(typeof(List<AnalysisRecord>))]
public sealed partial class AnalysisJsonContext : JsonSerializerContext;
