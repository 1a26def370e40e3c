using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace TextInsight.Benchmarks;

/// <summary>
/// Megabytes (10^6 bytes of the input in UTF-8) per second, from each benchmark's median or best time for one pass.
/// On a busy shared machine the best pass says what the code can do; the median what it did under contention.
/// </summary>
internal sealed class ThroughputColumn(bool best) : IColumn
{
    public string Id => nameof(ThroughputColumn) + (best ? "Best" : "Median");

    public string ColumnName => best ? "MB/s (best)" : "MB/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => best ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6) of UTF-8 input per second, from the " + (best ? "fastest iteration" : "median");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Min <= 0)
        {
            return "NA";
        }

        double seconds = (best ? stats.Min : stats.Median) / 1e9;

        // A pipeline benchmark's time is per article (OperationsPerInvoke), over the pipeline sample, not the 1 MB text.
        double bytes = benchmarkCase.Descriptor.Type == typeof(PipelineBenchmarks) ? PipelineSample.MeanUtf8Bytes : BenchmarkInput.Utf8Bytes;
        return (bytes / 1e6 / seconds).ToString(benchmarkCase.Descriptor.Type == typeof(PipelineBenchmarks) ? "N2" : "N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
