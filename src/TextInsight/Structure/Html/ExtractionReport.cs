namespace TextInsight.Structure.Html;

/// <summary>Scores and timings of an extractor over a set of pages.</summary>
internal sealed class ExtractionReport
{
    public ExtractionReport(IReadOnlyList<PageResult> pages, TimeSpan cpu)
    {
        CpuMillisecondsPerPage = pages.Count == 0 ? 0 : cpu.TotalMilliseconds / pages.Count;
        Pages = pages;
        var counts = new List<ShingleCounts>(pages.Count);
        var times = new List<double>(pages.Count);
        var rouge = new List<double>(pages.Count);
        foreach (var p in pages)
        {
            counts.Add(p.Counts);
            times.Add(p.Elapsed.TotalMilliseconds);
            rouge.Add(p.RougeLsum);
        }

        RougeLsumMean = rouge.Count == 0 ? 0 : rouge.Average();
        rouge.Sort();
        RougeLsumMedian = Percentile(rouge, 0.5);

        (Precision, Recall, F1) = ShingleMatcher.Aggregate(counts);
        times.Sort();
        MedianMilliseconds = Percentile(times, 0.5);
        P90Milliseconds = Percentile(times, 0.9);
    }

    public IReadOnlyList<PageResult> Pages { get; }

    public double Precision { get; }

    public double Recall { get; }

    public double F1 { get; }

    /// <summary>The mean over pages of the ROUGE-LSum F1 (the Web Content Extraction Benchmark's figure).</summary>
    public double RougeLsumMean { get; }

    /// <summary>The median over pages of the ROUGE-LSum F1.</summary>
    public double RougeLsumMedian { get; }

    public double MedianMilliseconds { get; }

    public double P90Milliseconds { get; }

    /// <summary>Processor time of the whole process per page (all threads, so the garbage collector's too): a figure that
    /// other processes on a busy machine disturb less than wall-clock time.</summary>
    public double CpuMillisecondsPerPage { get; }

    private static double Percentile(List<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        double rank = q * (sorted.Count - 1);
        int lo = (int)Math.Floor(rank);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }
}
