using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace TextInsight.Fuzz;

/// <summary>
/// Generates cases on several threads sharing one <see cref="Oracle"/> (one analyzer), watches for hangs, and reports
/// each finding as the broken invariant or exception (message and stack), the seed, and the case as one line that
/// <c>--replay</c> reads back exactly; a failing input is shrunk before it is saved.
/// </summary>
/// <remarks>
/// Every case has a seed: the state of CsCheck's <see cref="PCG"/> before the case was generated, so <c>--seed</c> gives
/// the same case again on the same commit (the generators and the corpus fragments fix the rest). A fixed-seed run
/// (<c>--cases N</c>) checks seed i of one stream for i below N, whatever the threads do: it is deterministic.
/// </remarks>
internal sealed class FuzzRunner
{
    private const int PrintLimit = 10_000;

    private readonly FuzzOptions _options;
    private readonly TextWriter _log;
    private readonly Oracle _oracle;
    private readonly ConcurrentDictionary<int, (FuzzCase Case, long Started, TimeSpan Cpu)> _running = new();
    private readonly HashSet<string> _signatures = [];
    private readonly Lock _report = new();
    private readonly Stopwatch _clock = new();
    private Gen<FuzzCase>? _gen;
    private long _count;
    private long _next;
    private int _invariants;
    private int _crashes;
    private volatile bool _stop;

    public FuzzRunner(FuzzOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        Directory.CreateDirectory(options.Output);
        _oracle = new Oracle(options.Output);
    }

