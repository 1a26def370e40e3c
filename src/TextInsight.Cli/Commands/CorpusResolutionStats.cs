using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TextInsight.Cli.Commands;

/// <summary>
/// What corpus resolution costs in an <c>analyze --stats</c> run, counted where the work runs rather than by comparing
/// runs: the thread CPU time of each record's resolution (building its document entities and the resolver's passes,
/// retiring included), of each cluster record's corpus-id splice, and of the <c>corpus_entities</c> output; and how busy
/// the thread that takes records in order is, since work there can hold up the batch's wall time even when its CPU is
/// small. Created only with <c>--stats</c>: a run without it reads no clock.
/// </summary>
internal sealed partial class CorpusResolutionStats
{
    private const int ClockThreadCpuTime = 3;

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _waitStarted = Stopwatch.GetTimestamp();
    private long _waiting;
    private long _building;
    private long _resolving;
    private long _firstResolving = -1;
    private long _splicing;
    private long _writing;
    private long _output;
    private int _documents;

    /// <summary>Whether the clock is this thread's CPU time (Linux); elsewhere it is the wall clock, and the line says so.</summary>
    internal static bool ThreadClock { get; } = OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out _) == 0;

    /// <summary>Documents counted.</summary>
    internal int Documents => _documents;

    /// <summary>Nanoseconds of resolution in all (document entities, passes, splices, <c>corpus_entities</c>).</summary>
    internal long TotalNanoseconds => _building + _resolving + _splicing + _output;

    /// <summary>This thread's CPU time in nanoseconds (Linux), or the wall clock in nanoseconds elsewhere.</summary>
    internal static long Now() =>
        ThreadClock && ClockGetTime(ClockThreadCpuTime, out var t) == 0
            ? (t.Seconds * 1_000_000_000) + t.Nanoseconds
            : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    /// <summary>A record has arrived: the wall time since the last one was handled was spent waiting for it.</summary>
    internal void Arrived() => _waiting += Stopwatch.GetTimestamp() - _waitStarted;

    /// <summary>A record is handled: from now on the thread waits for the next.</summary>
    internal void Handled() => _waitStarted = Stopwatch.GetTimestamp();

    /// <summary>Counts one document's resolution: building its document entities, then the resolver's passes.</summary>
    internal void AddResolving(long building, long passes)
    {
        _building += building;
        Add(building + passes, ref _resolving, passes);
    }

    /// <summary>Counts one cluster record's corpus-id splice (reading its entity summary, the resolver's passes, the splice).</summary>
    internal void AddSplicing(long nanoseconds) => Add(nanoseconds, ref _splicing, nanoseconds);

    private void Add(long whole, ref long total, long part)
    {
        if (_firstResolving < 0)
        {
            _firstResolving = whole;
        }

        total += part;
        _documents++;
    }

    /// <summary>Counts the writing of one record (not resolution's work: the ordered thread's other work).</summary>
    internal void AddWriting(long nanoseconds) => _writing += nanoseconds;

    /// <summary>Counts the <c>corpus_entities</c> output.</summary>
    internal void AddOutput(long nanoseconds) => _output += nanoseconds;

    /// <summary>The report's lines, each starting with <c>stats:</c>.</summary>
    /// <param name="processProcessor">The process's CPU time over the same part of the run.</param>
    /// <param name="retiring">The resolver's time retiring entities (wall clock, part of its passes).</param>
    internal IEnumerable<string> Lines(TimeSpan processProcessor, TimeSpan retiring)
    {
        double total = TotalNanoseconds / 1e6;
        double process = processProcessor.TotalMilliseconds;
        double share = process > 0 ? 100 * total / process : 0;
        double elapsed = Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
        double waiting = Stopwatch.GetElapsedTime(0, _waiting).TotalMilliseconds;
        string clock = ThreadClock ? "CPU" : "wall (no thread clock here)";
        int documents = Math.Max(1, _documents);
        string first = _firstResolving < 0 ? "none" : Ms(_firstResolving / 1e6);
        yield return Invariant(
            $"stats: corpus resolution: {Ms(total)} {clock} ({share:0.0}% of the process's {process / 1000:0.00} s CPU), {(_building + _resolving + _splicing) / 1e3 / documents:0.0} µs/document: document entities {Ms(_building / 1e6)}, resolver passes {Ms(_resolving / 1e6)} (retiring {Ms(retiring.TotalMilliseconds)} wall), splicing corpus ids {Ms(_splicing / 1e6)}, corpus_entities {Ms(_output / 1e6)}; the first document {first} (with the JIT)");
        yield return Invariant(
            $"stats: ordered thread: busy {Ms((_building + _resolving + _splicing + _writing) / 1e6)} {clock} (resolution {Ms((_building + _resolving + _splicing) / 1e6)}, writing records {Ms(_writing / 1e6)}) and waiting for the next record {Ms(waiting)} of {elapsed / 1000:0.0} s wall for {_documents} documents");
    }

    /// <summary>
    /// The collector's line, for any in-process run with <c>--stats</c> (with or without resolution, so paired runs can be
    /// compared): collections per generation, the time the program was paused, and the heap after the last collection.
    /// Resolution's entities live long and make older generations bigger; this is where that would show.
    /// </summary>
    internal static string CollectorLine()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return Invariant(
            $"stats: collector: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections (gen 0 / 1 / 2), paused {Ms(GC.GetTotalPauseDuration().TotalMilliseconds)}, heap {info.HeapSizeBytes / 1048576.0:0.0} MB after the last ({info.PromotedBytes / 1048576.0:0.0} MB promoted), {GC.GetTotalAllocatedBytes() / 1073741824.0:0.0} GB allocated");
    }

    /// <summary>
    /// The CPU time of the runtime's own threads that are still alive, by name (Linux, from <c>/proc/self/task</c>; null
    /// elsewhere): the background collector (<c>.NET BGC</c>) and the tiered compiler (<c>.NET Tiered Com</c>) do work
    /// no thread of the batch is charged for. Read once, at the end.
    /// </summary>
    internal static string? RuntimeThreadsLine()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/task"))
        {
            return null;
        }

        var byName = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                string stat = File.ReadAllText(Path.Combine(task, "stat"));
                int open = stat.IndexOf('(', StringComparison.Ordinal);
                int close = stat.LastIndexOf(')');
                string name = stat[(open + 1)..close];
                if (!name.StartsWith(".NET", StringComparison.Ordinal))
                {
                    continue;
                }

                // Fields after the name: state is field 3, utime 14 and stime 15 (clock ticks, 100 a second on Linux).
                string[] fields = stat[(close + 2)..].Split(' ');
                long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                byName[name] = byName.GetValueOrDefault(name) + ticks;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                // A thread that ended while read.
            }
        }

        return "stats: runtime threads: " + string.Join(", ", byName.Where(p => p.Value > 0).Select(p => Invariant($"{p.Key} {Ms(p.Value * 10.0)} CPU")))
            + " (the threads still alive at the end)";
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
