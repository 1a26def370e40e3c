using System.Collections;
using System.Runtime.InteropServices;
using System.Text;

namespace TextInsight.Cli;

/// <summary>
/// Runs <c>analyze --cluster</c> (the coordinator) with the runtime's tiered compilation, whatever the tool's own setting.
/// </summary>
/// <remarks>
/// <para>
/// The tool runs without tiered compilation (its build) or with it and no call-counting delay (its ReadyToRun packages),
/// because those settings make analysis fastest: a hot method is fully optimized at once. The coordinator analyzes
/// nothing. Its time is the start of the Orleans client — about 2,700 methods, most of them run once or a few times —
/// and fully optimizing each of them cost about 1 s of CPU on the path to the first batch (docs/SCALE-OUT.md). With
/// tiering, methods are compiled quickly (or taken precompiled), and with a long call-counting delay none is compiled a
/// second time during a run of a few seconds: the coordinator then used about half the CPU, in its start and in its run.
/// </para>
/// <para>
/// The runtime reads these settings once, at its start, from the environment or the tool's runtime configuration, and
/// one configuration serves every command. So on Linux, the first thing an <c>analyze --cluster</c> process does is start
/// again in place (<c>execve</c> of <c>/proc/self/exe</c> with the same arguments, as the same process, keeping its
/// standard streams, signals and exit code) with <see cref="Settings"/>, plus <see cref="Variable"/>, which marks the
/// second start and keeps it from starting again. Setting <see cref="Variable"/> (to any value) or
/// <c>DOTNET_TieredCompilation</c> beforehand keeps the process as it was started. Elsewhere, or when the call fails, the
/// command runs in the process as it is.
/// </para>
/// </remarks>
internal static partial class CoordinatorJit
{
    /// <summary>Set in the environment of the second start (value <c>tiered</c>); set beforehand, it keeps the process as started.</summary>
    public const string Variable = "TEXTINSIGHT_COORDINATOR_JIT";

    /// <summary>The value <see cref="Variable"/> has in the process that started again.</summary>
    public const string Restarted = "tiered";

    /// <summary>The runtime's settings for the coordinator, each set only where the environment does not set it already.</summary>
    internal static readonly (string Name, string Value)[] Settings =
    [
        ("DOTNET_TieredCompilation", "1"),
        // No instrumented tier: the coordinator's run is too short for what it would learn to pay for it.
        ("DOTNET_TieredPGO", "0"),
        // Nothing is compiled a second time until 10 s pass with no new method compiled: a run of a few thousand
        // documents ends on the quickly compiled code and the precompiled framework, which costs less than optimizing the
        // hot methods again would save in it; a longer run gets them optimized from then on.
        ("DOTNET_TC_CallCountingDelayMs", "10000"),
    ];

    /// <summary>Whether this process is the coordinator's second start (for the <c>stats: start-up</c> line).</summary>
    public static bool IsRestarted => Environment.GetEnvironmentVariable(Variable) == Restarted;

    /// <summary>
    /// Starts the process again with <see cref="Settings"/> when <see cref="Plan"/> says so; returns only when it does not
    /// (not an <c>analyze --cluster</c> command line, not Linux, opted out, or the call failed).
    /// </summary>
    public static void RestartIfCoordinator(string[] args)
    {
        if (!OperatingSystem.IsLinux()
            || Plan(args, Environment.GetEnvironmentVariables(), AppContext.GetData) is not { } environment)
        {
            return;
        }

        try
        {
            // The process's own argument vector, byte for byte (the host's arguments before the tool's, if any).
            byte[] commandLine = File.ReadAllBytes("/proc/self/cmdline");
            if (commandLine.Length == 0)
            {
                return;
            }

            Execute("/proc/self/exe", Split(commandLine), environment);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc: the command runs in this process.
        }
    }

    /// <summary>
    /// The environment to start again with (every variable of <paramref name="environment"/>, <see cref="Settings"/> that
    /// it lacks, and <see cref="Variable"/>), or <see langword="null"/> when the process stays as it is.
    /// </summary>
    /// <param name="args">The raw command line.</param>
    /// <param name="environment">The process's environment variables.</param>
    /// <param name="runtimeSetting">The runtime configuration's values (<see cref="AppContext.GetData"/>).</param>
    internal static List<string>? Plan(string[] args, IDictionary environment, Func<string, object?> runtimeSetting)
    {
        if (JitProfile.CommandName(args) != "analyze-cluster"
            || IsSet(environment, Variable)
            || IsSet(environment, "DOTNET_TieredCompilation")
            || IsSet(environment, "COMPlus_TieredCompilation"))
        {
            return null;
        }

        // Already what the coordinator wants: tiering on, with a call-counting delay.
        if (IsTrue(runtimeSetting("System.Runtime.TieredCompilation"), whenMissing: true)
            && !IsZero(runtimeSetting("System.Runtime.TieredCompilation.CallCountingDelayMs")))
        {
            return null;
        }

        var result = new List<string>(environment.Count + Settings.Length + 1);
        foreach (DictionaryEntry entry in environment)
        {
            result.Add($"{entry.Key}={entry.Value}");
        }

        foreach (var (name, value) in Settings)
        {
            if (!IsSet(environment, name) && !IsSet(environment, "COMPlus_" + name["DOTNET_".Length..]))
            {
                result.Add($"{name}={value}");
            }
        }

        result.Add($"{Variable}={Restarted}");
        return result;
    }

    private static bool IsSet(IDictionary environment, string name) => environment[name] is string { Length: > 0 };

    private static bool IsTrue(object? value, bool whenMissing) => value switch
    {
        null => whenMissing,
        bool b => b,
        string s when bool.TryParse(s, out bool b) => b,
        string s => s.Trim() != "0",
        _ => whenMissing,
    };

    private static bool IsZero(object? value) => value?.ToString()?.Trim() == "0";

    /// <summary>The NUL-separated arguments of <c>/proc/self/cmdline</c>.</summary>
    internal static List<string> Split(byte[] commandLine)
    {
        var args = new List<string>();
        int start = 0;
        for (int i = 0; i < commandLine.Length; i++)
        {
            if (commandLine[i] == 0)
            {
                args.Add(Encoding.UTF8.GetString(commandLine, start, i - start));
                start = i + 1;
            }
        }

        if (start < commandLine.Length)
        {
            args.Add(Encoding.UTF8.GetString(commandLine, start, commandLine.Length - start));
        }

        return args;
    }

    /// <summary>Replaces the process's program (returns only when <c>execve</c> fails).</summary>
    private static unsafe void Execute(string path, List<string> args, List<string> environment)
    {
        var strings = new List<nint>(args.Count + environment.Count + 1);
        try
        {
            nint program = Marshal.StringToCoTaskMemUTF8(path);
            strings.Add(program);
            nint[] argv = new nint[args.Count + 1];
            nint[] envp = new nint[environment.Count + 1];
            for (int i = 0; i < args.Count; i++)
            {
                argv[i] = Marshal.StringToCoTaskMemUTF8(args[i]);
                strings.Add(argv[i]);
            }

            for (int i = 0; i < environment.Count; i++)
            {
                envp[i] = Marshal.StringToCoTaskMemUTF8(environment[i]);
                strings.Add(envp[i]);
            }

            fixed (nint* argvPointer = argv)
            fixed (nint* envpPointer = envp)
            {
                _ = ExecVE((byte*)program, argvPointer, envpPointer);
            }
        }
        finally
        {
            foreach (nint s in strings)
            {
                Marshal.FreeCoTaskMem(s);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "execve")]
    private static unsafe partial int ExecVE(byte* path, nint* argv, nint* envp);
}