    /// <summary>Runs the cases the options ask for; returns the process exit code.</summary>
    public int Run()
    {
        var fragments = Fragments(FindRoot());
        _gen = Generators.Case(fragments);
        if (_options.Seed is { } seed)
        {
            var c = Generate(PCG.Parse(seed), seed);
            _log.WriteLine($"fuzz: seed {seed}: {c.ToLine()}");
            return Check(0, c) ? 0 : 1;
        }

        string[] starts = _options.Seeds.Count > 0
            ? [.. _options.Seeds]
            : [.. Enumerable.Range(0, _options.Threads).Select(_ => new PCG((uint)Random.Shared.Next(64), (ulong)Random.Shared.NextInt64()).ToString())];
        string mode = _options.Cases is { } n
            ? $"{n} cases with fixed seeds (seed i of stream {_options.Stream}, i < {n})"
            : $"{_options.Minutes.ToString(CultureInfo.InvariantCulture)} min of random cases, threads starting at seeds {string.Join(", ", starts)}";
        _log.WriteLine($"fuzz: {mode} on {_options.Threads} thread(s) sharing one analyzer; {fragments.Count} corpus fragments; cases saved to {_options.Output}");

        _clock.Start();
        using var watchdog = new Timer(_ => Watch(), null, 1000, 1000);
        var threads = new List<Thread>();
        for (int t = 0; t < _options.Threads; t++)
        {
            int index = t;
            var thread = new Thread(() => Work(index, PCG.Parse(starts[index]))) { IsBackground = true, Name = $"fuzz-{index}" };
            thread.Start();
            threads.Add(thread);
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        string seeds = _options.Cases is null ? $"; seeds {string.Join(", ", starts)}" : string.Empty;
        _log.WriteLine(
            $"fuzz: {_count} inputs in {_clock.Elapsed.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min on {_options.Threads} thread(s): " +
            $"{_invariants} invariant breaks, {_crashes} crashes, 0 hangs ({_signatures.Count} distinct){seeds}");
        return _invariants + _crashes == 0 ? 0 : 1;
    }

    /// <summary>Runs a saved case (a file, a log line, or - for standard input) through the oracle; returns the exit code.</summary>
    public static int Replay(string source, TextWriter output)
    {
        string content = source == "-" ? Console.In.ReadToEnd() : File.Exists(source) ? File.ReadAllText(source) : source;
        FuzzCase c;
        try
        {
            c = FuzzCase.Parse(content);
        }
        catch (FormatException ex)
        {
            throw new FuzzUsageException($"--replay {Shorten(source)}: {ex.Message}");
        }

        string scratch = Path.Combine(Path.GetTempPath(), "textinsight-fuzz-replay");
        Directory.CreateDirectory(scratch);
        try
        {
            new Oracle(scratch).Check(c);
            output.WriteLine($"replay: {c.Target}, {c.Text.Length} chars: ok, every invariant holds");
            return 0;
        }
        catch (Exception ex)
        {
            output.WriteLine($"replay: {c.Target}, {c.Text.Length} chars: {Kind(ex)}: {ex.GetType().Name}: {ex.Message}");
            output.WriteLine(ex.ToString());
            return 1;
        }
    }

    private void Work(int thread, PCG random)
    {
        while (!_stop)
        {
            FuzzCase c;
            if (_options.Cases is { } cases)
            {
                long i = Interlocked.Increment(ref _next) - 1;
                if (i >= cases)
                {
                    break;
                }

                string seed = new PCG(_options.Stream, (ulong)i).ToString();
                c = Generate(PCG.Parse(seed), seed);
            }
            else
            {
                if (_clock.Elapsed.TotalMinutes >= _options.Minutes)
                {
                    break;
                }

                c = Generate(random, random.ToString());
            }

            if (!Check(thread, c) && !_options.KeepGoing)
            {
                _stop = true;
            }
        }
    }

    private FuzzCase Generate(PCG pcg, string seed) => _gen!.Generate(pcg, null, out _) with { Seed = seed };

    /// <summary>Checks one case; on a finding, reports it (shrunk and saved) and returns false.</summary>
    private bool Check(int thread, FuzzCase c)
    {
        _running[thread] = (c, Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        try
        {
            _oracle.Check(c);
            return true;
        }
        catch (Exception ex)
        {
            Report(thread, c, ex);
            return false;
        }
        finally
        {
            _running.TryRemove(thread, out _);
            Interlocked.Increment(ref _count);
        }
    }

    private void Report(int thread, FuzzCase c, Exception ex)
    {
        lock (_report)
        {
            if (ex is InvariantException)
            {
                _invariants++;
            }
            else
            {
                _crashes++;
            }

            string signature = Signature(ex);
            if (!_signatures.Add(signature))
            {
                _log.WriteLine($"fuzz: again ({Kind(ex)}, seed {c.Seed}): {ex.Message}");
                return;
            }

            string kind = Kind(ex);
            _log.WriteLine($"fuzz: FINDING ({kind}) after {_count} inputs on thread {thread}, seed {c.Seed}, {c.Target}, {c.Text.Length} chars");
            _log.WriteLine($"fuzz: {ex.GetType().FullName}: {ex.Message}");
            _log.WriteLine(ex.StackTrace);
            string path = Save(kind, c, ex);
            _log.WriteLine($"fuzz: case saved to {path}; run it again with --replay {path} (or --seed {c.Seed} on this commit)");
            if (c.Text.Length <= PrintLimit)
            {
                _log.WriteLine($"fuzz: case: {c.ToLine()}");
            }

            if (_options.ShrinkSeconds > 0)
            {
                var shrunk = Shrink(thread, c, signature);
                if (shrunk.Text.Length < c.Text.Length)
                {
                    string shrunkPath = Save(kind + "-shrunk", shrunk, ex);
                    _log.WriteLine($"fuzz: shrunk to {shrunk.Text.Length} chars, saved to {shrunkPath}");
                    _log.WriteLine($"fuzz: shrunk case: {(shrunk.Text.Length <= PrintLimit ? shrunk.ToLine() : "(too long to print; see the file)")}");
                }
            }
        }
    }

    /// <summary>
    /// Removes chunks of the text (halves, quarters… single characters) while the case still fails the same way, for at
    /// most --shrink-seconds.
    /// </summary>
    private FuzzCase Shrink(int thread, FuzzCase c, string signature)
    {
        var clock = Stopwatch.StartNew();
        string text = c.Text;
        bool StillFails(string candidate)
        {
            var attempt = c with { Text = candidate, Seed = null };
            _running[thread] = (attempt, Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
            try
            {
                _oracle.Check(attempt);
                return false;
            }
            catch (Exception e)
            {
                return Signature(e) == signature;
            }
        }

        for (int chunk = Math.Max(1, text.Length / 2); chunk >= 1 && clock.Elapsed.TotalSeconds < _options.ShrinkSeconds; chunk /= 2)
        {
            for (int start = 0; start < text.Length && clock.Elapsed.TotalSeconds < _options.ShrinkSeconds;)
            {
                string candidate = text.Remove(start, Math.Min(chunk, text.Length - start));
                if (StillFails(candidate))
                {
                    text = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        return c with { Text = text, Seed = null };
    }

    /// <summary>
    /// A hang: an input running longer than --hang-seconds while the process used that much CPU too (so a machine
    /// too busy to give the run its cores does not count as a hang).
    /// </summary>
    private void Watch()
    {
        var cpu = Environment.CpuUsage.TotalTime;
        foreach (var (thread, (c, started, cpuAtStart)) in _running)
        {
            if (Stopwatch.GetElapsedTime(started).TotalSeconds > _options.HangSeconds && (cpu - cpuAtStart).TotalSeconds > _options.HangSeconds)
            {
                lock (_report)
                {
                    string path = Save("hang", c, null);
                    _log.WriteLine($"fuzz: HANG: an input ran longer than {_options.HangSeconds} s (and as many CPU seconds) on thread {thread} after {_count} inputs in {_clock.Elapsed.TotalMinutes.ToString("0.0", CultureInfo.InvariantCulture)} min, seed {c.Seed}, {c.Target}, {c.Text.Length} chars; saved to {path}");
                    if (c.Text.Length <= PrintLimit)
                    {
                        _log.WriteLine($"fuzz: case: {c.ToLine()}");
                    }

                    _log.Flush();
                    Environment.Exit(3);
                }
            }
        }
    }

    private string Save(string kind, FuzzCase c, Exception? ex)
    {
        string path = Path.Combine(_options.Output, $"{kind}-{c.Target}-{(uint)c.Text.GetHashCode(StringComparison.Ordinal):x8}.case");
        var s = new StringBuilder();
        s.Append("# ").Append(kind).Append(": ").AppendLine(ex is null ? "no result" : $"{ex.GetType().Name}: {ex.Message}".ReplaceLineEndings(" "));
        s.AppendLine("# replay: dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --replay <this file>");
        s.AppendLine(c.ToLine());
        File.WriteAllText(path, s.ToString());
        return path;
    }

    /// <summary>What makes two findings the same: the exception type, its message without numbers, and where it was thrown.</summary>
    private static string Signature(Exception ex)
    {
        var message = new StringBuilder();
        foreach (char ch in ex.Message)
        {
            if (!char.IsAsciiDigit(ch) || message.Length == 0 || message[^1] != '#')
            {
                message.Append(char.IsAsciiDigit(ch) ? '#' : ch);
            }
        }

        string where = ex is InvariantException ? string.Empty : new StackTrace(ex).GetFrame(0)?.GetMethod()?.Name ?? string.Empty;
        return $"{ex.GetType().FullName}|{where}|{message}";
    }

    private static string Kind(Exception ex) => ex is InvariantException ? "invariant" : "crash";

    private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;

    /// <summary>Lines and words of the corpus articles, so the generated text reaches the structure and entity rules.</summary>
    private static List<string> Fragments(string root)
    {
        var fragments = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                fragments.Add(line + "\n");
                fragments.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w + " "));
            }
        }

        return fragments;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextInsight.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find TextInsight.sln above " + AppContext.BaseDirectory);
    }
}
