using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using TextInsight.Fuzz;

// textinsight fuzz runner: dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --minutes N [--threads T] [--hang-seconds S] [--out DIR]
// Not part of dotnet test. Exit 0: no crash, no hang; 1: an input broke an invariant or threw (shrunk input printed and
// saved); 3: an input ran longer than --hang-seconds (saved).
double minutes = 1;
int threads = 1;
int hangSeconds = 30;
string output = Path.Combine(Path.GetTempPath(), "textinsight-fuzz");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--minutes": minutes = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--threads": threads = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--hang-seconds": hangSeconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

Directory.CreateDirectory(output);
string root = FindRoot();
var fragments = new List<string>();
foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "corpus"), "*.txt"))
{
    foreach (string line in File.ReadLines(file))
    {
        fragments.Add(line + "\n");
        fragments.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w + " "));
    }
}

var oracle = new Oracle(output);
var running = new ConcurrentDictionary<int, (FuzzCase Case, long Started)>();
long count = 0;
using var watchdog = new Timer(_ =>
{
    foreach (var (thread, (c, started)) in running)
    {
        if (Stopwatch.GetElapsedTime(started).TotalSeconds > hangSeconds)
        {
            string path = Save("hang", c);
            Console.Error.WriteLine($"fuzz: HANG: an input ran longer than {hangSeconds} s on thread {thread}: {c}; saved to {path}");
            Environment.Exit(3);
        }
    }
}, null, 1000, 1000);

var clock = Stopwatch.StartNew();
Console.Error.WriteLine($"fuzz: {minutes} min on {threads} thread(s), {fragments.Count} corpus fragments, inputs saved to {output}");
FuzzCase? smallest = null;
try
{
    Generators.Case(fragments).Sample(
        c =>
        {
            running[Environment.CurrentManagedThreadId] = (c, Stopwatch.GetTimestamp());
            try
            {
                oracle.Check(c);
            }
            catch (Exception)
            {
                lock (running)
                {
                    if (smallest is null || c.Text.Length < smallest.Text.Length)
                    {
                        smallest = c;
                    }
                }

                throw;
            }
            finally
            {
                running.TryRemove(Environment.CurrentManagedThreadId, out _);
                Interlocked.Increment(ref count);
            }
        },
        writeLine: Console.Error.WriteLine,
        iter: long.MaxValue,
        time: (int)Math.Ceiling(minutes * 60),
        threads: threads);
}
catch (Exception ex)
{
    Console.Error.WriteLine($"fuzz: CRASH after {count} inputs in {clock.Elapsed.TotalMinutes:0.0} min: {ex.Message}");
    if (smallest is not null)
    {
        Console.Error.WriteLine($"fuzz: smallest failing input saved to {Save("crash", smallest)}");
    }

    return 1;
}

Console.Error.WriteLine($"fuzz: {count} inputs in {clock.Elapsed.TotalMinutes:0.0} min: 0 crashes, 0 hangs");
return 0;

string Save(string kind, FuzzCase c)
{
    string path = Path.Combine(output, $"{kind}-{c.Target}-{(uint)c.Text.GetHashCode(StringComparison.Ordinal):x8}.txt");
    File.WriteAllText(path, $"{c.Target}\n{FuzzCase.Escape(c.Text)}\n");
    return path;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TextInsight.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("cannot find TextInsight.sln");
}
