using System.Globalization;
using System.Text.Json;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The Microsoft Recognizers-Text English number and percent specs (../shared/data/recognizers, MIT): development cases.
/// </summary>
internal static class RecognizerSpecCases
{
    public sealed record Expected(string Text, int Start, int End, double? Value);

    public sealed record Case(string Input, IReadOnlyList<Expected> Results, bool NotSupportedOnDotnet);

    private static readonly Lazy<IReadOnlyList<Case>> NumberLazy = new(() => Load("NumberModel.json"));
    private static readonly Lazy<IReadOnlyList<Case>> PercentLazy = new(() => Load("PercentModel.json"));

    public static IReadOnlyList<Case> Numbers => NumberLazy.Value;

    public static IReadOnlyList<Case> Percents => PercentLazy.Value;

    /// <summary>Case indexes for a theory, or one placeholder row (the theory is skipped) when the data are absent.</summary>
    public static TheoryData<int, string> Rows(IReadOnlyList<Case> cases, IReadOnlyDictionary<string, string> excluded)
    {
        var data = new TheoryData<int, string>();
        if (!RepoPaths.HasSharedData)
        {
            data.Add(-1, "(shared data absent)");
            return data;
        }

        for (int i = 0; i < cases.Count; i++)
        {
            if (!cases[i].NotSupportedOnDotnet && !excluded.ContainsKey(cases[i].Input))
            {
                data.Add(i, cases[i].Input);
            }
        }

        return data;
    }

    private static List<Case> Load(string file)
    {
        string path = Path.Combine(RepoPaths.SharedData, "recognizers", file);
        if (!File.Exists(path))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<Case>();
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            bool notSupported = IsDotnet(c, "NotSupported") || IsDotnet(c, "NotSupportedByDesign");
            var results = new List<Expected>();
            foreach (var r in c.GetProperty("Results").EnumerateArray())
            {
                string? raw = r.GetProperty("Resolution").TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                double? value = raw is null or "null" ? null : double.Parse(raw.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
                results.Add(new Expected(r.GetProperty("Text").GetString()!, r.GetProperty("Start").GetInt32(), r.GetProperty("End").GetInt32(), value));
            }

            cases.Add(new Case(c.GetProperty("Input").GetString()!, results, notSupported));
        }

        return cases;
    }

    private static bool IsDotnet(JsonElement c, string property)
        => c.TryGetProperty(property, out var p) && p.GetString() is { } s
           && s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains("dotnet", StringComparer.OrdinalIgnoreCase);
}
