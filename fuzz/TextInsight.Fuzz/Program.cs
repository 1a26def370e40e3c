using System.Globalization;

namespace TextInsight.Fuzz;

// The textinsight fuzz runner (not part of dotnet test; see docs/FUZZING.md).
//   random:        dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --minutes N [--threads T] [--keep-going]
//   fixed seeds:   dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --cases N [--stream K] [--threads T]
//   one seed:      dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --seed c1Y3DkrDsVe1
//   a saved case:  dotnet run -c Release --project fuzz/TextInsight.Fuzz -- --replay FILE
// Exit 0: no invariant broken, no crash, no hang; 1: an input broke an invariant or threw (the case printed as one
// replayable line and saved, with a shrunk copy); 2: bad arguments; 3: an input ran longer than --hang-seconds (saved).

/// <summary>The entry point: no top-level statements, so the tests that reference this project see one <c>Program</c>, the CLI's.</summary>
internal static class FuzzProgram
{
    public static int Main(string[] args)
    {
        try
        {
            var options = FuzzOptions.Parse(args);
            if (options.Help)
            {
                Console.Out.WriteLine(FuzzOptions.Usage);
                return 0;
            }

            return options.Replay is { } replay ? FuzzRunner.Replay(replay, Console.Out) : new FuzzRunner(options, Console.Error).Run();
        }
        catch (FuzzUsageException ex)
        {
            Console.Error.WriteLine($"fuzz: {ex.Message}");
            Console.Error.WriteLine(FuzzOptions.Usage);
            return 2;
        }
    }
}

/// <summary>The runner's command line.</summary>
internal sealed record FuzzOptions
{
    public const string Usage = """
        usage: TextInsight.Fuzz [--minutes M | --cases N [--stream K] | --seed SEED | --replay FILE]
                                [--threads T] [--seeds S1,S2…] [--keep-going] [--hang-seconds S] [--shrink-seconds S] [--out DIR]
          --minutes M        random cases for M minutes (default 1); each thread starts at a random seed, printed
          --seeds S1,S2…     start the threads of a random run at these seeds (one per thread) instead
          --cases N          N cases with fixed seeds (case i is seed i of stream K, default 1): deterministic, for CI
          --seed SEED        the one case a seed generates (as printed with a finding)
          --replay FILE      run a saved case (a file or a log line holding {"target":…}) through the oracle
          --threads T        threads sharing one analyzer (default 1)
          --keep-going       on a finding, save it and go on (distinct findings only); exit 1 at the end
          --hang-seconds S   an input running longer than S seconds, the process using S CPU seconds meanwhile, is a hang (default 30)
          --shrink-seconds S time to shrink a failing input (default 60; 0: no shrinking)
          --out DIR          where cases are saved (default $TMPDIR/textinsight-fuzz)
        """;

    public double Minutes { get; init; } = 1;

    public long? Cases { get; init; }

    public uint Stream { get; init; } = 1;

    public string? Seed { get; init; }

    public IReadOnlyList<string> Seeds { get; init; } = [];

    public string? Replay { get; init; }

    public int Threads { get; init; } = 1;

    public bool KeepGoing { get; init; }

    public int HangSeconds { get; init; } = 30;

    public int ShrinkSeconds { get; init; } = 60;

    public string Output { get; init; } = Path.Combine(Path.GetTempPath(), "textinsight-fuzz");

    public bool Help { get; init; }

    public static FuzzOptions Parse(string[] args)
    {
        var o = new FuzzOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            string Value() => ++i < args.Length ? args[i] : throw new FuzzUsageException($"{name} needs a value");
            double Number(double min) => double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= min
                ? v : throw new FuzzUsageException($"{name} takes a number of at least {min}, not '{args[i]}'");
            o = name switch
            {
                "--minutes" => o with { Minutes = Number(0) },
                "--cases" => o with { Cases = (long)Number(1) },
                "--stream" => o with { Stream = (uint)Number(0) },
                "--seed" => o with { Seed = Value() },
                "--seeds" => o with { Seeds = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--replay" => o with { Replay = Value() },
                "--threads" => o with { Threads = (int)Number(1) },
                "--keep-going" => o with { KeepGoing = true },
                "--hang-seconds" => o with { HangSeconds = (int)Number(1) },
                "--shrink-seconds" => o with { ShrinkSeconds = (int)Number(0) },
                "--out" => o with { Output = Value() },
                "--help" or "-h" => o with { Help = true },
                _ => throw new FuzzUsageException($"unknown argument '{name}'"),
            };
        }

        if (o.Seeds.Count > 0 && o.Seeds.Count != o.Threads)
        {
            throw new FuzzUsageException($"--seeds gives {o.Seeds.Count} seed(s) for {o.Threads} thread(s): give one per thread");
        }

        return o;
    }
}

/// <summary>A command line the runner cannot follow.</summary>
internal sealed class FuzzUsageException(string message) : Exception(message);
