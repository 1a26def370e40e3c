using System.Runtime;

namespace TextInsight.Cli;

/// <summary>
/// The runtime's background compiler (<see cref="ProfileOptimization"/>), fed with the methods an earlier run of the same
/// command compiled: while the command starts, another core compiles what it is about to need (the command line, the
/// readers, the analysis, a silo's Orleans runtime). Not for the coordinator of <c>analyze --cluster</c>
/// (<see cref="UsesProfile"/>). One profile per command and build, in
/// <c>$XDG_CACHE_HOME/textinsight/jit/BUILD/</c> (<c>~/.cache/…</c>, else the temporary folder);
/// <c>TEXTINSIGHT_NO_JIT_PROFILE=1</c> turns it off. The first run of a new build removes the folders of builds not run
/// for 30 days (<see cref="Files.RemoveUnusedBuilds"/>).
/// </summary>
/// <remarks>
/// The runtime writes a profile, at the end, to the file it read at the start. Two processes of one command (two silos
/// on one machine, two runs at once) would then write one file together. So each process reads and writes a copy of its
/// own (<see cref="Files.Claim"/>), and at the end puts it in place of the shared profile with one rename
/// (<see cref="Files.Publish"/>), which replaces a file atomically: a process that starts reads either the old profile
/// or a new one, never a mix, and the last process to end leaves its own. A process that is killed leaves its copy,
/// which a later start removes when it is a day old.
/// </remarks>
internal sealed class JitProfile
{
    /// <summary>
    /// Whether the command runs with a profile: every command but the coordinator of <c>analyze --cluster</c>
    /// (<c>analyze-cluster</c>).
    /// </summary>
    /// <remarks>
    /// The coordinator runs with tiered compilation (<see cref="CoordinatorJit"/>), whose quick compilation costs little
    /// on the path a background compiler would shorten, and the profile cost it CPU: writing it at the end, and compiling
    /// whatever the last run of the command compiled. That last run need not be alike: a run that failed to reach Redis
    /// or PostgreSQL, or wrote CSV (the tests' own runs of the build, for one), left a profile that made the next run
    /// load and compile StackExchange.Redis, Npgsql, CsvHelper and XML code it never calls: 0.3-0.4 s more CPU with
    /// start-up and 15 MB more peak memory on the 1,780 BBC articles (docs/SCALE-OUT.md, 2026-12-06, eighth round).
    /// Without a profile it used no more CPU than with a profile of a run like its own.
    /// </remarks>
    internal static bool UsesProfile(string command) => command != "analyze-cluster";

    /// <summary>The environment variable that turns the profile off (any value but empty or 0).</summary>
    public const string OptOutVariable = "TEXTINSIGHT_NO_JIT_PROFILE";

    private readonly string _own;
    private readonly string _shared;

    private JitProfile(string own, string shared)
    {
        _own = own;
        _shared = shared;
    }

    /// <summary>Starts the background compiler with the command's profile, and records this run's for the next; <see langword="null"/> when off or impossible.</summary>
    /// <param name="args">The raw command line (the command's name picks the profile).</param>
    public static JitProfile? Start(string[] args)
    {
        if (Environment.GetEnvironmentVariable(OptOutVariable) is { Length: > 0 } off && off != "0")
        {
            return null;
        }

        if (CommandName(args) is not { } name || !UsesProfile(name) || Folder() is not { } folder)
        {
            return null;
        }

        try
        {
            var (own, shared) = Files.Claim(folder, name, Environment.ProcessId);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(Path.GetFileName(own));
            return new JitProfile(own, shared);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A cache that cannot be written: the command runs as it would without one.
            return null;
        }
    }

    /// <summary>Stops recording (the runtime writes this run's profile to the process's own copy) and publishes it as the command's profile.</summary>
    public void Save()
    {
        ProfileOptimization.StartProfile(null);
        Files.Publish(_own, _shared);
    }

    /// <summary>The profile's name: the command (with the subcommand of train and evaluate), and <c>-cluster</c> for <c>analyze --cluster</c>, whose start is another program.</summary>
    internal static string? CommandName(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("analyze" or "silo" or "tokenize" or "sentences" or "query" or "report" or "train" or "evaluate"))
        {
            return null;
        }

        string name = args[0];
        if (args[0] is "train" or "evaluate")
        {
            if (args.Length < 2 || args[1].Length is 0 or > 32 || !args[1].All(char.IsAsciiLetterLower))
            {
                return null;
            }

            name += "-" + args[1];
        }

