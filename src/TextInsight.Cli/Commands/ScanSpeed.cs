using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TextInsight.Cli.Commands;

/// <summary>The speed of a pass that looks at every text and changes few (<c>evaluate repair --speed</c>, <c>evaluate layout --speed</c>).</summary>
internal static class ScanSpeed
{
    /// <summary>
    /// Runs <paramref name="changes"/> over <paramref name="texts"/> five times on this thread and writes the best run's
    /// MB of UTF-8 per second and how many texts it changed.
    /// </summary>
    public static void Report(IReadOnlyList<string> texts, Func<string, bool> changes, TextWriter stdout)
    {
        long bytes = 0;
        foreach (string t in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(t);
        }

        double best = double.MaxValue;
        int changed = 0;
        for (int rep = 0; rep < 5; rep++)
        {
            changed = 0;
            var watch = Stopwatch.StartNew();
            foreach (string text in texts)
            {
                changed += changes(text) ? 1 : 0;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {texts.Count} clean documents, {bytes / 1e6:F1} MB of UTF-8, scanned in {best * 1000:F1} ms: {bytes / 1e6 / best:F0} MB/s on one thread ({changed} changed)"));
    }
}
