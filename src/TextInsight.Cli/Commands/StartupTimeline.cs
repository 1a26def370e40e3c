using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TextInsight.Cli.Commands;

/// <summary>
/// When the steps of <c>analyze --cluster</c>'s start happened, counted from the start of the process, with the process's
/// CPU at each: written by <c>--stats</c> as one <c>stats: start-up</c> line. A mark costs a clock read; one process
/// runs one command, so the marks are the process's (a test that runs several commands in one process sees the last
/// one's, and the time since its test host started).
/// </summary>
internal static class StartupTimeline
{
    /// <summary>The steps, in the order they usually happen.</summary>
    internal enum Step
    {
        /// <summary>Program.RunAsync entered (the runtime has started and loaded the tool).</summary>
        Main,

        /// <summary>The command line is parsed and the command's action runs.</summary>
        Parsed,

        /// <summary>The Orleans client's host is built (its services and configuration).</summary>
        ClientBuilt,

        /// <summary>The client is started and connected to a gateway.</summary>
        Connected,

        /// <summary>The command has its inputs, output and the connected client, and starts the run.</summary>
        RunStarted,

        /// <summary>The first batch is handed to the Orleans client.</summary>
        FirstBatchSent,

        /// <summary>The first record is back from the cluster.</summary>
        FirstRecord,
    }

    private static readonly string[] Names = ["main", "command parsed", "client built", "connected", "run started", "first batch sent", "first record"];
    private static readonly long[] Wall = new long[Names.Length];
    private static readonly long[] Processor = new long[Names.Length];

    /// <summary>Notes that <paramref name="step"/> happened now (the last call for a step counts).</summary>
    public static void Mark(Step step)
    {
        Volatile.Write(ref Processor[(int)step], Environment.CpuUsage.TotalTime.Ticks);
        Volatile.Write(ref Wall[(int)step], DateTime.UtcNow.Ticks);
    }

    /// <summary>Forgets every mark (the start of a command in a process that runs several, such as a test host).</summary>
    public static void Reset()
    {
        Array.Clear(Wall);
        Array.Clear(Processor);
    }

    /// <summary>The seconds from the process's start to <paramref name="step"/>, or <see langword="null"/> when it has not happened.</summary>
    public static double? SecondsFromStart(Step step)
    {
        long at = Volatile.Read(ref Wall[(int)step]);
        return at == 0 ? null : (at - ProcessStart().Ticks) / (double)TimeSpan.TicksPerSecond;
    }

    /// <summary>
    /// The line: each step's wall-clock seconds from the process's start and the process's CPU seconds then, in the
    /// order they happened (the client is built and connected on a background task, alongside the command line).
    /// </summary>
    public static string Line()
    {
        long start = ProcessStart().Ticks;
        var steps = Enumerable.Range(0, Names.Length).Where(i => Volatile.Read(ref Wall[i]) != 0).OrderBy(i => Wall[i]);
        var line = new StringBuilder("stats: start-up, seconds from the process's start (wall / process CPU):");
        bool first = true;
        foreach (int i in steps)
        {
            line.Append(first ? " " : ", ").Append(Names[i]).Append(' ')
                .Append(((Wall[i] - start) / (double)TimeSpan.TicksPerSecond).ToString("0.00", CultureInfo.InvariantCulture)).Append(" / ")
                .Append((Processor[i] / (double)TimeSpan.TicksPerSecond).ToString("0.00", CultureInfo.InvariantCulture));
            first = false;
        }

        if (CoordinatorJit.IsRestarted)
        {
            // The steps count from the first start; "main" is in the second.
            line.Append(" (started again with tiered compilation)");
        }

        return line.ToString();
    }

    private static DateTime ProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime.ToUniversalTime();
    }
}
