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
/// <para>
/// The same start again serves <c>textinsight silo</c> in the build, whose Orleans assemblies are precompiled for the
/// coordinator's start (<c>CoordinatorReadyToRun</c> in the project file): without tiering, a silo would run their
/// precompiled code for ever, slower than compiled code on every batch, so it starts again with them on the runtime's
/// <c>ReadyToRunExcludeList</c> (<see cref="PlanSilo"/>). <see cref="Variable"/> set beforehand keeps a silo as started too.
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
    /// Starts the process again with <see cref="Settings"/> (the coordinator) or the exclusion of precompiled Orleans code
    /// (a silo of the build) when <see cref="Plan(string[], IDictionary, Func{string, object?})"/> says so; returns only when it
    /// does not (another command, not Linux, opted out, or the call failed).
    /// </summary>
    public static void RestartIfCoordinator(string[] args)
    {
        if (!OperatingSystem.IsLinux()
            || Plan(args, Environment.GetEnvironmentVariables(), AppContext.GetData) is not { } added)
        {
            return;
        }

        try
        {
            // The process's own argument vector and environment, byte for byte (a file name need not be UTF-8).
            var argv = Split(File.ReadAllBytes("/proc/self/cmdline"));
            var envp = Split(File.ReadAllBytes("/proc/self/environ"));
            if (argv.Count == 0)
            {
                return;
            }

            // An added variable replaces one that is there but empty.
            var names = added.Select(entry => Encoding.UTF8.GetBytes(entry[..(entry.IndexOf('=', StringComparison.Ordinal) + 1)])).ToList();
            envp.RemoveAll(entry => names.Exists(name => entry.AsSpan().StartsWith(name)));
            envp.AddRange(added.Select(Encoding.UTF8.GetBytes));
            Execute("/proc/self/exe"u8, argv, envp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No /proc: the command runs in this process.
        }
    }

    /// <summary>
    /// The variables to add to the environment for the second start (<see cref="Settings"/> that it lacks, and
    /// <see cref="Variable"/>), or <see langword="null"/> when the process stays as it is.
    /// </summary>
    /// <param name="args">The raw command line.</param>
    /// <param name="environment">The process's environment variables.</param>
    /// <param name="runtimeSetting">The runtime configuration's values (<see cref="AppContext.GetData"/>).</param>
    internal static List<string>? Plan(string[] args, IDictionary environment, Func<string, object?> runtimeSetting) =>
        Plan(args, environment, runtimeSetting, IsPrecompiled);

    /// <inheritdoc cref="Plan(string[], IDictionary, Func{string, object?})"/>
    /// <param name="args">The raw command line.</param>
    /// <param name="environment">The process's environment variables.</param>
    /// <param name="runtimeSetting">The runtime configuration's values (<see cref="AppContext.GetData"/>).</param>
    /// <param name="isPrecompiled">Whether the tool's copy of an assembly (by simple name) holds precompiled (ReadyToRun) code.</param>
    internal static List<string>? Plan(string[] args, IDictionary environment, Func<string, object?> runtimeSetting, Func<string, bool> isPrecompiled)
    {
        string? command = JitProfile.CommandName(args);
        if (IsSet(environment, Variable))
        {
            return null;
        }

        if (command == "silo")
        {
            return PlanSilo(environment, runtimeSetting, isPrecompiled);
        }

        if (command != "analyze-cluster"
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

        var added = new List<string>(Settings.Length + 1);
        foreach (var (name, value) in Settings)
        {
            if (!IsSet(environment, name) && !IsSet(environment, "COMPlus_" + name["DOTNET_".Length..]))
            {
                added.Add($"{name}={value}");
            }
        }

        added.Add($"{Variable}={Restarted}");
        return added;
    }

    /// <summary>
    /// A silo of the build (no tiered compilation) whose Orleans assemblies the build precompiled for the coordinator
    /// (<c>CoordinatorReadyToRun</c> in the tool's project file): it starts again with those assemblies on the runtime's
    /// <c>ReadyToRunExcludeList</c>, so that their code is compiled, fully optimized, as before. Without tiering,
    /// precompiled code is never compiled again; Orleans' messaging and serialization run for every batch, and with their
    /// precompiled code a warm silo used 0.55 s more CPU for 890 BBC articles (docs/SCALE-OUT.md).
    /// </summary>
    private static List<string>? PlanSilo(IDictionary environment, Func<string, object?> runtimeSetting, Func<string, bool> isPrecompiled)
    {
        if (IsTrue(runtimeSetting("System.Runtime.TieredCompilation"), whenMissing: true)
            || IsSet(environment, "DOTNET_TieredCompilation")
            || IsSet(environment, "COMPlus_TieredCompilation")
            || IsSet(environment, ExcludeListVariable)
            || IsSet(environment, "COMPlus_ReadyToRunExcludeList"))
        {
            return null;
        }

        var excluded = SiloJitCompiled.Where(isPrecompiled).ToList();
        return excluded.Count == 0 ? null : [$"{ExcludeListVariable}={string.Join(';', excluded)}", $"{Variable}={SiloRestarted}"];
    }

    /// <summary>The runtime's list of assemblies whose precompiled code it does not use (simple names, separated by <c>;</c>).</summary>
    internal const string ExcludeListVariable = "DOTNET_ReadyToRunExcludeList";

    /// <summary>The value <see cref="Variable"/> has in a silo that started again.</summary>
    internal const string SiloRestarted = "silo";

    /// <summary>The assemblies a silo runs for every batch (messages, serialization, the batch grain's codecs): just-in-time compiled in a silo.</summary>
    internal static readonly string[] SiloJitCompiled =
        ["Orleans.Core", "Orleans.Core.Abstractions", "Orleans.Serialization", "Orleans.Serialization.Abstractions", "TextInsight.Orleans"];

    /// <summary>Whether the tool's own copy of the assembly holds precompiled code (a ReadyToRun header).</summary>
    private static bool IsPrecompiled(string name)
    {
        try
        {
            using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, name + ".dll"));
            using var reader = new System.Reflection.PortableExecutable.PEReader(file);
            return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return false;
        }
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

    /// <summary>The NUL-terminated strings of <c>/proc/self/cmdline</c> or <c>/proc/self/environ</c>, as bytes.</summary>
    internal static List<byte[]> Split(byte[] strings)
    {
        var result = new List<byte[]>();
        int start = 0;
        for (int i = 0; i <= strings.Length; i++)
        {
            if (i == strings.Length ? i > start : strings[i] == 0)
            {
                result.Add(strings[start..i]);
                start = i + 1;
            }
        }

        return result;
    }

    /// <summary>Replaces the process's program (returns only when <c>execve</c> fails).</summary>
    private static unsafe void Execute(ReadOnlySpan<byte> path, List<byte[]> args, List<byte[]> environment)
    {
        var blocks = new List<nint>(args.Count + environment.Count + 1);
        try
        {
            nint program = Terminated(path, blocks);
            nint[] argv = new nint[args.Count + 1];
            nint[] envp = new nint[environment.Count + 1];
            for (int i = 0; i < args.Count; i++)
            {
                argv[i] = Terminated(args[i], blocks);
            }

            for (int i = 0; i < environment.Count; i++)
            {
                envp[i] = Terminated(environment[i], blocks);
            }

            fixed (nint* argvPointer = argv)
            fixed (nint* envpPointer = envp)
            {
                _ = ExecVE((byte*)program, argvPointer, envpPointer);
            }
        }
        finally
        {
            foreach (nint block in blocks)
            {
                Marshal.FreeHGlobal(block);
            }
        }
    }

    /// <summary>A NUL-terminated native copy of <paramref name="bytes"/>, kept in <paramref name="blocks"/> to be freed.</summary>
    private static unsafe nint Terminated(ReadOnlySpan<byte> bytes, List<nint> blocks)
    {
        nint block = Marshal.AllocHGlobal(bytes.Length + 1);
        blocks.Add(block);
        var target = new Span<byte>((void*)block, bytes.Length + 1);
        bytes.CopyTo(target);
        target[^1] = 0;
        return block;
    }

    [LibraryImport("libc", EntryPoint = "execve")]
    private static unsafe partial int ExecVE(byte* path, nint* argv, nint* envp);
}
