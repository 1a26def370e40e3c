using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TextInsight.Benchmarks;

/// <summary>
/// A rough interleaved comparison (best of N passes per method) for development on a busy machine, where the minimum
/// is steadier than BenchmarkDotNet's mean; the committed figures come from the BenchmarkDotNet run. On Linux it
/// also reads the thread's CPU time, which does not count the time the thread waited for a core.
/// </summary>
internal static partial class QuickCompare
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>This thread's CPU time in nanoseconds (Linux), or the wall clock's timestamp in nanoseconds elsewhere.</summary>
    internal static long ThreadCpuNanoseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0
            ? (t.Seconds * 1_000_000_000) + t.Nanoseconds
            : (long)(System.Diagnostics.Stopwatch.GetTimestamp() * (1e9 / System.Diagnostics.Stopwatch.Frequency));

    private static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0)
        {
            return double.NaN;
        }

        return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
    }

    private static int Floor(ReadOnlySpan<char> text)
    {
        int n = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ' || c == '\n')
            {
                i++;
                continue;
            }

            n++;
            if (char.IsAsciiLetterOrDigit(c))
            {
                i++;
                while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }
        }

        return n;
    }

    public static void Run(int rounds)
    {
        var b = new TokenizerBenchmarks();
        b.Setup();
        var methods = new (string Name, Func<int> Run)[]
        {
            ("TextInsightTokenizerCount", b.TextInsightTokenizerCount),
            ("TextInsightTokenizerEnumerate", b.TextInsightTokenizerEnumerate),
            ("TextInsightSentenceSplitter", b.TextInsightSentenceSplitter),
            ("RegexCompiledEnumerateMatches", b.RegexCompiledEnumerateMatches),
            ("RegexGeneratedEnumerateMatches", b.RegexGeneratedEnumerateMatches),
            ("StringSplitWhiteSpace", b.StringSplitWhiteSpace),
            ("LuceneStandardTokenizer", b.LuceneStandardTokenizer),
            ("FloorLetterRuns", () => Floor(BenchmarkInput.Text)),
        };
        var best = new double[methods.Length];
        Array.Fill(best, double.MaxValue);
        var bestCpu = new double[methods.Length];
        Array.Fill(bestCpu, double.MaxValue);
        var counts = new int[methods.Length];
        for (int r = 0; r < rounds; r++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                double cpu0 = ThreadCpuMilliseconds();
                long t0 = Stopwatch.GetTimestamp();
                counts[m] = methods[m].Run();
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                best[m] = Math.Min(best[m], ms);
                bestCpu[m] = Math.Min(bestCpu[m], ThreadCpuMilliseconds() - cpu0);
            }
        }

        double mb = BenchmarkInput.Utf8Bytes / 1e6;
        var report = new System.Text.StringBuilder();
        report.AppendLine($"# {DateTime.UtcNow:u}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, {rounds} interleaved rounds, best pass per method");
        report.AppendLine($"# input: {BenchmarkInput.Text.Length:N0} chars, {BenchmarkInput.Utf8Bytes:N0} UTF-8 bytes; x = time / TextInsightTokenizerCount time");
        for (int m = 0; m < methods.Length; m++)
        {
            report.AppendLine($"{methods[m].Name,-32} wall {best[m],7:F2} ms {mb / (best[m] / 1000),6:F0} MB/s x{best[m] / best[0],5:F2} | cpu {bestCpu[m],7:F2} ms {mb / (bestCpu[m] / 1000),6:F0} MB/s x{bestCpu[m] / bestCpu[0],5:F2} | result {counts[m]:N0}");
        }

        Console.Write(report);
        string file = Path.Combine(BenchmarkInput.FindRoot(), "benchmarks", "results", "quick-compare.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, report.ToString());
    }
}