        foreach (string arg in args)
        {
            if (arg is "-h" or "--help" or "-?")
            {
                return null;
            }

            if (name == "analyze" && (arg == "--cluster" || arg.StartsWith("--cluster=", StringComparison.Ordinal) || arg.StartsWith("--cluster:", StringComparison.Ordinal)))
            {
                name = "analyze-cluster";
            }
        }

        return name;
    }

    /// <summary>The profiles' folder for this build: a profile names methods by their tokens, so another build's is no use.</summary>
    private static string? Folder()
    {
        string? cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache) || !Path.IsPathRooted(cache))
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        }

        // The build: the module version ids of the tool's own assemblies (another build of any of them has other tokens).
        ulong hash = 14695981039346656037;
        foreach (var assembly in new[] { typeof(JitProfile).Assembly, typeof(TextAnalyzer).Assembly, typeof(TextInsight.Orleans.ClusterConnection).Assembly })
        {
            foreach (byte b in assembly.ManifestModule.ModuleVersionId.ToByteArray())
            {
                hash = (hash ^ b) * 1099511628211;
            }
        }

        return Path.Combine(cache, "textinsight", "jit", hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The file handling: a copy per process, published by an atomic rename.</summary>
    internal static class Files
    {
        /// <summary>A process's own copies older than this are left over from processes that were killed.</summary>
        internal static readonly TimeSpan Abandoned = TimeSpan.FromDays(1);

        /// <summary>
        /// Creates <paramref name="folder"/> if needed, removes copies abandoned there, and makes this process's own copy
        /// of the command's profile (empty when there is none yet).
        /// </summary>
        /// <returns>The process's own file and the shared profile, both in <paramref name="folder"/>.</returns>
        public static (string Own, string Shared) Claim(string folder, string name, int processId)
        {
            if (!Directory.Exists(folder))
            {
                // The first run of a new build: the time to remove the profiles of builds nobody has run for a while.
                RemoveUnusedBuilds(folder, DateTime.UtcNow);
            }

            Directory.CreateDirectory(folder);
            foreach (string old in Directory.EnumerateFiles(folder, "*.tmp"))
            {
                try
                {
                    if (DateTime.UtcNow - File.GetLastWriteTimeUtc(old) > Abandoned)
                    {
                        File.Delete(old);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Another process removed it first, or it is not ours to remove.
                }
            }

            string shared = Path.Combine(folder, name + ".jitprofile");
            string own = Path.Combine(folder, $"{name}.{processId}.{Guid.NewGuid():N}.tmp");
            try
            {
                // The shared file is only ever replaced whole (Publish), so the copy is one complete profile.
                File.Copy(shared, own);
            }
            catch (FileNotFoundException)
            {
                // The first run of this command and build: it records the profile for the next.
            }

            return (own, shared);
        }

        /// <summary>A build's profiles not used for this long are removed (an upgraded tool leaves its old build's behind).</summary>
        internal static readonly TimeSpan Unused = TimeSpan.FromDays(30);

        /// <summary>
        /// Removes the folders of other builds (siblings of <paramref name="folder"/> named like a build: 16 hexadecimal
        /// digits) that no run has written to for <see cref="Unused"/>. Each run of a build publishes its profile by a
        /// rename in its folder, which sets the folder's time, so that time is when the build last ran.
        /// </summary>
        internal static void RemoveUnusedBuilds(string folder, DateTime now)
        {
            string trimmed = Path.TrimEndingDirectorySeparator(folder);
            if (Path.GetDirectoryName(trimmed) is not { } root || !Directory.Exists(root))
            {
                return;
            }

            string current = Path.GetFileName(trimmed);
            try
            {
                foreach (string build in Directory.EnumerateDirectories(root))
                {
                    string buildName = Path.GetFileName(build);
                    if (buildName == current || buildName.Length != 16 || !buildName.All(char.IsAsciiHexDigitLower))
                    {
                        continue;
                    }

                    try
                    {
                        if (now - Directory.GetLastWriteTimeUtc(build) > Unused)
                        {
                            Directory.Delete(build, recursive: true);
                        }
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        // Another process removed it first, or it is not ours to remove.
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A cache that cannot be listed: nothing is removed.
            }
        }

        /// <summary>Puts the process's own profile in place of the shared one, in one rename; drops it when the runtime wrote nothing.</summary>
        public static void Publish(string own, string shared)
        {
            try
            {
                if (File.Exists(own) && new FileInfo(own).Length > 0)
                {
                    File.Move(own, shared, overwrite: true);
                }
                else
                {
                    File.Delete(own);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The next run records again.
                try
                {
                    File.Delete(own);
                }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    // Left for a later start to remove.
                }
            }
        }
    }
}
